import { decode, type EncodingName } from './decode/decode.js';
import { findHead } from './layout/head.js';
import { reflow } from './layout/reflow.js';
import { location } from './text/location.js';
import { buildTree } from './tree/build.js';
import type { Document } from './tree/types.js';

/** Options for {@link parse}. */
export interface ParseOptions {
  /** How to decode bytes (default `auto`); ignored for string input. */
  encoding?: EncodingName;
}

/**
 * Parse the raw text of a meeting summary into a jyparse tree:
 * `bytes → decode → lines → blocks → head → tree`.
 *
 * @param input The document, as text or as the file's bytes.
 * @param options Decoding options.
 * @returns The tree, with what was repaired or doubtful in `diagnostics`.
 * @throws {DecodeError} When bytes cannot be decoded.
 */
export function parse(input: string | Uint8Array, options: ParseOptions = {}): Document {
  const decoded = typeof input === 'string'
    ? { text: input.charCodeAt(0) === 0xfeff ? input.slice(1) : input, encoding: 'utf8' }
    : decode(input, options.encoding ?? 'auto');
  const { text } = decoded;
  const blocks = reflow(text);
  return buildTree(blocks, findHead(blocks), { location: location(text), encoding: decoded.encoding });
}
