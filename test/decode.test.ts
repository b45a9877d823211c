import { describe, expect, it } from 'vitest';
import { DecodeError, decode } from '../src/decode/decode.js';

// The decode stage on its own: bytes in, text and the encoding used out (SPEC 7).

const text = '一、总体要求\n坚持稳中求进。';
const utf16be = (value: string): Uint8Array => Buffer.from(value, 'utf16le').swap16();

describe('decode', () => {
  it.each<[string, Uint8Array, string, boolean]>([
    ['UTF-8', Buffer.from(text), 'utf8', false],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf8', true],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf16le', true],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]), 'utf16be', true],
    ['GB18030 (not UTF-8)', gb18030(text), 'gb18030', false],
  ])('reads %s, and drops only the BOM', (_name, bytes, encoding, bom) => {
    expect(decode(bytes)).toEqual({ text, encoding, bom });
  });

  it('decodes in the encoding asked for, BOM or not', () => {
    expect(decode(Buffer.from(text, 'utf16le'), 'utf16le')).toEqual({ text, encoding: 'utf16le', bom: false });
    expect(decode(utf16be(text), 'utf16be').text).toBe(text);
    expect(decode(gb18030(text), 'gb18030').text).toBe(text);
  });

  it.each<[string, Uint8Array, string | undefined, RegExp, number | undefined]>([
    ['a NUL byte', Buffer.from([0x41, 0x42, 0x00, 0x43]), undefined, /^binary file \(NUL byte at byte 2\)$/u, 2],
    ['invalid UTF-8 asked for', Buffer.concat([Buffer.from('第一'), Buffer.from([0xff])]), 'utf8', /^invalid UTF-8 at byte 6$/u, 6],
    ['bytes neither UTF-8 nor GB18030', Buffer.concat([Buffer.from('第一，要推进。'), Buffer.from([0xff, 0xff, 0xff])]), undefined, /^invalid UTF-8 at byte 21, and not GB18030 either/u, 21],
    ['an odd number of UTF-16 bytes', Buffer.from([0x41, 0x00, 0x42]), 'utf16le', /^odd number of bytes for UTF-16 LE$/u, 2],
  ])('rejects %s with a DecodeError that says where', (_name, bytes, encoding, message, byteOffset) => {
    let error: unknown;
    try {
      decode(bytes, encoding as Parameters<typeof decode>[1]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).message).toMatch(message);
    expect((error as DecodeError).byteOffset).toBe(byteOffset);
  });

  it('gives an empty text for no bytes', () => {
    expect(decode(new Uint8Array())).toEqual({ text: '', encoding: 'utf8', bom: false });
  });
});

/** The GB18030 bytes of a text of ASCII and Chinese characters. */
function gb18030(value: string): Uint8Array {
  // Node has no GB18030 encoder; build the bytes by decoding every two-byte code and inverting.
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  return new Uint8Array([...value].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : (table.get(char) ?? []))));
}
