import type { Document } from '../tree/types.js';
import { createMessage } from '../text/message.js';
import { toCheckMessage } from './check-message.js';
import { createContext } from './context.js';
import { ruleId, rules } from './registry.js';
import { ruleUrl } from './rule-url.js';
import type { CheckMessage, CheckOptions } from './types.js';

/**
 * Check the numbering of a document (SPEC section 6): `tree → check → messages`.
 *
 * @param tree The jyparse tree.
 * @param options The source text, rule levels and language.
 * @returns The findings of every rule that is on, in source order.
 */
export function check(tree: Document, options: CheckOptions = {}): CheckMessage[] {
  const context = createContext(tree, options.source);
  const lang = options.lang ?? 'zh';
  const messages: Array<CheckMessage & { order: number }> = [];
  (options.ruleSet ?? rules).forEach((rule, order) => {
    const level = options.rules?.[rule.names[0]] ?? rule.severity;
    if (level === 'off') return;
    for (const finding of rule.check(context)) {
      const message = createMessage(finding.reason[lang], {
        place: finding.place,
        ruleId: ruleId(rule),
        severity: level,
        ...(finding.actual === undefined ? {} : { actual: finding.actual }),
        ...(finding.expected === undefined ? {} : { expected: finding.expected }),
        url: ruleUrl(rule),
      });
      messages.push({ ...toCheckMessage(message), order });
    }
  });
  messages.sort((a, b) => a.line - b.line || a.column - b.column || a.order - b.order);
  return messages.map(({ order: _order, ...message }) => message);
}
