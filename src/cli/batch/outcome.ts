import type { Io } from '../io.js';

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
 * Read an input, or say why it cannot be read.
 *
 * @param input A path, or `-` for standard input.
 * @param io Where to read it.
 * @returns The bytes, or the message to report.
 */
export async function readInput(input: string, io: Io): Promise<{ bytes: Uint8Array } | { error: string }> {
  try {
    return { bytes: await io.read(input) };
  } catch (error) {
    const { describeFsError } = await import('../files.js');
    return { error: `cannot read ${describeFsError(inputName(input), error)}` };
  }
}
