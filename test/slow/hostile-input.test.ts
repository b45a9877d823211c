import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root, runCli } from '../support/run-cli.js';

// Inputs too large for `npm test`: the real CLI on a 50 MB file and on a 1 MB line with no break
// (SPEC 7). That they take time linear in their size is checked in the fast suite by counting
// (test/figures.test.ts) and by a ratio of two sizes (test/properties.test.ts); here, only that
// they convert, whole.

const seedText = readFileSync(join(root, 'seeds/000_ef45b06f2ab55175.txt'), 'utf8');
const made: string[] = [];
const temporary = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'jyparse-slow-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('hostile input (SPEC 7), at full size', () => {
  it('converts a 1 MB line with no break, every character of it', () => {
    const sentence = '第一，要推进学前教育普及普惠。一是加快推进公办园建设。';
    const file = join(temporary(), 'line.txt');
    writeFileSync(file, sentence.repeat(40_000));
    const result = runCli([file, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    // Every character is in a marker (第一，, 一是) or a paragraph: nothing is dropped.
    let characters = 0;
    let paragraphs = 0;
    const walk = (node: Record<string, unknown>): void => {
      if (node.type === 'paragraph') {
        characters += String(node.value).length;
        paragraphs++;
      }
      if (node.type === 'item') characters += String(node.marker).length;
      for (const child of (node.children as Array<Record<string, unknown>> | undefined) ?? []) walk(child);
    };
    walk(JSON.parse(result.stdout));
    expect(characters).toBe(sentence.length * 40_000);
    expect(paragraphs).toBe(2 * 40_000);
  });

  it('converts a 50 MB file', () => {
    const dir = temporary();
    const big = join(dir, 'big.txt');
    const copies = Math.ceil(50e6 / Buffer.byteLength(seedText));
    writeFileSync(big, Array.from({ length: copies }, () => seedText).join('\n'));
    const out = join(dir, 'big.json');
    const result = runCli([big, '--format', 'json', '-o', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const head = readFileSync(out).subarray(0, 40).toString('utf8');
    expect(head.startsWith('{\n  "type": "document"')).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });
});
