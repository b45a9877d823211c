import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { encodingNames } from '../decode/decode.js';
import { checkCommand } from './check-command.js';
import { convertCommand } from './convert.js';
import { explainCommand } from './explain-command.js';
import { fromOption } from './from-option.js';
import { statsCommand } from './stats-command.js';
import { textCommand } from './text-command.js';
import { OutputError, processIo, reportError, UsageError, type Io } from './io.js';
import { escapeControls } from '../text/controls.js';
import { version } from './version.js';

/** Parse a size: bytes, or with K, M or G (powers of 1024), e.g. `300M`. */
export function byteSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)i?b?$/iu.exec(value.trim());
  if (!match) throw new InvalidArgumentError('expected a size such as 300M, 2G or 65536');
  const scale = { '': 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30 }[(match[2] ?? '').toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Math.floor(Number(match[1]) * scale);
}

/** Parse a whole number option value. */
export function wholeNumber(value: string): number {
  if (!/^\d+$/u.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

/**
 * Build the `jyparse` program: convert by default, with `check`, `stats` and `text` as sub-commands.
 *
 * @param io Where input and output go.
 * @param exit Receives the exit code the command asks for.
 * @returns The commander program, set up never to call `process.exit`.
 */
export function createProgram(io: Io, exit: (code: number) => void): Command {
  const program = new Command('jyparse')
    .description('Turn the raw text of Chinese meeting summaries into a structured outline (Markdown, YAML, JSON).')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .argument('[files...]', 'documents to convert (text, PDF, Word, HTML); none or `-` reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the extension of -o, else md)').choices(['md', 'yaml', 'json', 'tree']))
    .option('-o, --output <file>', 'write to FILE instead of standard output (one input)')
    .option('--out-dir <dir>', 'write one output per input into DIR, named after it (a.txt → DIR/a.md)')
    .option('--outline', 'headings and item titles only: no paragraphs, no positions')
    .option('--depth <n>', 'keep N levels of numbering below the sections', wholeNumber)
    .option('--positions', 'keep positions in YAML output (JSON always has them)')
    .option('--ndjson', 'write one JSON tree per input per line (for pipelines)')
    .option('-q, --quiet', 'no progress line on a terminal')
    .option('--color', 'colour the tree format even when standard output is not a terminal')
    .option('--no-color', 'never colour')
    .option('--jobs <n>', 'convert several inputs on N threads, the main one included (default: the number of cores if the inputs come to 16 MB or more, else 1: in-process)', wholeNumber)
    .addOption(new Option('--encoding <name>', 'input encoding').choices([...encodingNames]).default('auto'))
    .addOption(fromOption())
    .option('--max-size <size>', 'refuse inputs larger than SIZE, e.g. 300M (default: what memory allows, at most 511 MiB)', byteSize)
    .action(async (files: string[], options) => exit(await convertCommand(files, options, io)));
  // Options after a sub-command's name are its own: `stats --format csv` is not the program's --format.
  program.enablePositionalOptions();
  program.addCommand(checkCommand(io, exit));
  program.addCommand(statsCommand(io, exit));
  program.addCommand(explainCommand(io, exit));
  program.addCommand(textCommand(io, exit));
  // `jyparse help [command]`, as git and npm have it.
  program.helpCommand('help [command]', 'show help for a command');
  for (const command of [program, ...program.commands]) configure(command, io);
  return program;
}

function configure(command: Command, io: Io): void {
  command.exitOverride().configureOutput({
    writeOut: (text) => io.stdout(text),
    writeErr: (text) => io.stderr(text),
    outputError: (text, write) => write(`jyparse: ${escapeControls(text.trim())}\n`),
  });
}

/**
 * Run jyparse with arguments, as the `jyparse` binary does.
 *
 * @param argv The arguments after the program name.
 * @param io Where input and output go (the process's own by default).
 * @returns The exit code: 0 done, 1 `check` found errors, 2 bad usage or unreadable input.
 */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let code = 0;
  const program = createProgram(io, (value) => {
    code = value;
  });
  try {
    refuseMistypedCommand(argv, program);
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; everything else commander rejects is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError || error instanceof OutputError) {
      reportError(io, error.message);
      return 2;
    }
    const { describeMemoryOrBug } = await import('./batch/outcome.js');
    reportError(io, describeMemoryOrBug(error));
    return 2;
  }
}

/**
 * A first argument that is a bare word a letter or two away from a command (`chek`) is a typo,
 * not a file to convert: answered with "did you mean", exit 2. A file of that name is reached as
 * `./chek`.
 */
function refuseMistypedCommand(argv: readonly string[], program: Command): void {
  const first = argv[0];
  if (first === undefined || !/^[a-z][a-z-]*$/u.test(first)) return;
  const names = program.commands.map((command) => command.name()).concat('help');
  if (names.includes(first)) return;
  const near = names.filter((name) => editDistance(first, name) <= Math.min(2, name.length - 2));
  if (near.length === 0) return;
  throw new UsageError(`unknown command ${first}, did you mean ${near.join(' or ')}? (a file of that name: ./${first})`);
}

// Levenshtein distance, for names of a few letters.
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
