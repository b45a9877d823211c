import { Command, Option } from 'commander';
import { encodingNames } from '../decode/decode.js';
import { statsFormats } from '../stats/render-stats.js';
import { fromOption } from './from-option.js';
import type { Io } from './io.js';

/**
 * The `stats` sub-command (definition only: its work is loaded when it runs). It lists every
 * figure of the inputs with file, line, column, the path of headings and markers above it, kind,
 * value, unit and text.
 *
 * @param io Where input and output go.
 * @param exit Receives the exit code.
 * @returns The commander command.
 */
export function statsCommand(io: Io, exit: (code: number) => void): Command {
  const command = new Command('stats')
    .description('list every figure with its place in the outline')
    .helpOption('-h, --help', 'show help')
    .argument('[files...]', 'documents (text, PDF, Word, HTML); none or `-` reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(statsFormats).default(statsFormats[0]))
    .addOption(new Option('--encoding <name>', 'input encoding').choices([...encodingNames]).default('auto'))
    .addOption(fromOption())
    .action(async (files: string[], options) => {
      const { runStats } = await import('./stats-run.js');
      exit(await runStats(files, options, io));
    });
  return command;
}
