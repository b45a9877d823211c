import { Chalk, type ChalkInstance } from 'chalk';
import { escapeControls } from '../../text/controls.js';
import type { Severity } from '../../tree/types.js';
import type { Lang } from '../types.js';
import type { Reporter } from './types.js';

/** The colours of the report, in one place. */
function palette(chalk: ChalkInstance) {
  return {
    file: chalk.underline,
    place: chalk.dim,
    ruleId: chalk.dim,
    severity: { error: chalk.red, warning: chalk.yellow, info: chalk.blue } satisfies Record<Severity, ChalkInstance>,
    summary: { error: chalk.bold.red, warning: chalk.bold.yellow, info: chalk.bold.blue } satisfies Record<Severity, ChalkInstance>,
  };
}

// East Asian wide and full-width characters take two columns of a terminal; the rest, including
// ambiguous ones such as “ ” and ①, take one.
const wide = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const columns = (text: string): number => {
  let width = 0;
  for (const char of text) width += wide.test(char) ? 2 : 1;
  return width;
};
const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - columns(text)));

function summary(counts: Record<Severity, number>, lang: Lang): string {
  const total = counts.error + counts.warning + counts.info;
  if (lang === 'zh') {
    const parts = [`${counts.error} 个错误`, `${counts.warning} 个警告`, ...(counts.info > 0 ? [`${counts.info} 个提示`] : [])];
    return `✖ ${total} 个问题（${parts.join('，')}）`;
  }
  const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), ...(counts.info > 0 ? [plural(counts.info, 'info')] : [])];
  return `✖ ${plural(total, 'problem')} (${parts.join(', ')})`;
}

/**
 * The default report, as ESLint's `stylish`: the findings grouped by file, one aligned line each
 * (`line:column  severity  message  rule id`), then a count. A clean run prints nothing.
 */
export const stylish: Reporter = (results, options) => {
  const colour = palette(new Chalk({ level: options.color ? 1 : 0 }));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const blocks: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const rows = result.messages.map((message) => {
      counts[message.severity]++;
      return { place: `${message.line}:${message.column}`, ...message, message: escapeControls(message.message) };
    });
    // A loop, not `Math.max(...rows)`: a file may have more findings than a call has room for arguments.
    let placeWidth = 0;
    let severityWidth = 0;
    let messageWidth = 0;
    for (const row of rows) {
      placeWidth = Math.max(placeWidth, row.place.length);
      severityWidth = Math.max(severityWidth, row.severity.length);
      messageWidth = Math.max(messageWidth, columns(row.message));
    }
    const lines = rows.map((row) =>
      [
        `  ${colour.place(row.place.padEnd(placeWidth))}`,
        colour.severity[row.severity](row.severity.padEnd(severityWidth)),
        pad(row.message, messageWidth),
        colour.ruleId(row.ruleId),
      ].join('  '),
    );
    blocks.push(`${colour.file(escapeControls(result.file))}\n${lines.join('\n')}\n`);
  }
  if (blocks.length === 0) return '';
  const worst: Severity = counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'info';
  return `${blocks.join('\n')}\n${colour.summary[worst](summary(counts, options.lang))}\n`;
};
