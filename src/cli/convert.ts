import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, extname, resolve } from 'node:path';
import type { EncodingName } from '../decode/decode.js';
import type { SourceFormat } from '../read/types.js';
import type { ConversionOptions } from './batch/convert.js';
import { convertInProcess } from './batch/in-process.js';
import { inputName, internalError, type FileTarget, type Outcome, type OutcomeSource } from './batch/outcome.js';
import { describeError, OutputError, processMaxSize, reportError, UsageError, wantsColor, type Io } from './io.js';
import type { OutputFormat } from './render.js';

/** The options of the convert command, as commander gives them. */
export interface ConvertOptions {
  /** Unset: from the extension of `-o` (`out.json`: JSON), else Markdown. */
  format?: OutputFormat;
  output?: string;
  outDir?: string;
  outline?: boolean;
  depth?: number;
  positions?: boolean;
  ndjson?: boolean;
  /** `--color` (true) or `--no-color` (false); unset: on a terminal, as NO_COLOR and FORCE_COLOR say. */
  color?: boolean;
  encoding: EncodingName;
  /** The inputs' format (`--from`), over what their bytes and names say. */
  from?: SourceFormat;
  /**
   * Worker threads that convert several inputs (1: in-process). By default, the number of cores
   * if the inputs come to 16 MB or more, else 1.
   */
  jobs?: number;
  /** `--quiet`: no progress line. */
  quiet?: boolean;
  /** `--max-size`: the most bytes an input may have. */
  maxSize?: number;
}

/**
 * Convert each input to the chosen format. One bad file is reported and the rest are still
 * converted; the exit code is 2 if any failed. With several inputs and `--jobs` above 1, files
 * are converted on several threads; output, messages and exit code are those of `--jobs 1`.
 *
 * @param files The input paths (`-` or none: standard input).
 * @param options The command's options.
 * @param io Where input and output go.
 * @returns The exit code.
 */
export async function convertCommand(files: string[], options: ConvertOptions, io: Io): Promise<number> {
  const inputs = files.length === 0 ? ['-'] : files;
  const format = checkOptions(inputs, options);
  const toFiles = options.output !== undefined || options.outDir !== undefined;
  const conversion: ConversionOptions = {
    render: {
      format,
      positions: options.positions === true,
      outline: options.outline === true,
      depth: options.depth,
      // Colour only for a terminal, never into a file unless asked for by name.
      color: options.color ?? (!toFiles && wantsColor(io)),
      terminal: !toFiles && io.isTTY,
    },
    ndjson: options.ndjson === true,
    encoding: options.encoding,
    from: options.from,
    maxSize: options.maxSize ?? processMaxSize(),
  };
  // What writing files needs is loaded only to write files: a script that converts to standard
  // output, one process per document, does not pay for it at start-up.
  const writing = toFiles ? await import('./batch/write.js') : undefined;
  const source: OutcomeSource = { inputs, io, targetOf: await fileTargets(inputs, options, format, io) };
  const stopCleanup = writing ? cleanUpOnSignals(inputs, source, writing.removeTemporaries) : undefined;
  const jobs = Math.min(options.jobs ?? defaultJobs(inputs, io), inputs.length);
  const pool = jobs > 1 ? await startPool(jobs, conversion) : undefined;

  let failed = 0;
  const progress = progressLine(inputs.length, options.quiet !== true && io.stderrIsTTY === true, io);
  try {
    const outcomes: AsyncIterable<Outcome> = pool
      ? (await import('./batch/workers.js')).convertOnWorkers(source, pool)
      : convertInProcess(source, conversion);
    for await (const outcome of outcomes) {
      progress.step();
      if ('error' in outcome) {
        progress.clear();
        reportError(io, outcome.error);
        failed++;
        continue;
      }
      if ('written' in outcome) continue;
      const target = source.targetOf(outcome.input);
      if (target === undefined || writing === undefined) {
        try {
          await outcome.write((chunk) => io.stdout(chunk));
        } catch (error) {
          // Standard output cannot be written: nothing more can be.
          if (error instanceof OutputError) throw error;
          reportError(io, internalError(outcome.input, error));
          failed++;
        }
        continue;
      }
      if (target.isInput) {
        reportError(io, `${target.shown}: refusing to write over an input file`);
        failed++;
        continue;
      }
      try {
        await writing.writeChunksAtomic(target.path, outcome.write, { followLinks: target.followLinks });
      } catch (error) {
        if (error instanceof writing.OutputWriteError) {
          const { describeFsError } = await import('./files.js');
          reportError(io, `cannot write ${describeFsError(target.shown, error.fsError)}`);
        } else {
          reportError(io, internalError(outcome.input, error));
        }
        failed++;
      }
    }
  } finally {
    progress.clear();
    await pool?.close();
    if (stopCleanup) {
      // A signal that came during synchronous writing is dispatched when the event loop next
      // polls. A timer alone may run before the poll (when it is already due as the loop turns),
      // an immediate alone before any poll; an immediate set from a timer runs after the poll of
      // that same turn. So the handlers go only once the signal has had its poll.
      await new Promise((resume) => setTimeout(() => setImmediate(resume), 1));
      stopCleanup();
    }
  }
  if (failed > 0 && inputs.length > 1) {
    io.stderr(`jyparse: ${failed} of ${inputs.length} inputs failed; the others were converted\n`);
  }
  return failed > 0 ? 2 : 0;
}

