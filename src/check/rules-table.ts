import { ruleId } from './registry.js';
import type { Rule } from './types.js';

// Inside a table cell: pipes escaped, each source line as inline code, lines joined by <br>.
const cell = (text: string): string => text.replace(/\|/gu, '\\|');
const lines = (source: readonly string[]): string => source.map((line) => `\`${cell(line)}\``).join('<br>');

/**
 * The rules table of `docs/rules.md`, generated from the registry so that the two cannot drift
 * (a test asserts the file contains it).
 *
 * @param rules The rules, in registry order.
 * @returns A Markdown table: id, alias, default severity, what it catches, a bad and a good example.
 */
export function rulesTable(rules: readonly Rule[]): string {
  const rows = rules.map((rule) => {
    const anchor = ruleId(rule).toLowerCase().replace('/', '-');
    return `| <a id="${anchor}"></a>\`${rule.names[0]}\` | \`${rule.names[1]}\` | ${rule.severity} | ${cell(rule.description.en)}<br>${cell(rule.description.zh)} | ${lines(rule.examples.bad)} | ${lines(rule.examples.good)} |`;
  });
  return ['| Rule | Alias | Severity | What it catches | Bad | Good |', '|---|---|---|---|---|---|', ...rows].join('\n') + '\n';
}
