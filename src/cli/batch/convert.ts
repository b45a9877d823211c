import { DecodeError, type EncodingName } from '../../decode/decode.js';
import { parseExtracted } from '../../parse.js';
import { read } from '../../read/read.js';
import { ReadError } from '../../read/types.js';
import type { SourceFormat } from '../../read/types.js';
import type { Document } from '../../tree/types.js';
import { writeJsonChunks } from '../../write/json-chunks.js';
import type { RenderOptions } from '../render.js';

/** How every document of a conversion is read and written. */
export interface ConversionOptions {
  render: RenderOptions;
  /** One JSON tree per line (`--ndjson`). */
  ndjson: boolean;
  encoding: EncodingName;
  /** The inputs' format (`--from`), over what their bytes and names say. */
  from?: SourceFormat | undefined;
  /** The most bytes an input may have (`--max-size`; by default, what the heap can convert). */
  maxSize?: number;
}

/**
 * Read one input's bytes with the reader its format needs (SPEC section 10) and parse it, or say
 * why it cannot be read or decoded (a user error, not a bug).
 *
 * @param bytes The input's bytes.
 * @param encoding How to decode a text file.
 * @param name The file's name, which tells the format when the bytes do not.
 * @param from The format the user gave (`--from`), over what the bytes and the name say.
 * @returns The tree, or the reason the input cannot be read.
 */
export async function parseInput(bytes: Uint8Array, encoding: EncodingName, name?: string, from?: SourceFormat): Promise<{ tree: Document } | { decodeError: string }> {
  try {
    return { tree: parseExtracted(await read(bytes, { encoding, name, from })) };
  } catch (error) {
    if (!(error instanceof DecodeError) && !(error instanceof ReadError)) throw error;
    return { decodeError: error.message };
  }
}

/**
 * Write a tree in the chosen format. JSON goes out in chunks (see {@link writeJsonChunks}), never as one
 * string; the other formats are rendered whole. Only the code of the chosen format is loaded.
 *
 * @param tree The parsed document.
 * @param options The format and what to leave out.
 * @param write Receives the text in order.
 */
export async function writeDocument(tree: Document, options: ConversionOptions, write: (chunk: string) => void): Promise<void> {
  const { render: renderOptions } = options;
  if (options.ndjson || renderOptions.format === 'json') {
    // As render does: the whole tree, unless the outline or a depth is asked for; one line a tree
    // for `--ndjson`.
    const strip = renderOptions.outline || renderOptions.depth !== undefined;
    const { stripTree } = strip ? await import('../../tree/strip.js') : { stripTree: undefined };
    const shown = stripTree
      ? stripTree(tree, { outline: renderOptions.outline, ...(renderOptions.depth === undefined ? {} : { depth: renderOptions.depth }) })
      : tree;
    writeJsonChunks(shown, options.ndjson ? 0 : 2, write);
    return;
  }
  // The other writers, and what they load (unified, yaml), only when asked for.
  const { render } = await import('../render.js');
  write(await render(tree, renderOptions));
}