// Files done, on one line of standard error that is rewritten, for a batch at a terminal only:
// nothing goes to pipes or CI logs. About a hundred updates a batch, whatever its size.
function progressLine(total: number, shown: boolean, io: Io): { step: () => void; clear: () => void } {
  if (!shown || total < 2) return { step: () => undefined, clear: () => undefined };
  const every = Math.max(1, Math.floor(total / 100));
  let done = 0;
  let showing = false;
  return {
    step: () => {
      done++;
      if (done % every !== 0 && done !== total) return;
      io.stderr(`\rjyparse: ${done}/${total} files\u001b[K`);
      showing = true;
    },
    clear: () => {
      if (showing) io.stderr('\r\u001b[K');
      showing = false;
    },
  };
}

// Options that do not go together are refused, never ignored; the format follows `-o`'s
// extension when none is given (as pandoc does).
function checkOptions(inputs: readonly string[], options: ConvertOptions): OutputFormat {
  if (options.output !== undefined && inputs.length > 1) throw new UsageError('-o/--output takes one input; use --out-dir for many');
  if (options.output !== undefined && options.outDir !== undefined) throw new UsageError('use either -o/--output or --out-dir, not both');
  if (options.ndjson && (options.output !== undefined || options.outDir !== undefined)) throw new UsageError('--ndjson writes to standard output; drop -o/--out-dir');
  if (options.ndjson && options.format !== undefined && options.format !== 'json') throw new UsageError(`--ndjson writes JSON; drop --format ${options.format}`);
  if (options.jobs === 0) throw new UsageError('--jobs takes a whole number of at least 1');
  if (options.maxSize !== undefined && options.maxSize > largestText) throw new UsageError('--max-size can be at most 511M: a larger text cannot be held as one string');
  const format = options.ndjson ? 'json' : options.format ?? formatOfPath(options.output) ?? 'md';
  if (options.positions && format !== 'yaml' && format !== 'json') throw new UsageError(`--positions is for YAML (JSON always has them), not --format ${format}`);
  if (options.positions && options.outline) throw new UsageError('--outline leaves positions out; drop --positions or --outline');
  if (options.color === true && format !== 'tree') throw new UsageError(`--color is for --format tree (${format} has no colour)`);
  return format;
}

// V8 holds a string of at most 2^29 - 24 characters; a text of more bytes may not fit.
const largestText = 2 ** 29 - 2 ** 20;

const formatsByExtension: Record<string, OutputFormat> = { '.md': 'md', '.markdown': 'md', '.yaml': 'yaml', '.yml': 'yaml', '.json': 'json' };

