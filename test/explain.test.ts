import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo, run } from './support/memory-io.js';
import { explain } from '../src/index.js';
import { parse } from '../src/parse.js';
import { layoutRules } from '../src/layout/rules/index.js';

const seedPath = resolve(import.meta.dirname, '../seeds/000_ef45b06f2ab55175.txt');
const seed = readFileSync(seedPath, 'utf8');
const ruleIds = new Set(Object.values(layoutRules).flat().map((rule) => rule.id));


const small = ['关于做好全市招生工作的通知', '', '各区县教育局：', '为做好今年的招生工作，现将有关事项通', '知如下。', '一、总体要求'].join('\n');

describe('explain (SPEC section 4)', () => {
  it('names a registered rule on every line of the seed, in line order', async () => {
    const lines = await explain(seed);
    const count = seed.split('\n').length - (seed.endsWith('\n') ? 1 : 0);
    expect(lines.map((entry) => entry.line)).toEqual(Array.from({ length: count }, (_, index) => index + 1));
    for (const entry of lines) expect(ruleIds.has(entry.rule), `line ${entry.line}: ${entry.rule}`).toBe(true);
  });

  it('gives each line its role and the rule that decided it', async () => {
    expect(await explain(small)).toEqual([
      { line: 1, role: 'title', rule: 'title-first-block', split: 'first-line', text: '关于做好全市招生工作的通知' },
      { line: 2, role: 'blank', rule: 'addressee', text: '' },
      { line: 3, role: 'paragraph', rule: 'body-text', split: 'addressee', text: '各区县教育局：' },
      { line: 4, role: 'paragraph', rule: 'body-text', split: 'short-line', text: '为做好今年的招生工作，现将有关事项通' },
      { line: 5, role: 'continuation', rule: 'full-line-runs-on', text: '知如下。' },
      { line: 6, role: 'paragraph', rule: 'last-block', split: 'short-line', text: '一、总体要求' },
    ]);
  });

  it('agrees with the tree: the title and subtitle lines are those parse gives', async () => {
    const lines = await explain(seed);
    const tree = parse(seed);
    expect(lines.filter((entry) => entry.role === 'title').map((entry) => entry.text).join('')).toBe(tree.title);
    expect(lines.filter((entry) => entry.role === 'subtitle').map((entry) => entry.text.replace(/^——/u, '')).join('')).toBe(tree.subtitle);
  });

  it('explains a PDF line by line of the text jyparse reads out of it', async () => {
    const pdf = readFileSync(resolve(import.meta.dirname, '../fixtures/pdf/communique-di-inline.paper.s3.pdf'));
    const { read } = await import('../src/read/read.js');
    const { text } = await read(pdf);
    const lines = await explain(pdf);
    expect(new Set(lines.map((entry) => entry.line)).size).toBe(text.split('\n').length - (text.endsWith('\n') ? 1 : 0));
    for (const entry of lines) expect(ruleIds.has(entry.rule)).toBe(true);
    expect(lines.some((entry) => entry.role === 'headline' || entry.role === 'title')).toBe(true);
  });

  it('reads bytes as the converter does', async () => {
    expect(await explain(new TextEncoder().encode(small))).toEqual(await explain(small));
  });
});

describe('jyparse explain', () => {
  it('prints line, role, rule and split in aligned columns, then the whole line', async () => {
    const { code, out, err } = await run(['explain', 'small.txt'], memoryIo({ 'small.txt': small }));
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const rows = out.trimEnd().split('\n');
    expect(rows).toHaveLength(7);
    expect(rows[0]).toMatch(/^#\s+role\s+rule\s+split\s+text$/u);
    const textColumn = (rows[1] as string).indexOf('关于');
    expect(rows[4]?.indexOf('为做好')).toBe(textColumn);
    expect(rows[5]).toMatch(/^5 {2}continuation +full-line-runs-on +知如下。$/u);
    expect(rows[4]?.endsWith('现将有关事项通')).toBe(true);
  });

  it('cuts the text to the terminal width on a terminal', async () => {
    const { out } = await run(['explain', 'small.txt'], memoryIo({ 'small.txt': small }, { isTTY: true, env: { COLUMNS: '80' } }));
    const row = out.split('\n')[4] as string;
    expect(row.endsWith('…')).toBe(true);
    const cells = [...row].reduce((sum, char) => sum + (char.charCodeAt(0) < 0x1100 ? 1 : 2), 0);
    expect(cells).toBeLessThanOrEqual(80);
  });

  it('gives an array of {line, role, rule, text} with --format json', async () => {
    const { code, out } = await run(['explain', '--format', 'json', 'small.txt'], memoryIo({ 'small.txt': small }));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual(await explain(small));
  });

  it('reads standard input', async () => {
    const { code, out } = await run(['explain', '-f', 'json'], memoryIo({ '-': small }));
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveLength(6);
  });

  it('says in one line why a file cannot be read, and exits 2', async () => {
    const { code, out, err } = await run(['explain', 'missing.txt'], memoryIo({}));
    expect({ code, out }).toEqual({ code: 2, out: '' });
    expect(err.trimEnd().split('\n')).toHaveLength(1);
    expect(err).toMatch(/^jyparse: .*missing\.txt/u);
  });

  it('says in one line why bytes cannot be decoded, and exits 2', async () => {
    const { code, err } = await run(['explain', '--encoding', 'utf8', 'bad.txt'], memoryIo({ 'bad.txt': new Uint8Array([0xe6, 0x9d, 0x0a, 0xff, 0xfe, 0x41]) }));
    expect(code).toBe(2);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
  });
});
