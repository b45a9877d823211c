import type { Rule } from './types.js';

/**
 * Where the rule pages are published: docs/rules/ of the repository that package.json's
 * `repository` names (test/check-ci-docs.test.ts keeps the two equal).
 */
export const ruleDocsBase = 'https://github.com/jyparse/jyparse/blob/main/docs/rules/';

/**
 * The documentation URL of a rule: its own `url`, or its page in docs/rules/.
 *
 * @param rule The rule.
 * @returns An absolute URL.
 */
export function ruleUrl(rule: Rule): string {
  return rule.url ?? `${ruleDocsBase}${rule.names[0]}.md`;
}

/** The project's home, as SARIF's `informationUri` and package.json's `homepage` give it. */
export const projectUrl = 'https://github.com/jyparse/jyparse';
