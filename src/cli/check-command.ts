import { Command } from 'commander';
import type { Io } from './io.js';

/**
 * The `check` sub-command (definition only: its work is loaded when it runs).
 *
 * @param io Where input and output go.
 * @param exit Receives the exit code.
 */
export function checkCommand(io: Io, exit: (code: number) => void): Command {
  return new Command('check')
    .description('lint the numbering of documents, for CI')
    .argument('[files...]', 'text files to check; none or `-` reads standard input')
    .action(async () => {
      io.stderr('jyparse: error: check is not available yet\n');
      exit(2);
    });
}
