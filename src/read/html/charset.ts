/**
 * The characters of an HTML page: its bytes decoded in the encoding a browser would choose — a
 * byte order mark, else the page's own `<meta charset>` or `<meta http-equiv="Content-Type">`,
 * else what the bytes look like (UTF-8, else GB18030, as jyparse reads a text file).
 */

import { fromHtml } from 'hast-util-from-html';
import { decode, DecodeError } from '../../decode/decode.js';
import { ReadError, type ReadNote } from '../types.js';
import { attribute, eachElement } from './elements.js';

/** A page's text and the encoding it was read in. */
export interface DecodedPage {
  text: string;
  /** `utf8`, `gb18030` (GB2312, GBK and GB18030 pages), or the WHATWG name of another encoding (`big5`…). */
  encoding: string;
  notes: ReadNote[];
}

// Browsers look for the declaration in the first 1024 bytes; pages that put it after a long
// comment or script still get it from the parser, so a little more is read here.
const declarationWindow = 4096;

/**
 * The encoding a page declares in a `<meta>` element near its start, read with the HTML parser
 * from the bytes taken as Latin-1 (every encoding a page can declare this way keeps ASCII as is).
 *
 * @param bytes The page.
 * @returns The label as written (`gb2312`, `UTF-8`…), or `undefined` when it declares none.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, declarationWindow));
  let label: string | undefined;
  eachElement(fromHtml(head), (element) => {
    if (label !== undefined) return false;
    if (element.tagName !== 'meta') return true;
    label = attribute(element, 'charSet')?.trim() || undefined;
    const httpEquiv = attribute(element, 'httpEquiv')?.trim().toLowerCase();
    if (label === undefined && httpEquiv === 'content-type') label = charsetInContentType(attribute(element, 'content') ?? '');
    return true;
  });
  return label;
}

/**
 * The charset of a `Content-Type` value (`text/html; charset=gb2312`), as the HTML standard's
 * "extracting a character encoding from a meta element" finds it.
 *
 * @param content The attribute's value.
 * @returns The label, or `undefined`.
 */
export function charsetInContentType(content: string): string | undefined {
  // e.g. `text/html; charset=GB2312`, `text/html;charset="utf-8"`, `charset = 'gbk'`
  const match = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/iu.exec(content);
  const label = match?.[1] ?? match?.[2] ?? match?.[3];
  return label?.trim() || undefined;
}

/** The decoder for a label, as the Encoding Standard resolves it; `undefined` for a label it does not know. */
function decoderFor(label: string): Decoder | undefined {
  // A page that says it is UTF-16 in ASCII bytes is not: the standard reads it as UTF-8.
  const resolved = /^(?:utf-16|utf-16le|utf-16be|ucs-2|unicode|unicodefeff|unicodefffe|csunicode|iso-10646-ucs-2)$/iu.test(label) ? 'utf-8' : label;
  try {
    return new TextDecoder(resolved, { fatal: true });
  } catch {
    return undefined;
  }
}

/** jyparse's name for an encoding: `utf8`, `gb18030` for the GB family, else the Encoding Standard's. */
function encodingName(decoder: Decoder): string {
  if (decoder.encoding === 'utf-8') return 'utf8';
  return decoder.encoding === 'gbk' || decoder.encoding === 'gb18030' ? 'gb18030' : decoder.encoding;
}

type Decoder = InstanceType<typeof TextDecoder>;

const hasBom = (bytes: Uint8Array): boolean =>
  (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

/**
 * Decode a page.
 *
 * @param bytes The page's bytes.
 * @returns Its text, the encoding used and what the user should hear about it.
 * @throws {ReadError} When the bytes are not text (a binary file) in any encoding the page may be in.
 */
export function decodePage(bytes: Uint8Array): DecodedPage {
  const label = hasBom(bytes) ? undefined : declaredCharset(bytes);
  const decoder = label === undefined ? undefined : decoderFor(label);
  const notes: ReadNote[] = [];
  if (label !== undefined && decoder === undefined) {
    notes.push({ ruleId: 'JY028/html-unknown-charset', reason: `the page declares an encoding jyparse does not know (\`${label}\`); read as UTF-8 or GB18030` });
  }
  if (decoder !== undefined) {
    // Every encoding a page can declare in ASCII writes a NUL as a zero byte, which no page holds.
    const nul = bytes.indexOf(0);
    if (nul !== -1) throw new ReadError(`not an HTML page: binary file (NUL byte at byte ${nul})`, 'html');
    try {
      return { text: stripBom(decoder.decode(bytes)), encoding: encodingName(decoder), notes };
    } catch {
      // Pages that say UTF-8 and are GBK are common; the bytes decide, as for a text file.
      if (decoder.encoding !== 'utf-8') return lenient(bytes, decoder, notes);
    }
  }
  try {
    const decoded = decode(bytes, 'auto');
    if (label !== undefined && decoder?.encoding === 'utf-8') {
      notes.push({ ruleId: 'JY029/html-wrong-charset', reason: `the page says it is \`${label}\` but is not; read as ${decoded.encoding === 'gb18030' ? 'GB18030' : decoded.encoding}` });
    }
    return { text: decoded.text, encoding: decoded.encoding, notes };
  } catch (error) {
    if (error instanceof DecodeError) throw new ReadError(`not an HTML page: ${error.message}`, 'html');
    throw error;
  }
}

// A page in the encoding it declares but with bytes that encoding lacks: read as a browser would,
// each bad sequence a U+FFFD, and say how many there were.
function lenient(bytes: Uint8Array, strict: Decoder, notes: ReadNote[]): DecodedPage {
  const text = stripBom(new TextDecoder(strict.encoding).decode(bytes));
  const bad = text.split('\ufffd').length - 1;
  notes.push({ ruleId: 'JY029/html-wrong-charset', reason: `${bad} byte sequence${bad === 1 ? ' is' : 's are'} not valid ${strict.encoding}, the encoding the page declares; read as �` });
  return { text, encoding: encodingName(strict), notes };
}

const stripBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
