import { rules } from './registry.js';
import type { RuleLevels } from './types.js';

/** The presets a configuration can extend, by name. */
export const presets: Readonly<Record<string, { rules: RuleLevels }>> = {
  /** Every rule at its own severity: numbering mistakes errors, repairs and style warnings. */
  'jyparse:recommended': { rules: Object.fromEntries(rules.map((rule) => [rule.names[0], rule.severity])) },
  /** Every rule an error: for documents that must leave CI with no finding at all. */
  'jyparse:strict': { rules: Object.fromEntries(rules.map((rule) => [rule.names[0], 'error'])) },
};
