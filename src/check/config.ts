import { findRule, rules as registry } from './registry.js';
import type { RuleLevel, RuleLevels } from './types.js';

/** Rule levels read from one configuration, or what is wrong with it (errors are data). */
export interface LevelsResult {
  levels: RuleLevels;
  /** One message per mistake; empty when the configuration is good. */
  errors: string[];
}

// ESLint's words and numbers, markdownlint's booleans (true: the rule's default severity).
const levelWords: Record<string, RuleLevel> = { off: 'off', info: 'info', warn: 'warning', warning: 'warning', error: 'error' };
const levelNumbers: Record<number, RuleLevel> = { 0: 'off', 1: 'warning', 2: 'error' };

function toLevel(value: unknown, fallback: RuleLevel): RuleLevel | undefined {
  if (typeof value === 'string') {
    // `--rule JY001=0` and `--rule JY001=false` arrive as text.
    const word = value.trim().toLowerCase();
    if (/^[0-2]$/u.test(word)) return levelNumbers[Number(word)];
    if (word === 'true' || word === 'false') return word === 'true' ? fallback : 'off';
    // Own keys only: `constructor` or `__proto__` is not a level.
    return Object.hasOwn(levelWords, word) ? levelWords[word] : undefined;
  }
  if (typeof value === 'number') return Object.hasOwn(levelNumbers, value) ? levelNumbers[value] : undefined;
  if (typeof value === 'boolean') return value ? fallback : 'off';
  return undefined;
}

function knownRange(): string {
  return `${registry[0]?.names[0] ?? ''} to ${registry[registry.length - 1]?.names[0] ?? ''}`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `\`${value}\`` : JSON.stringify(value) ?? String(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Read one rule setting: a rule name (`JY003`, `out-of-order`, `JY003/out-of-order`) and a level
 * (`off`, `info`, `warn`/`warning`, `error`, 0 to 2, or a boolean).
 *
 * @param name The rule name as written.
 * @param value The level as written.
 * @param origin Where the setting comes from, for the error message.
 * @returns The rule id and level, or an error message.
 */
export function ruleSetting(name: string, value: unknown, origin: string): { id: string; level: RuleLevel } | { error: string } {
  const rule = findRule(name);
  if (!rule) return { error: `${origin}: unknown rule \`${name}\` (known: ${knownRange()}, or their names; see docs/rules.md)` };
  const level = toLevel(value, rule.severity);
  if (level === undefined) return { error: `${origin}: rule \`${name}\`: invalid value ${show(value)} (expected off, warn or error)` };
  return { id: rule.names[0], level };
}

/**
 * Read the rule levels of a configuration object: `{ "rules": { "JY004": "off" } }`. Unknown keys,
 * unknown rules and bad values are errors, never ignored.
 *
 * @param config The parsed configuration.
 * @param origin The configuration's path, for error messages.
 * @returns The levels and the errors.
 */
export function levelsFromConfig(config: unknown, origin: string): LevelsResult {
  if (config === null || config === undefined) return { levels: {}, errors: [] };
  if (!isRecord(config)) return { levels: {}, errors: [`${origin}: expected an object with a \`rules\` key`] };
  const errors: string[] = [];
  const levels: Record<string, RuleLevel> = {};
  for (const key of Object.keys(config)) {
    if (key !== 'rules' && key !== '$schema') errors.push(`${origin}: unknown key \`${key}\` (expected \`rules\`)`);
  }
  const rules = config.rules;
  if (rules !== undefined && !isRecord(rules)) errors.push(`${origin}: \`rules\` must be an object of rule names and levels`);
  if (isRecord(rules)) {
    for (const [name, value] of Object.entries(rules)) {
      const setting = ruleSetting(name, value, origin);
      if ('error' in setting) errors.push(setting.error);
      else levels[setting.id] = setting.level;
    }
  }
  return { levels, errors };
}

/**
 * Read `--rule` flags: `JY003=off`, `out-of-order=warn`, `JY003/out-of-order=error`.
 *
 * @param flags The flags in the order given; a later flag for the same rule wins.
 * @returns The levels and the errors.
 */
export function levelsFromFlags(flags: readonly string[]): LevelsResult {
  const errors: string[] = [];
  const levels: Record<string, RuleLevel> = {};
  for (const flag of flags) {
    const equals = flag.indexOf('=');
    if (equals < 0) {
      errors.push(`--rule \`${flag}\`: expected RULE=off|warn|error`);
      continue;
    }
    const setting = ruleSetting(flag.slice(0, equals).trim(), flag.slice(equals + 1).trim(), '--rule');
    if ('error' in setting) errors.push(setting.error);
    else levels[setting.id] = setting.level;
  }
  return { levels, errors };
}
