import { Command, Option } from 'commander';
import { encodingNames } from '../decode/decode.js';
import { fromOption } from './from-option.js';
import type { Io } from './io.js';

/**
 * The `text` sub-command (definition only: its work is loaded when it runs). It prints the text
 * jyparse read out of each input, which the positions of its tree and of `check` and `stats`
 * point into (SPEC section 10).
 *
 * @param io Where input and output go.
 * @param exit Receives the exit code.
 * @returns The commander command.
 */
export function textCommand(io: Io, exit: (code: number) => void): Command {
  return new Command('text')
    .description('print the text jyparse reads out of each input (what positions point into)')
    .helpOption('-h, --help', 'show help')
    .argument('[files...]', 'documents (text, PDF, Word, HTML); none or `-` reads standard input')
    .addOption(new Option('--encoding <name>', 'input encoding').choices([...encodingNames]).default('auto'))
    .addOption(fromOption())
    .action(async (files: string[], options) => {
      const { runText } = await import('./text-run.js');
      exit(await runText(files, options, io));
    });
}
