import type { Document } from '../tree/types.js';
import { createMessage } from '../text/message.js';
import { toCheckMessage } from './check-message.js';
import { createContext } from './context.js';
import { findRule, ruleId, rules } from './registry.js';
import { ruleUrl } from './rule-url.js';
import { ArgumentError } from '../text/argument-error.js';
import type { CheckMessage, CheckOptions, Rule, RuleLevel } from './types.js';

/**
 * Check the numbering of a document (SPEC section 6): `tree → check → messages`.
 *
 * @param tree The jyparse tree.
 * @param options The source text, rule levels and language.
 * @returns The findings of every rule that is on, in source order.
 */
export function check(tree: Document, options: CheckOptions = {}): CheckMessage[] {
  const ruleSet = options.ruleSet ?? rules;
  const levels = ruleLevels(options.rules, ruleSet);
  const context = createContext(tree, options.source);
  const lang = options.lang ?? 'zh';
  const messages: CheckMessage[] = [];
  for (const rule of ruleSet) {
    const level = levels.get(rule) ?? rule.severity;
    if (level === 'off') continue;
    for (const finding of rule.check(context)) {
      const message = createMessage(finding.reason[lang], {
        place: finding.place,
        ruleId: ruleId(rule),
        severity: level,
        ...(finding.actual === undefined ? {} : { actual: finding.actual }),
        ...(finding.expected === undefined ? {} : { expected: finding.expected }),
        url: ruleUrl(rule),
      });
      messages.push(toCheckMessage(message));
    }
  }
  // The sort is stable and the messages go in rule by rule, so findings at one place keep the
  // order of the rules without a copy of each message to carry it.
  return messages.sort((a, b) => a.line - b.line || a.column - b.column);
}

const levelNames: ReadonlySet<unknown> = new Set(['off', 'info', 'warning', 'error']);

// The levels a caller gave, by rule: an unknown rule or level is misuse, and throws.
function ruleLevels(given: CheckOptions['rules'], ruleSet: readonly Rule[]): Map<Rule, RuleLevel> {
  const levels = new Map<Rule, RuleLevel>();
  if (given === undefined) return levels;
  if (typeof given !== 'object' || given === null) throw new ArgumentError(`Cannot use \`rules: ${String(given)}\`, expected an object of rule ids and levels`);
  for (const [name, level] of Object.entries(given)) {
    const rule = findRule(name) ?? ruleSet.find((candidate) => candidate.names.includes(name) || ruleId(candidate) === name);
    if (rule === undefined) throw new ArgumentError(`Cannot set \`${name}\`, expected a rule id such as \`JY003\``);
    if (!levelNames.has(level)) throw new ArgumentError(`Cannot set \`${name}\` to \`${String(level)}\`, expected \`off\`, \`info\`, \`warning\` or \`error\``);
    levels.set(rule, level);
  }
  return levels;
}
