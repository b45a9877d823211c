import { DecodeError, type EncodingName } from '../decode/decode.js';
import { parse } from '../parse.js';
import type { Document } from '../tree/types.js';
import { writeJsonChunks } from '../write/json-chunks.js';
import type { RenderOptions } from './render.js';

/** How every document of a conversion is read and written. */
export interface ConversionOptions {
  render: RenderOptions;
  /** One JSON tree per line (`--ndjson`). */
  ndjson: boolean;
  encoding: EncodingName;
}

/**
 * Parse one input's bytes, or say why they cannot be decoded (a user error, not a bug).
 *
 * @param bytes The input's bytes.
 * @param encoding How to decode them.
 * @returns The tree, or the decoding error's message.
 */
export function parseInput(bytes: Uint8Array, encoding: EncodingName): { tree: Document } | { decodeError: string } {
  try {
    return { tree: parse(bytes, { encoding }) };
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
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
  if (options.ndjson) {
    writeJsonChunks(tree, 0, write);
    return;
  }
  if (renderOptions.format === 'json') {
    // As render does: the whole tree, unless the outline or a depth is asked for.
    const strip = renderOptions.outline || renderOptions.depth !== undefined;
    const { stripTree } = strip ? await import('../tree/strip.js') : { stripTree: undefined };
    const shown = stripTree
      ? stripTree(tree, { outline: renderOptions.outline, ...(renderOptions.depth === undefined ? {} : { depth: renderOptions.depth }) })
      : tree;
    writeJsonChunks(shown, 2, write);
    return;
  }
  // The other writers, and what they load (unified, yaml), only when asked for.
  const { render } = await import('./render.js');
  write(await render(tree, renderOptions));
}
