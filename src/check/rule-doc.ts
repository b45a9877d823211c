import { ruleNotes } from './rule-notes.js';
import type { Rule } from './types.js';

const fence = (lines: readonly string[]): string => ['```text', ...lines, '```'].join('\n');

/**
 * The documentation page of a rule, docs/rules/<id>.md, in Markdown: what it catches (in English
 * and Chinese), why, a bad and a good example, its options, the standard it follows.
 *
 * @param rule The rule.
 * @returns The page's text.
 */
export function ruleDoc(rule: Rule): string {
  const [id, alias] = rule.names;
  const note = ruleNotes[id];
  const level = rule.severity === 'warning' ? 'warn' : rule.severity;
  const lines = [
    `<!-- Generated from the rule registry by scripts/rule-docs.mjs: do not edit by hand. -->`,
    `# ${id} \`${alias}\``,
    '',
    `Severity: **${rule.severity}** · Tags: ${rule.tags.map((tag) => `\`${tag}\``).join(', ')} · Fixable: ${note?.fixable ? 'yes (`jyparse check --fix`)' : 'no'}`,
    '',
    rule.description.en,
    '',
    rule.description.zh,
    '',
    '## Why',
    '',
    note?.why ?? '',
    '',
    '## Bad',
    '',
    fence(rule.examples.bad),
    '',
    '## Good',
    '',
    fence(rule.examples.good),
    '',
    '## Options',
    '',
    `None besides its level: \`off\`, \`info\`, \`warn\` or \`error\` (default \`${level}\`), set by id or alias:`,
    '',
    '```yaml',
    'rules:',
    `  ${id}: off        # or ${alias}: error`,
    '```',
    '',
    `On the command line: \`jyparse check --rule ${id}=off\`.`,
    '',
    '## Standard',
    '',
    note?.standard ?? '',
    '',
  ];
  return lines.join('\n');
}
