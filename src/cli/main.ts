import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { encodingNames } from '../decode/decode.js';
import { checkCommand } from './check-command.js';
import { convertCommand } from './convert.js';
import { statsCommand } from './stats-command.js';
import { describeError, processIo, reportError, UsageError, type Io } from './io.js';
import { version } from './version.js';

/** Parse a whole number option value. */
export function wholeNumber(value: string): number {
  if (!/^\d+$/u.test(value)) throw new InvalidArgumentError('expected a whole number');
  return Number(value);
}

/**
 * Build the `jyparse` program: convert by default, with `check` and `stats` as sub-commands.
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
    .argument('[files...]', 'text files to convert; none or `-` reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the extension of -o, else md)').choices(['md', 'yaml', 'json', 'tree']))
    .option('-o, --output <file>', 'write to FILE instead of standard output (one input)')
    .option('--out-dir <dir>', 'write one output per input into DIR, named after it (a.txt → DIR/a.md)')
    .option('--outline', 'headings and item titles only: no paragraphs, no positions')
    .option('--depth <n>', 'keep N levels of numbering below the sections', wholeNumber)
    .option('--positions', 'keep positions in YAML output (JSON always has them)')
    .option('--ndjson', 'write one JSON tree per input per line (for pipelines)')
    .option('--color', 'colour the tree format even when standard output is not a terminal')
    .option('--no-color', 'never colour')
    .option('--jobs <n>', 'convert several inputs on N threads, the main one included (default: the number of cores if the inputs come to 16 MB or more, else 1: in-process)', wholeNumber)
    .addOption(new Option('--encoding <name>', 'input encoding').choices([...encodingNames]).default('auto'))
    .action(async (files: string[], options) => exit(await convertCommand(files, options, io)));
  // Options after a sub-command's name are its own: `stats --format csv` is not the program's --format.
  program.enablePositionalOptions();
  program.addCommand(checkCommand(io, exit));
  program.addCommand(statsCommand(io, exit));
  for (const command of [program, ...program.commands]) configure(command, io);
  return program;
}

function configure(command: Command, io: Io): void {
  command.exitOverride().configureOutput({
    writeOut: (text) => io.stdout(text),
    writeErr: (text) => io.stderr(text),
    outputError: (text, write) => write(`jyparse: ${text.replace(/^error: /u, 'error: ').trim()}\n`),
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
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; everything else commander rejects is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof UsageError) {
      reportError(io, error.message);
      return 2;
    }
    reportError(io, `internal error: ${describeError(error)} (please report this)`);
    return 2;
  }
}
