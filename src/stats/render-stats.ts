import type { FigureRow } from './figure-rows.js';

/** The output formats of `jyparse stats`. */
export type StatsFormat = 'csv' | 'json' | 'yaml' | 'md';

/** The stats formats, for option parsing; the first is the default. */
export const statsFormats: readonly StatsFormat[] = ['csv', 'json', 'yaml', 'md'];

/**
 * Write figure rows in a format. Writers are loaded only when used (yaml, unified), so the
 * command definition can import this module for `statsFormats` without loading them.
 *
 * @param rows The rows of every input, in order.
 * @param format The output format.
 * @returns The text to write.
 */
export async function renderStats(rows: readonly FigureRow[], format: StatsFormat): Promise<string> {
  switch (format) {
    case 'csv': {
      const { toCsv } = await import('./csv.js');
      return toCsv(rows);
    }
    case 'json':
      return `${JSON.stringify(rows, undefined, 2)}\n`;
    case 'yaml': {
      const { stringify } = await import('yaml');
      return stringify(rows, { lineWidth: 0, minContentWidth: 0 });
    }
    case 'md': {
      const { toMarkdownTable } = await import('./markdown-table.js');
      return toMarkdownTable(rows);
    }
  }
}
