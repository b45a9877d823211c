export { check } from './check.js';
export { rules, findRule, ruleId } from './registry.js';
export { rulesTable } from './rules-table.js';
export { reporters, type ReporterName, type Reporter, type ReportOptions } from './reporters/index.js';
export type { CheckMessage, CheckOptions, FileResult, Lang, Localized, Rule, RuleFinding, RuleLevel, RuleLevels } from './types.js';
export type { RuleContext } from './context.js';
