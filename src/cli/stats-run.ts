import { describeFsError } from './files.js';
import { reportError, type Io } from './io.js';
import { DecodeError, type EncodingName } from '../decode/decode.js';
import { parse } from '../parse.js';
import { figureRows, type FigureRow } from '../stats/figure-rows.js';
import { renderStats, type StatsFormat } from '../stats/render-stats.js';

/** The options of the stats command, as commander gives them. */
export interface StatsOptions {
  format: StatsFormat;
  encoding: EncodingName;
}

/**
 * List the figures of each input as one table (one header for all inputs). An input that cannot
 * be read or decoded is reported on one line and the others are still listed; the exit code is
 * then 2.
 *
 * @param files The input paths (`-` or none: standard input).
 * @param options The command's options.
 * @param io Where input and output go.
 * @returns The exit code.
 */
export async function runStats(files: readonly string[], options: StatsOptions, io: Io): Promise<number> {
  const inputs = files.length === 0 ? ['-'] : files;
  const rows: FigureRow[] = [];
  let failed = 0;
  for (const input of inputs) {
    const name = input === '-' ? '<stdin>' : input;
    let bytes: Uint8Array;
    try {
      bytes = await io.read(input);
    } catch (error) {
      reportError(io, `cannot read ${describeFsError(name, error)}`);
      failed++;
      continue;
    }
    try {
      rows.push(...figureRows(parse(bytes, { encoding: options.encoding }), name));
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      reportError(io, `${name}: cannot decode: ${error.message}`);
      failed++;
    }
  }
  // Nothing to list when no input could be read: the error lines say why.
  if (failed < inputs.length) io.stdout(await renderStats(rows, options.format));
  if (failed > 0 && inputs.length > 1) {
    io.stderr(`jyparse: ${failed} of ${inputs.length} inputs failed; the figures of the others are listed\n`);
  }
  return failed > 0 ? 2 : 0;
}
