import { decode, type EncodingName } from './decode/decode.js';
import type { Extracted } from './read/types.js';
import { findHead, findHeadEarly } from './layout/head.js';
import { reflowEach, type Block } from './layout/reflow.js';
import { mayHoldSubtitleLine } from './layout/shape.js';
import { location } from './text/location.js';
import { createMessage, toDiagnostic } from './text/message.js';
import { TreeStream } from './tree/build.js';
import type { Document, Furniture } from './tree/types.js';
import { readCompat } from './layout/page/compat.js';
import type { FurnitureLine } from './layout/segment.js';

/** Options for {@link parse}. */
export interface ParseOptions {
  /** How to decode bytes (default `auto`); ignored for string input. */
  encoding?: EncodingName;
}

// How many blocks the head may wait for (a subtitle line that may still come, head paragraphs
// that have not reached a headline yet); past them, the blocks wait for the end of the document.
// It bounds the work of asking again at each headline.
const maxHeadWait = 1024;

/**
 * Parse the raw text of a meeting summary into a jyparse tree:
 * `bytes → decode → lines → blocks → head → tree`.
 *
 * Blocks go into the tree as the layout stage makes them, once the first ones have told where the
 * head is: a block dies soon after it is made rather than waiting for the whole document.
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
  return parseExtracted({ text: decoded.text, format: 'text', encoding: decoded.encoding, facts: [], notes: [] });
}

/**
 * Parse what a reader got out of a file (its text and the facts it told of its lines) into a
 * jyparse tree: the path every format takes after its reader.
 *
 * @param extracted The reader's result.
 * @returns The tree.
 */
export function parseExtracted(extracted: Extracted): Document {
  const { facts } = extracted;
  const compat = readCompat(extracted.text);
  const { text } = compat;
  const context = { location: location(text), encoding: extracted.encoding, text };
  const furniture: Furniture[] = [];
  const onFurniture = ({ kind, start, end }: FurnitureLine): void => {
    furniture.push({ type: 'furniture', kind, value: text.slice(start, end), position: context.location.toPosition(start, end) });
  };
  const subtitleLater = mayHoldSubtitleLine(text);
  const first: Block[] = [];
  let tree: TreeStream | undefined;
  reflowEach(text, (block) => {
    if (tree) return tree.add(block);
    first.push(block);
    // The head is decided at a headline (the end of the head paragraphs), or never early.
    if (block.kind !== 'heading' || first.length > maxHeadWait) return;
    const head = findHeadEarly(first, subtitleLater);
    if (head) tree = new TreeStream(first, head, context);
  }, facts, onFurniture);
  const document = (tree ?? new TreeStream(first, findHead(first), context)).finish();
  if (furniture.length > 0) document.furniture = furniture;
  if (compat.count > 0) {
    const at = compat.first as number;
    const reason = `${compat.count} compatibility character(s) (Kangxi radicals, CJK compatibility ideographs) read as the ideographs they stand for`;
    document.diagnostics.push(toDiagnostic(createMessage(reason, {
      ruleId: 'JY030/compat-characters',
      severity: 'info',
      place: context.location.toPosition(at, at + 1),
    })));
  }
  return document;
}
