import { readCompat } from '../../src/layout/page/compat.js';
import { expect } from 'vitest';
import { splitLines } from '../../src/text/lines.js';
import { assertTree } from '../../src/tree/assert.js';
import type { Document, Position } from '../../src/tree/types.js';

interface Loose {
  type: string;
  position?: Position;
  marker?: string;
  value?: string;
  children?: Loose[];
}

const squeeze = (text: string): string => text.replace(/[\s\u3000\u00a0\ufeff]+/gu, '');

/**
 * The invariants every tree must hold (STYLE.md, Tests): lossless lines, positions inside their
 * parents and pointing at what they describe, every letter and digit of the input exactly once.
 */
export function expectInvariants(tree: Document, source: string): void {
  assertTree(tree);
  const lines = splitLines(source);
  expect(lines.map((line) => source.slice(line.start, line.end) + line.eol).join('')).toBe(source);

  // A paragraph cut by a page break spans the furniture between its parts, which is not its text.
  const furniture = ((tree as unknown as { furniture?: Array<{ position: Position }> }).furniture ?? []).map((line) => line.position);
  const withoutFurniture = (start: number, end: number): string => {
    let text = '';
    let at = start;
    for (const line of furniture) {
      if (line.start.offset < at || line.end.offset > end) continue;
      text += source.slice(at, line.start.offset);
      at = line.end.offset;
    }
    return text + source.slice(at, end);
  };
  const visit = (node: Loose, parent: Loose | undefined): void => {
    if (node.type !== 'document') {
      const at = node.position as Position;
      expect(at, `${node.type} has a position`).toBeDefined();
      expect(at.start.offset).toBeLessThanOrEqual(at.end.offset);
      if (parent && parent.type !== 'document') {
        const outer = parent.position as Position;
        expect(at.start.offset, `${node.type} starts inside its ${parent.type}`).toBeGreaterThanOrEqual(outer.start.offset);
        expect(at.end.offset, `${node.type} ends inside its ${parent.type}`).toBeLessThanOrEqual(outer.end.offset);
      }
      if (node.type === 'paragraph') expect(squeeze(readCompat(withoutFurniture(at.start.offset, at.end.offset)).text)).toBe(squeeze(node.value ?? ''));
      // A marker may be cut by the wrap (`一` / `是`): compare without layout white space.
      if (node.type === 'item' && node.marker) {
        expect(squeeze(readCompat(source.slice(at.start.offset, at.start.offset + node.marker.length + 8)).text)).toMatch(new RegExp(`^${escape(squeeze(node.marker))}`, 'u'));
      }
    }
    for (const child of node.children ?? []) visit(child, node);
  };
  visit(tree as unknown as Loose, undefined);

  // Lossless (SPEC 2): the document's title and subtitle, section titles and markers, item
  // markers and paragraph values hold every letter and digit of the input, exactly once.
  const texts: string[] = [];
  const collect = (node: Record<string, unknown>): void => {
    const fields = node.type === 'document' ? ['title', 'subtitle'] : node.type === 'section' ? ['title', 'marker'] : node.type === 'item' ? ['marker'] : ['value'];
    for (const key of fields) if (typeof node[key] === 'string') texts.push(node[key] as string);
    for (const line of (node.furniture as Array<{ value: string }> | undefined) ?? []) texts.push(line.value);
    for (const child of (node.children as Array<Record<string, unknown>> | undefined) ?? []) collect(child);
  };
  collect(tree as unknown as Record<string, unknown>);
  const counts = (text: string): Map<string, number> => {
    const map = new Map<string, number>();
    // Compatibility characters count as the ideographs they stand for (SPEC section 9).
    const read = text.replace(/[\u2e80-\u2fdf\uf900-\ufaff]/gu, (c) => c.normalize('NFKC'));
    for (const char of read.match(/[\p{L}\p{N}]/gu) ?? []) map.set(char, (map.get(char) ?? 0) + 1);
    return map;
  };
  const have = counts(texts.join(''));
  const want = counts(source);
  const differences = [...new Set([...have.keys(), ...want.keys()])]
    .filter((char) => have.get(char) !== want.get(char))
    .map((char) => `${char}: ${have.get(char) ?? 0} in the tree, ${want.get(char) ?? 0} in the input`);
  expect(differences).toEqual([]);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
