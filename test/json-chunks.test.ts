import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { writeJsonChunks } from '../src/write/json-chunks.js';
import { seedAndFixtures } from './support/texts.js';

const chunksOf = (value: unknown, indent: number): string[] => {
  const chunks: string[] = [];
  writeJsonChunks(value, indent, (chunk) => chunks.push(chunk));
  return chunks;
};
const textOf = (value: unknown, indent: number): string => chunksOf(value, indent).join('');
const expected = (value: unknown, indent: number): string => `${JSON.stringify(value, undefined, indent || undefined)}\n`;

describe('writeJsonChunks', () => {
  it.each(seedAndFixtures())('writes the tree of %s as JSON.stringify does', (_, text) => {
    const tree = parse(text);
    expect(textOf(tree, 2)).toBe(expected(tree, 2));
    expect(textOf(tree, 0)).toBe(expected(tree, 0));
  });

  it('writes any JSON value as JSON.stringify does, indented or not', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 1, 2, 4, 12), (value, indent) => {
        expect(textOf(value, indent)).toBe(expected(value, indent));
      }),
      { numRuns: 500 },
    );
  });

  it('writes a key as it is, whatever keys it wrote before, indented or not', () => {
    // Once a cache of written keys took `" ;"` on one line for `";"` indented.
    const value = [{ ' ;': 1 }, { ';': 2 }];
    expect(textOf(value, 0)).toBe(expected(value, 0));
    expect(textOf(value, 2)).toBe(expected(value, 2));
  });

  it('leaves out what JSON leaves out, and writes null for what it cannot hold', () => {
    const value = { a: undefined, b: () => 1, c: Symbol('c'), d: [undefined, () => 1, Number.NaN, Infinity, -0], e: {}, f: [], 'g"h': '\u2028\ud800' };
    expect(textOf(value, 2)).toBe(expected(value, 2));
    expect(textOf(value, 0)).toBe(expected(value, 0));
    expect(textOf([], 2)).toBe('[]\n');
    expect(textOf('text', 2)).toBe('"text"\n');
  });

  it('never holds a large output as one string: chunks of about 64K characters', () => {
    const paragraphs = Array.from({ length: 20_000 }, (_, index) => ({ type: 'paragraph', value: `第${index}段。`.repeat(3) }));
    const chunks = chunksOf({ type: 'document', children: paragraphs }, 2);
    expect(chunks.length).toBeGreaterThan(20);
    // A chunk is handed on once it passes 64K, after the node that passed it: a paragraph here.
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan((1 << 16) + 200);
  });
});
