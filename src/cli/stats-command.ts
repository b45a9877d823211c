import { Command } from 'commander';
import type { Io } from './io.js';

/**
 * The `stats` sub-command (definition only: its work is loaded when it runs).
 *
 * @param io Where input and output go.
 * @param exit Receives the exit code.
 */
export function statsCommand(io: Io, exit: (code: number) => void): Command {
  return new Command('stats')
    .description('list every figure with its place in the outline')
    .argument('[files...]', 'text files; none or `-` reads standard input')
    .action(async () => {
      io.stderr('jyparse: error: stats is not available yet\n');
      exit(2);
    });
}
