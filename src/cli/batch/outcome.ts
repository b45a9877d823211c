import { describeError, type Io } from '../io.js';

/** Where an input's output goes when it goes to a file. */
export interface FileTarget {
  /** The path as the user will read it in messages. */
  shown: string;
  /** The path resolved, to write to. */
  path: string;
  /** Whether it is one of the inputs (nothing is written, and that is an error). */
  isInput: boolean;
  /** Whether a symbolic link at `path` is followed (`-o`) or refused (`--out-dir`). */
  followLinks: boolean;
}

/**
 * What became of one input, in input order: an error to report, its output to write to
 * standard output or a file, or done (a worker wrote its file).
 */
export type Outcome =
  | { input: string; error: string }
  | { input: string; write: (sink: (chunk: string) => void) => Promise<void> }
  | { input: string; written: true };

/** How to convert a list of inputs into outcomes, in order. */
export interface OutcomeSource {
  inputs: readonly string[];
  io: Io;
  /** The file an input's output goes to, or `undefined` for standard output. */
  targetOf: (input: string) => FileTarget | undefined;
}

/** The name of an input in messages. */
export const inputName = (input: string): string => (input === '-' ? '<stdin>' : input);

/**
 * A bug met converting one input, reported against it: the batch goes on.
 *
 * @param input The input.
 * @param error What was thrown.
 */
export function internalError(input: string, error: unknown): string {
  return `${inputName(input)}: ${describeMemoryOrBug(error)}`;
}

/**
 * What went wrong, in one line: out of memory where V8 lets it be caught, else a bug to report.
 *
 * @param error What was thrown.
 */
export function describeMemoryOrBug(error: unknown): string {
  if (error instanceof RangeError && /string length|allocation failed|array length/iu.test(error.message)) {
    return `not enough memory to convert it (${describeError(error)}); try a smaller input`;
  }
  return `internal error: ${describeError(error)} (please report this)`;
}

/**
 * Read an input, or say why it cannot be read.
 *
 * @param input A path, or `-` for standard input.
 * @param io Where to read it.
 * @param maxSize The most bytes to read (by default, what the heap can convert).
 * @returns The bytes, or the message to report.
 */
export async function readInput(input: string, io: Io, maxSize?: number): Promise<{ bytes: Uint8Array } | { error: string }> {
  try {
    return { bytes: await io.read(input, maxSize) };
  } catch (error) {
    const { describeFsError } = await import('../files.js');
    return { error: `cannot read ${describeFsError(inputName(input), error)}` };
  }
}
