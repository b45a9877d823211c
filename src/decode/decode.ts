/** The encodings jyparse reads; `auto` sniffs a BOM, then tries UTF-8, then GB18030. */
export type EncodingName = 'auto' | 'utf8' | 'gb18030' | 'utf16le' | 'utf16be';

/** The names `--encoding` accepts. */
export const encodingNames: readonly EncodingName[] = ['auto', 'utf8', 'gb18030', 'utf16le', 'utf16be'];

/** Why bytes could not be decoded (a user error, not a bug). */
export class DecodeError extends Error {
  /** Byte offset of the first offending byte, when known. */
  readonly byteOffset: number | undefined;

  constructor(message: string, byteOffset?: number) {
    super(message);
    this.name = 'DecodeError';
    this.byteOffset = byteOffset;
  }
}

/** Text decoded from bytes, with the encoding that was used. */
export interface Decoded {
  text: string;
  encoding: Exclude<EncodingName, 'auto'>;
  /** Whether a byte order mark was found and removed. */
  bom: boolean;
}

const labels = { utf8: 'utf-8', gb18030: 'gb18030', utf16le: 'utf-16le', utf16be: 'utf-16be' } as const;

/**
 * Decode the bytes of a document.
 *
 * @param bytes The file's bytes.
 * @param encoding The encoding to use, or `auto` to detect it.
 * @returns The text and the encoding used.
 * @throws {DecodeError} When the bytes are binary or not valid in the encoding.
 */
export function decode(bytes: Uint8Array, encoding: EncodingName = 'auto'): Decoded {
  const bom = sniffBom(bytes);
  const chosen = encoding === 'auto' ? (bom ?? 'utf8') : encoding;
  const skip = bom === chosen ? (chosen === 'utf8' ? 3 : 2) : 0;
  const body = bytes.subarray(skip);
  if (chosen === 'utf8' || chosen === 'gb18030') rejectBinary(body);
  if (chosen === 'utf8') {
    // The strict decoder validates as it goes; the offending byte is looked for only on failure.
    const text = tryDecode('utf8', body);
    if (text !== undefined) return { text, encoding: 'utf8', bom: skip > 0 };
    const firstBad = firstInvalidUtf8(body);
    if (encoding === 'utf8') throw new DecodeError(`invalid UTF-8 at byte ${firstBad + skip}`, firstBad + skip);
    const gb = tryDecode('gb18030', body);
    if (gb !== undefined && looksLikeText(gb)) return { text: gb, encoding: 'gb18030', bom: false };
    throw new DecodeError(`invalid UTF-8 at byte ${firstBad}, and not GB18030 either (use --encoding)`, firstBad);
  }
  if ((chosen === 'utf16le' || chosen === 'utf16be') && body.length % 2 === 1) {
    throw new DecodeError(`odd number of bytes for ${chosen === 'utf16le' ? 'UTF-16 LE' : 'UTF-16 BE'}`, body.length - 1);
  }
  const text = tryDecode(chosen, body);
  if (text === undefined) throw new DecodeError(`the bytes are not valid ${labels[chosen]}`);
  if (chosen !== 'gb18030') rejectBinaryText(text);
  return { text, encoding: chosen, bom: skip > 0 };
}

function sniffBom(bytes: Uint8Array): Exclude<EncodingName, 'auto'> | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  return undefined;
}

function strict(encoding: Exclude<EncodingName, 'auto'>, bytes: Uint8Array): string {
  return new TextDecoder(labels[encoding], { fatal: true, ignoreBOM: true }).decode(bytes);
}

function tryDecode(encoding: Exclude<EncodingName, 'auto'>, bytes: Uint8Array): string | undefined {
  try {
    return strict(encoding, bytes);
  } catch {
    return undefined;
  }
}

// Text files hold no NUL and few other control characters; a file that does is binary.
function rejectBinary(bytes: Uint8Array): void {
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new DecodeError(`binary file (NUL byte at byte ${nul})`, nul);
  let controls = 0;
  const sample = Math.min(bytes.length, 1 << 16);
  for (let index = 0; index < sample; index++) {
    const byte = bytes[index] as number;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) controls++;
  }
  if (sample > 0 && controls / sample > 0.1) throw new DecodeError('binary file (mostly control characters)');
}

function rejectBinaryText(text: string): void {
  const at = text.indexOf('\u0000');
  if (at !== -1) throw new DecodeError(`binary file (NUL character at character ${at})`);
}

// GB18030 decodes almost any byte sequence; accept it only when it yields mostly CJK text.
function looksLikeText(text: string): boolean {
  let cjk = 0;
  let odd = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff00 && code <= 0xffef)) cjk++;
    else if (code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff) || (code < 32 && code !== 9 && code !== 10 && code !== 13)) odd++;
  }
  return odd === 0 && cjk > 0;
}

/** Offset of the first byte that is not part of valid UTF-8, or -1. Linear, no allocation. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  const length = bytes.length;
  while (index < length) {
    const byte = bytes[index] as number;
    if (byte < 0x80) {
      index++;
      continue;
    }
    let need: number;
    let min: number;
    if (byte >= 0xc2 && byte <= 0xdf) (need = 1), (min = 0x80);
    else if (byte >= 0xe0 && byte <= 0xef) (need = 2), (min = 0x800);
    else if (byte >= 0xf0 && byte <= 0xf4) (need = 3), (min = 0x10000);
    else return index;
    if (index + need >= length) return index; // truncated sequence at the end
    let code = byte & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const next = bytes[index + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return index;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return index;
    index += need + 1;
  }
  return -1;
}
