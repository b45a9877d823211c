import { Command, Option } from 'commander';
import { encodingNames, type EncodingName } from '../decode/decode.js';
import type { ExplainedLine } from '../layout/explain.js';
import { displayWidth } from '../text/width.js';
import type { SourceFormat } from '../read/types.js';
import { fromOption } from './from-option.js';
import { reportError, type Io } from './io.js';

/** The options of the explain command, as commander gives them. */
export interface ExplainOptions {
  format: 'text' | 'json';
  encoding: EncodingName;
  from?: SourceFormat | undefined;
}

/**
 * The `explain` sub-command: for each line of a file, its line number, the role the layout gave
 * it and the id of the rule that decided it, then the line. It reads the file as the converter
 * does (PDF, Word, HTML or text), so it explains the tree `jyparse FILE` gives.
 *
 * @param io Where input and output go.
 * @param exit Receives the exit code.
 * @returns The commander command.
 */
export function explainCommand(io: Io, exit: (code: number) => void): Command {
  return new Command('explain')
    .description('show, for each line, its role (title, headline, paragraph, continuation…) and the layout rule that decided it')
    .helpOption('-h, --help', 'show help')
    .argument('[file]', 'the file to explain; none or `-` reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--encoding <name>', 'input encoding').choices([...encodingNames]).default('auto'))
    .addOption(fromOption())
    .action(async (file: string | undefined, options: ExplainOptions) => exit(await runExplain(file ?? '-', options, io)));
}

/**
 * Explain one input and write the table (or JSON) to standard output.
 *
 * @param input The input path (`-`: standard input).
 * @param options The command's options.
 * @param io Where input and output go.
 * @returns The exit code: 0, or 2 when the input cannot be read.
 */
export async function runExplain(input: string, options: ExplainOptions, io: Io): Promise<number> {
  const [{ readSource }, { explainExtracted }] = await Promise.all([import('./read-source.js'), import('../layout/explain.js')]);
  const source = await readSource(input, io, options);
  if ('error' in source) {
    reportError(io, source.error);
    return 2;
  }
  const lines: ExplainedLine[] = explainExtracted(source.extracted);
  io.stdout(options.format === 'json' ? `${JSON.stringify(lines, null, 2)}\n` : formatTable(lines, io.isTTY ? terminalWidth(io) : undefined));
  return 0;
}

function terminalWidth(io: Io): number {
  const columns = Number(io.env.COLUMNS);
  if (Number.isInteger(columns) && columns > 0) return columns;
  /* c8 ignore next */
  return process.stdout.columns > 0 ? process.stdout.columns : 80;
}

/**
 * The explanation as aligned columns: line number, role, rule, the rule that started the block
 * (`split`, for a line that starts one) and the text, cut to `width` terminal cells when given.
 *
 * @param lines The explained lines.
 * @param width The terminal's width in cells (a CJK character takes two), or none to keep every line whole.
 * @returns The table, one row per line.
 */
export function formatTable(lines: readonly ExplainedLine[], width?: number): string {
  const numberWidth = String(lines.reduce((most, entry) => Math.max(most, entry.line), 0)).length;
  const roleWidth = Math.max(4, ...lines.map((entry) => entry.role.length));
  const ruleWidth = Math.max(4, ...lines.map((entry) => entry.rule.length));
  const splitWidth = Math.max(5, ...lines.map((entry) => (entry.split ?? '').length));
  const row = (line: string, role: string, rule: string, split: string, text: string): string => {
    const prefix = `${line.padStart(numberWidth)}  ${role.padEnd(roleWidth)}  ${rule.padEnd(ruleWidth)}  ${split.padEnd(splitWidth)}  `;
    return `${prefix}${width === undefined ? text : cut(text, width - prefix.length)}`.trimEnd();
  };
  const out = [row('#', 'role', 'rule', 'split', 'text')];
  for (const entry of lines) out.push(row(String(entry.line), entry.role, entry.rule, entry.split ?? '', entry.text));
  return `${out.join('\n')}\n`;
}

// Cut a text to at most `cells` terminal cells (a CJK character or full-width mark takes two), with `…`.
function cut(text: string, cells: number): string {
  if (displayWidth(text) * 2 <= cells) return text;
  let used = 0;
  let end = 0;
  while (end < text.length) {
    const step = displayWidth(text, end, end + 1) * 2;
    if (used + step > cells - 1) break;
    used += step;
    end++;
  }
  return `${text.slice(0, Math.max(0, end))}…`;
}
