/**
 * Read a file of any format jyparse knows into its text and line facts (SPEC section 10): the
 * first stage for every input. Each reader is loaded only when a file needs it, so that a text
 * file loads none of pdf.js, the unzip or the HTML parser.
 */

import { decode, type EncodingName } from '../decode/decode.js';
import { sniffFormat } from './sniff.js';
import { ReadError, type Extracted, type SourceFormat } from './types.js';

/** Options for {@link read}. */
export interface ReadOptions {
  /** The format, when the caller knows it better than the bytes do (`--from`). */
  from?: SourceFormat | undefined;
  /** How to decode a text file (default `auto`); an HTML page says its own charset. */
  encoding?: EncodingName | undefined;
  /** The file's name, which tells the format when the bytes do not. */
  name?: string | undefined;
}

/**
 * What a text file holds: its decoded text, no facts.
 *
 * @param bytes The file's bytes.
 * @param encoding How to decode them.
 * @returns The text as read.
 * @throws {DecodeError} When the bytes cannot be decoded.
 */
export function readText(bytes: Uint8Array, encoding: EncodingName = 'auto'): Extracted {
  const decoded = decode(bytes, encoding);
  return { text: decoded.text, format: 'text', encoding: decoded.encoding, facts: [], notes: [] };
}

/**
 * Read a file's bytes with the reader its format needs.
 *
 * @param bytes The file's bytes.
 * @param options The format, if known, the encoding of a text file and the file's name.
 * @returns The text jyparse read and the facts the file told of its lines.
 * @throws {ReadError} When the file cannot be read (encrypted, scanned, broken, not its format).
 * @throws {DecodeError} When a text file cannot be decoded.
 */
export async function read(bytes: Uint8Array, options: ReadOptions = {}): Promise<Extracted> {
  const format = options.from ?? sniffFormat(bytes, options.name);
  switch (format) {
    case 'docx':
      return (await import('./docx/index.js')).readDocx(bytes);
    case 'html':
      return (await import('./html/index.js')).readHtml(bytes);
    case 'pdf':
      return (await import('./pdf/index.js')).readPdf(bytes);
    case 'text':
      return readText(bytes, options.encoding);
    default:
      throw new ReadError(`jyparse cannot read ${format} files yet`, format);
  }
}
