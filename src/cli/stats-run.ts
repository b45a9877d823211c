import { reportError, type Io } from './io.js';
import type { EncodingName } from '../decode/decode.js';
import { parseExtracted } from '../parse.js';
import type { SourceFormat } from '../read/types.js';
import { readSource } from './read-source.js';
import { figureRows, type FigureRow } from '../stats/figure-rows.js';
import { renderStats, type StatsFormat } from '../stats/render-stats.js';

/** The options of the stats command, as commander gives them. */
export interface StatsOptions {
  format: StatsFormat;
  encoding: EncodingName;
  /** The inputs' format (`--from`), over what their bytes and names say. */
  from?: SourceFormat;
}

/**
 * List the figures of each input as one table (one header for all inputs), every format read by
 * its reader (SPEC section 10). An input that cannot be read or decoded is reported on one line
 * and the others are still listed; the exit code is then 2.
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
    const source = await readSource(input, io, options);
    if ('error' in source) {
      reportError(io, source.error);
      failed++;
      continue;
    }
    rows.push(...figureRows(parseExtracted(source.extracted), source.name));
  }
  // Nothing to list when no input could be read: the error lines say why.
  if (failed < inputs.length) io.stdout(await renderStats(rows, options.format));
  if (failed > 0 && inputs.length > 1) {
    io.stderr(`jyparse: ${failed} of ${inputs.length} inputs failed; the figures of the others are listed\n`);
  }
  return failed > 0 ? 2 : 0;
}
