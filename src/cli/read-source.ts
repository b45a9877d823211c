import { DecodeError, type EncodingName } from '../decode/decode.js';
import { read } from '../read/read.js';
import { ReadError, type Extracted, type SourceFormat } from '../read/types.js';
import type { Io } from './io.js';

/** How a command reads its inputs: `--from` and `--encoding`. */
export interface SourceOptions {
  /** The format, over what the bytes and the name say (`--from`). */
  from?: SourceFormat | undefined;
  /** How to decode a text file. */
  encoding: EncodingName;
  /** The input's name in messages, when it is not the path (`--stdin-filename`). */
  name?: string | undefined;
}

/** An input as a command gets it: its name in messages, and what the reader got out of it. */
export interface Source {
  /** The input as messages name it (`<stdin>` for `-`). */
  name: string;
  extracted: Extracted;
}

/**
 * Read one input of a command (`check`, `stats`, `text`, `explain`) with the reader its format
 * needs (SPEC section 10), or say in one line why it cannot be read: what every command shares,
 * so that each reads every format the same way. A reader is loaded only for a file that needs it.
 *
 * @param input A path, or `-` for standard input.
 * @param io Where to read it.
 * @param options The format, if the user gave it, and how to decode a text file.
 * @returns The input's name and the reader's result, or the error line to report.
 */
export async function readSource(input: string, io: Io, options: SourceOptions): Promise<Source | { error: string }> {
  const name = options.name ?? (input === '-' ? '<stdin>' : input);
  let bytes: Uint8Array;
  try {
    bytes = await io.read(input);
  } catch (error) {
    const { describeFsError } = await import('./files.js');
    return { error: `cannot read ${describeFsError(name, error)}` };
  }
  try {
    return { name, extracted: await read(bytes, { from: options.from, encoding: options.encoding, name: input === '-' ? undefined : input }) };
  } catch (error) {
    // Worded as the converter words it (src/cli/batch-convert.ts), for every format.
    if (error instanceof DecodeError || error instanceof ReadError) return { error: `${name}: cannot decode: ${error.message}` };
    throw error;
  }
}
