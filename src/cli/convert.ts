import { DecodeError, type EncodingName } from '../decode/decode.js';
import { parse } from '../parse.js';
import { canonicalPath, describeFsError, outputPathFor, writeAtomic } from './files.js';
import { describeError, reportError, UsageError, wantsColor, type Io } from './io.js';
import { formatExtension, render, type OutputFormat } from './render.js';

/** The options of the convert command, as commander gives them. */
export interface ConvertOptions {
  format: OutputFormat;
  output?: string;
  outDir?: string;
  outline?: boolean;
  depth?: number;
  positions?: boolean;
  ndjson?: boolean;
  encoding: EncodingName;
}

/**
 * Convert each input to the chosen format. One bad file is reported and the rest are still
 * converted; the exit code is 2 if any failed.
 *
 * @param files The input paths (`-` or none: standard input).
 * @param options The command's options.
 * @param io Where input and output go.
 * @returns The exit code.
 */
export async function convertCommand(files: string[], options: ConvertOptions, io: Io): Promise<number> {
  const inputs = files.length === 0 ? ['-'] : files;
  if (options.output !== undefined && inputs.length > 1) throw new UsageError('-o/--output takes one input; use --out-dir for many');
  if (options.output !== undefined && options.outDir !== undefined) throw new UsageError('use either -o/--output or --out-dir, not both');
  if (options.ndjson && (options.output !== undefined || options.outDir !== undefined)) throw new UsageError('--ndjson writes to standard output; drop -o/--out-dir');
  const inputPaths = new Set(inputs.filter((input) => input !== '-').map((input) => canonicalPath(input, io.cwd)));
  const format: OutputFormat = options.ndjson ? 'json' : options.format;
  const renderOptions = {
    format,
    positions: options.positions === true,
    outline: options.outline === true,
    depth: options.depth,
    color: wantsColor(io),
  };

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
    let text: string;
    try {
      const tree = parse(bytes, { encoding: options.encoding });
      text = options.ndjson ? `${JSON.stringify(tree)}\n` : await render(tree, renderOptions);
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      reportError(io, `${name}: cannot decode: ${error.message}`);
      failed++;
      continue;
    }
    const target = options.output ?? (options.outDir === undefined ? undefined : outputPathFor(input, options.outDir, formatExtension[format]));
    if (target === undefined) {
      io.stdout(text);
      continue;
    }
    if (inputPaths.has(canonicalPath(target, io.cwd))) {
      reportError(io, `${target}: refusing to write over an input file`);
      failed++;
      continue;
    }
    try {
      await writeAtomic(canonicalPath(target, io.cwd), text);
    } catch (error) {
      reportError(io, `cannot write ${describeFsError(target, error)}`);
      failed++;
    }
  }
  if (failed > 0 && inputs.length > 1) {
    io.stderr(`jyparse: ${failed} of ${inputs.length} inputs failed; the others were converted\n`);
  }
  return failed > 0 ? 2 : 0;
}

export { describeError };
