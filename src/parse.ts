import { ArgumentError, showValue } from './text/argument-error.js';
import { decode, encodingNames, type EncodingName } from './decode/decode.js';
import { sniffFormat } from './read/sniff.js';
import { sourceFormats, type Extracted, type SourceFormat } from './read/types.js';
import { findHead, findHeadEarly } from './layout/head.js';
import { reflowEach, type Block } from './layout/reflow.js';
import { mayHoldSubtitleLine } from './layout/shape.js';
import { location } from './text/location.js';
import { createMessage, toDiagnostic } from './text/message.js';
import { TreeStream } from './tree/build.js';
import { addPages } from './tree/pages.js';
import type { Document, Furniture } from './tree/types.js';
import { readCompat } from './layout/page/compat.js';
import type { FurnitureLine } from './layout/segment.js';
import type { PageNote } from './layout/page/segments.js';

/** Options for {@link parse} and {@link parseAsync}. */
export interface ParseOptions {
  /** How to decode the bytes of a text file (default `auto`); ignored for string input. */
  encoding?: EncodingName;
  /**
   * The format of the input (`--from`): `pdf`, `docx`, `html` or `text`. {@link parse} reads
   * text only; {@link parseAsync} tells the format from the bytes (and `name`) when it is absent.
   */
  from?: SourceFormat;
  /** The file's name, which tells {@link parseAsync} the format when the bytes do not. */
  name?: string;
}

/** What the library parses: text, or the bytes of a file (a Node.js `Buffer` is a `Uint8Array`). */
export type ParseInput = string | Uint8Array | ArrayBuffer;

// Misuse throws a TypeError that says what was expected (the bytes of a bad file are a ReadError).
function checkArguments(input: unknown, options: ParseOptions | undefined): void {
  if (typeof input !== 'string' && !(input instanceof Uint8Array) && !(input instanceof ArrayBuffer)) {
    throw new ArgumentError(`Cannot parse ${showValue(input)}, expected a string, a Uint8Array or an ArrayBuffer`);
  }
  if (options === null || (options !== undefined && typeof options !== 'object')) {
    throw new ArgumentError(`Cannot use options ${showValue(options)}, expected an object`);
  }
  const from: unknown = options?.from;
  if (from !== undefined && !(sourceFormats as readonly unknown[]).includes(from)) {
    throw new ArgumentError(`Cannot parse from \`${String(from)}\`, expected one of ${sourceFormats.map((name) => `\`${name}\``).join(', ')}`);
  }
  const encoding: unknown = options?.encoding;
  if (encoding !== undefined && !(encodingNames as readonly unknown[]).includes(encoding)) {
    throw new ArgumentError(`Cannot decode as ${showValue(encoding)}, expected one of ${encodingNames.join(', ')}`);
  }
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
 * Synchronous, for text only: a PDF, a Word file or an HTML page is read by {@link parseAsync},
 * as its reader is loaded when it is needed (bytes of an HTML page without `from` are text here).
 *
 * @param input The document, as text or as the bytes of a text file.
 * @param options How to decode bytes; `from`, if given, must be `text`.
 * @returns The tree, with what was repaired or doubtful in `diagnostics`.
 * @throws {DecodeError} When bytes cannot be decoded.
 * @throws {ArgumentError} (a TypeError) When the input is neither text nor bytes, `from` is not a format, or the
 * input is a PDF or Word file, or `from` one of the formats, that only {@link parseAsync} reads.
 */
export function parse(input: ParseInput, options: ParseOptions = {}): Document {
  checkArguments(input, options);
  const bytes = typeof input === 'string' ? undefined : input instanceof ArrayBuffer ? new Uint8Array(input) : input;
  const format = options.from ?? (bytes === undefined ? 'text' : binaryFormat(bytes));
  if (format !== 'text') throw new ArgumentError(`Cannot parse a ${format} file synchronously, expected \`await parseAsync(input, { from: '${format}' })\``);
  const decoded = bytes === undefined
    ? { text: (input as string).charCodeAt(0) === 0xfeff ? (input as string).slice(1) : (input as string), encoding: 'utf8' }
    : decode(bytes, options.encoding ?? 'auto');
  return parseExtracted({ text: decoded.text, format: 'text', encoding: decoded.encoding, facts: [], notes: [] });
}

// Only a signature (PDF, the zip of a Word file, an old .doc) keeps bytes from being text here.
function binaryFormat(bytes: Uint8Array): SourceFormat {
  const format = sniffFormat(bytes);
  return format === 'html' ? 'text' : format;
}

/**
 * Parse a document of any format jyparse reads (SPEC section 10): a PDF, a Word file (`.docx`), an
 * HTML page or text, given as its bytes (or, for text and HTML, as a string). The format comes
 * from `from`, else from the bytes and `name`; `data.format` of the tree says what was read.
 *
 * @param input The document: the file's bytes, or its text.
 * @param options The format (`from`), the file's name, how to decode a text file.
 * @returns The tree, as {@link parse} gives it for the text the reader got out of the file.
 * @throws {ReadError} When the file cannot be read (encrypted, scanned, broken, not its format).
 * @throws {DecodeError} When a text file cannot be decoded.
 * @throws {ArgumentError} (a TypeError) When the input is neither text nor bytes, or `from` is not a format.
 */
export async function parseAsync(input: ParseInput, options: ParseOptions = {}): Promise<Document> {
  checkArguments(input, options);
  const { from, encoding, name } = options;
  if (typeof input === 'string' && (from === undefined || from === 'text')) return parse(input);
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input instanceof ArrayBuffer ? new Uint8Array(input) : input;
  // Imported here, so that a program which parses text only never loads the readers' module.
  const { read } = await import('./read/read.js');
  return parseExtracted(await read(bytes, { from, encoding, name }));
}

/**
 * Parse what a reader got out of a file (its text and the facts it told of its lines) into a
 * jyparse tree: the path every format takes after its reader. `data.format` says what was read
 * (absent for text).
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
  const notes: PageNote[] = [];
  const subtitleLater = mayHoldSubtitleLine(text);
  const first: Block[] = [];
  let tree: TreeStream | undefined;
  reflowEach(text, (block) => {
    if (tree) return tree.add(block);
    first.push(block);
    // The head is decided at a headline (the end of the head paragraphs), or never early.
    if (block.kind !== 'heading' || first.length > maxHeadWait) return;
    const decision = findHeadEarly(first, subtitleLater);
    if (decision.kind === 'decided') tree = new TreeStream(first, decision.head, context);
  }, facts, onFurniture, undefined, (note) => notes.push(note));
  const document = (tree ?? new TreeStream(first, findHead(first), context)).finish();
  if (extracted.format !== 'text') document.data.format = extracted.format;
  if (furniture.length > 0) document.furniture = furniture;
  for (const note of notes) {
    const reason = `page ${note.page} looks like ${note.columns} columns whose lines the extractor interleaved; jyparse could not surely take them apart (try pdftotext -layout)`;
    document.diagnostics.push(toDiagnostic(createMessage(reason, {
      ruleId: 'JY031/interleaved-columns',
      severity: 'warning',
      place: context.location.toPosition(note.start, note.end),
    })));
  }
  if (compat.count > 0) {
    const at = compat.first as number;
    const reason = `${compat.count} compatibility character(s) (Kangxi radicals, CJK compatibility ideographs) read as the ideographs they stand for`;
    document.diagnostics.push(toDiagnostic(createMessage(reason, {
      ruleId: 'JY030/compat-characters',
      severity: 'info',
      place: context.location.toPosition(at, at + 1),
    })));
  }
  addPages(document, facts);
  return document;
}