function formatOfPath(path: string | undefined): OutputFormat | undefined {
  if (path === undefined) return undefined;
  const extension = extname(path).toLowerCase();
  return Object.hasOwn(formatsByExtension, extension) ? formatsByExtension[extension] : undefined;
}

// Where each input's output goes: standard output, or a file (named in messages as the user
// gave it, refused when it is an input: the same device and inode, whatever path names it).
// Outputs of `--out-dir` that would land on one file are refused before anything is written.
async function fileTargets(inputs: readonly string[], options: ConvertOptions, format: OutputFormat, io: Io): Promise<(input: string) => FileTarget | undefined> {
  const { output, outDir } = options;
  if (output === undefined && outDir === undefined) return () => undefined;
  const [{ fileIdentity, outputPathFor }, { formatExtension }] = await Promise.all([import('./files.js'), import('./render.js')]);
  const inputFiles = new Set<string>();
  for (const input of inputs) {
    const identity = input === '-' ? io.stdinIdentity?.() : fileIdentity(input, io.cwd);
    if (identity !== undefined) inputFiles.add(identity);
  }
  const targets = new Map<string, FileTarget>();
  const byPath = new Map<string, string>();
  for (const input of inputs) {
    const shown = output ?? outputPathFor(input, outDir as string, formatExtension[format]);
    const path = resolve(io.cwd, shown);
    const other = byPath.get(path);
    if (other !== undefined) {
      throw new UsageError(`${inputName(other)} and ${inputName(input)} would both be written to ${shown}; convert them separately or rename one`);
    }
    byPath.set(path, input);
    const identity = fileIdentity(path, io.cwd);
    targets.set(input, { shown, path, isInput: identity !== undefined && inputFiles.has(identity), followLinks: outDir === undefined });
  }
  return (input) => targets.get(input);
}

// A signal (Ctrl-C, a CI job cancelled) leaves no temporary file behind: they are removed, then
// the signal is raised again, so that the exit status says what stopped jyparse.
function cleanUpOnSignals(inputs: readonly string[], source: OutcomeSource, removeTemporaries: (directories: Iterable<string>) => void): () => void {
  const directories = new Set<string>();
  for (const input of inputs) {
    const target = source.targetOf(input);
    if (target) directories.add(dirname(target.path));
  }
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const handler = (signal: NodeJS.Signals): void => {
    removeTemporaries(directories);
    stop();
    process.kill(process.pid, signal);
  };
  const stop = (): void => {
    for (const signal of signals) process.off(signal, handler);
  };
  for (const signal of signals) process.on(signal, handler);
  return stop;
}

/**
 * Below this many bytes of input, `--jobs` defaults to 1: every thread warms up V8's compiler on
 * its own, on about the first megabyte it converts (2.5 ms for a 3 KB document cold, 0.35 ms
 * warm), so a second thread pays off only on larger batches. On two cores, `--jobs 2` ran 0.86 to
 * 1.09 times as fast as `--jobs 1` on 2,000 documents of 3 KB (6 MB, `npm run bench`), and about
 * 1.25 times as fast on 8,000 (24 MB). See docs/performance.md.
 */
const workerThreshold = 16e6;

function defaultJobs(inputs: readonly string[], io: Io): number {
  const cores = availableParallelism();
  if (cores < 2 || inputs.length < 2) return 1;
  let bytes = 0;
  for (const input of inputs) {
    if (input === '-') continue;
    try {
      bytes += statSync(resolve(io.cwd, input)).size;
    } catch {
      // Reported when it is read.
    }
    if (bytes >= workerThreshold) return cores;
  }
  return 1;
}

// Workers need the build (dist/cli/batch/worker.js); beside the TypeScript sources, stay in-process.
async function startPool(jobs: number, conversion: ConversionOptions) {
  const { ConversionPool, workersAvailable } = await import('./batch/pool.js');
  return workersAvailable() ? new ConversionPool(jobs, conversion) : undefined;
}

export { describeError };
