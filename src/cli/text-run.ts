import { reportError, type Io } from './io.js';
import { readSource, type SourceOptions } from './read-source.js';

/**
 * Print the text jyparse read out of each input, in input order: for a text file its decoded
 * text, for a PDF its lines with a form feed before each page, for a Word file or an HTML page
 * one line per paragraph or line break. An input that cannot be read is reported on one line and
 * the others are still printed; the exit code is then 2.
 *
 * @param files The input paths (`-` or none: standard input).
 * @param options The inputs' format (`--from`) and encoding.
 * @param io Where input and output go.
 * @returns The exit code.
 */
export async function runText(files: readonly string[], options: SourceOptions, io: Io): Promise<number> {
  const inputs = files.length === 0 ? ['-'] : files;
  let failed = 0;
  for (const input of inputs) {
    const source = await readSource(input, io, options);
    if ('error' in source) {
      reportError(io, source.error);
      failed++;
      continue;
    }
    io.stdout(source.extracted.text);
  }
  if (failed > 0 && inputs.length > 1) {
    io.stderr(`jyparse: ${failed} of ${inputs.length} inputs failed; the text of the others is printed\n`);
  }
  return failed > 0 ? 2 : 0;
}
