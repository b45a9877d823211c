import { parseInput, writeDocument, type ConversionOptions } from './convert.js';
import { OutputWriteError, writeChunksAtomic } from './write.js';
import { readFileWithin } from '../files.js';
import { describeMemoryOrBug } from './outcome.js';

/**
 * One input of a `--jobs N` conversion, as every converting thread (the main one and the
 * workers) sees it.
 */
export interface TaskInput {
  /** The path to read, resolved; `-` (standard input) is left to the main thread. */
  path: string;
  /** The input as the user gave it: what messages name. */
  shown: string;
  /**
   * The file to write the output to, when no other input writes to it; `undefined` hands the
   * text back (standard output, or an output file shared by several inputs: written in order).
   */
  target?: { path: string; isInput: boolean; followLinks: boolean } | undefined;
}

/** A file system error, as much of it as crosses threads and makes the message. */
export interface FsFailure {
  code: string | undefined;
  message: string;
  /** For an input over the size limit: its size and the limit. */
  size?: number;
  limit?: number;
}

/** What became of one input, in a form that crosses threads (no functions, no errors). */
export type TaskResult =
  /** The text to write, in pieces (standard output, or a shared output file). */
  | { kind: 'text'; chunks: string[] }
  | { kind: 'written' }
  | { kind: 'refused' }
  | { kind: 'readError'; error: FsFailure }
  | { kind: 'decodeError'; message: string }
  | { kind: 'writeError'; error: FsFailure }
  /** Standard input: the main thread reads and converts it when its turn comes. */
  | { kind: 'stdin' }
  /** A bug, raised when its turn comes. */
  | { kind: 'internalError'; message: string };

const fsFailure = (error: unknown): FsFailure => {
  const { code, size, limit } = (error ?? {}) as { code?: string; size?: number; limit?: number };
  return {
    code,
    message: error instanceof Error ? error.message : String(error),
    ...(size === undefined ? {} : { size }),
    ...(limit === undefined ? {} : { limit }),
  };
};

/** A thrown error rebuilt from a {@link FsFailure}, for `describeFsError`. */
export const fsError = (failure: FsFailure): Error => Object.assign(new Error(failure.message), { code: failure.code, size: failure.size, limit: failure.limit });

/**
 * Convert one input: read it, parse it, and write its output file or hand its text back. Never
 * throws: a bug becomes an `internalError` result.
 *
 * @param input What to read and where its output goes.
 * @param options How to convert.
 * @returns What became of it, and how many bytes were read (0 when nothing was).
 */
export async function performTask(input: TaskInput, options: ConversionOptions): Promise<{ result: TaskResult; bytes: number }> {
  if (input.path === '-') return { result: { kind: 'stdin' }, bytes: 0 };
  let bytes: Uint8Array;
  try {
    bytes = readFileWithin(input.path, options.maxSize ?? Number.POSITIVE_INFINITY);
  } catch (error) {
    // The message names the file as the user gave it, as `--jobs 1` does (e.g. `ELOOP: …, open 'a'`).
    const failure = fsFailure(error);
    return { result: { kind: 'readError', error: { ...failure, message: failure.message.replaceAll(input.path, input.shown) } }, bytes: 0 };
  }
  try {
    return { result: await convertBytes(bytes, input.target, options, input.path), bytes: bytes.length };
  } catch (error) {
    return { result: { kind: 'internalError', message: describeMemoryOrBug(error) }, bytes: bytes.length };
  }
}

async function convertBytes(bytes: Uint8Array, target: TaskInput['target'], options: ConversionOptions, name?: string): Promise<TaskResult> {
  const parsed = await parseInput(bytes, options.encoding, name, options.from);
  if ('decodeError' in parsed) return { kind: 'decodeError', message: parsed.decodeError };
  if (target === undefined) {
    const chunks: string[] = [];
    await writeDocument(parsed.tree, options, (chunk) => chunks.push(chunk));
    return { kind: 'text', chunks };
  }
  if (target.isInput) return { kind: 'refused' };
  try {
    await writeChunksAtomic(target.path, (write) => writeDocument(parsed.tree, options, write), { followLinks: target.followLinks });
    return { kind: 'written' };
  } catch (error) {
    if (!(error instanceof OutputWriteError)) throw error;
    return { kind: 'writeError', error: fsFailure(error.fsError) };
  }
}
