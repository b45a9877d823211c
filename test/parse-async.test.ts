import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecodeError, parse, parseAsync, ReadError, type Document, type Position } from '../src/index.js';
import { assertTree } from '../src/tree/assert.js';
import { parseExtracted } from '../src/parse.js';
import { read } from '../src/read/read.js';

// The library reads every format (SPEC section 10): `parse` stays synchronous for text, and
// `parseAsync` takes the bytes of a PDF, a Word file, an HTML page or a text file.

const fixtures = new URL('../fixtures/', import.meta.url);
const bytesOf = (path: string): Buffer => readFileSync(new URL(path, fixtures));
const seedText = readFileSync(new URL('../seeds/000_ef45b06f2ab55175.txt', import.meta.url), 'utf8');
const pdf = 'pdf/notice-four-levels.gongwen.s1.pdf';
const docx = 'docx/auto-notice-outline.docx';
const html = 'html/gov-portal-notice.html';

const schema = JSON.parse(readFileSync(new URL('../schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addVocabulary(['schemaVersion']);
const validate = ajv.compile(schema);

/** Every position of a tree, in document order: nodes, figures, then furniture and diagnostics. */
function positionsOf(tree: Document): Position[] {
  const found: Position[] = [];
  const visit = (node: { position?: Position; children?: unknown[]; figures?: Array<{ position: Position }> }): void => {
    if (node.position) found.push(node.position);
    for (const figure of node.figures ?? []) found.push(figure.position);
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  for (const child of tree.children) visit(child);
  for (const line of tree.furniture ?? []) found.push(line.position);
  for (const diagnostic of tree.diagnostics) found.push(diagnostic.position);
  return found;
}

describe('parseAsync', () => {
  it.each([
    [pdf, 'pdf'],
    [docx, 'docx'],
    [html, 'html'],
  ])('reads %s from a Buffer, a Uint8Array or an ArrayBuffer; data.format says %s', async (path, format) => {
    const buffer = bytesOf(path);
    const tree = await parseAsync(buffer, { name: path });
    expect(tree.data.format).toBe(format);
    expect(tree.title).toEqual(expect.any(String));
    const copy = new Uint8Array(buffer);
    expect(await parseAsync(copy)).toEqual(tree);
    expect(await parseAsync(copy.buffer, { from: format as 'pdf' })).toEqual(tree);
  });

  it('gives the tree parse gives for text, as a string or as bytes', async () => {
    expect(await parseAsync(seedText)).toEqual(parse(seedText));
    expect(await parseAsync(new TextEncoder().encode(seedText))).toEqual(parse(seedText));
    expect((await parseAsync(seedText)).data.format).toBeUndefined();
  });

  it('takes from over the bytes: an HTML page as text, a string as an HTML page', async () => {
    const page = bytesOf(html);
    expect((await parseAsync(page, { from: 'text' })).data.format).toBeUndefined();
    const fromString = await parseAsync(page.toString('utf8'), { from: 'html' });
    expect(fromString).toEqual(await parseAsync(page));
  });

  it('rejects a file it cannot read with a ReadError, text it cannot decode with a DecodeError', async () => {
    await expect(parseAsync(bytesOf('pdf/bad/encrypted.pdf'))).rejects.toBeInstanceOf(ReadError);
    await expect(parseAsync(bytesOf('docx/bad/old-word.doc'))).rejects.toThrow('save it as .docx');
    await expect(parseAsync(new Uint8Array([0xe4, 0xb8, 0x41]), { encoding: 'utf8' })).rejects.toBeInstanceOf(DecodeError);
  });

  it('reads any bytes to a tree, or rejects with a ReadError or a DecodeError, never anything else', async () => {
    const starts = ['', '%PDF-1.7\n', 'PK\u0003\u0004', '<!DOCTYPE html><html><body>', '\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1'];
    const latin1 = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...starts), fc.uint8Array({ maxLength: 300 }), async (start, rest) => {
        try {
          expect((await parseAsync(new Uint8Array([...latin1(start), ...rest]))).type).toBe('document');
        } catch (error) {
          expect(['ReadError', 'DecodeError']).toContain((error as Error).name);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('rejects bad arguments with a TypeError that says what it expected', async () => {
    await expect(parseAsync(42 as unknown as string)).rejects.toThrow('Cannot parse 42, expected a string, a Uint8Array or an ArrayBuffer');
    await expect(parseAsync(seedText, { from: 'rtf' as 'text' })).rejects.toThrow('Cannot parse from `rtf`, expected one of `pdf`, `docx`, `html`, `text`');
    await expect(parseAsync(seedText, null as unknown as object)).rejects.toBeInstanceOf(TypeError);
  });
});

describe('parse stays synchronous, for text', () => {
  it('reads a string and the bytes of a text file as it did', () => {
    expect(parse(new TextEncoder().encode(seedText))).toEqual(parse(seedText));
    expect(parse(seedText, { from: 'text' })).toEqual(parse(seedText));
    // An HTML page's bytes without `from` are text here, as before: only parseAsync reads pages.
    expect(parse(bytesOf(html)).data.format).toBeUndefined();
  });

  it('sends a PDF or a Word file, or a from it cannot read, to parseAsync with a TypeError', () => {
    expect(() => parse(bytesOf(pdf))).toThrow("Cannot parse a pdf file synchronously, expected `await parseAsync(input, { from: 'pdf' })`");
    expect(() => parse(bytesOf(docx))).toThrow(TypeError);
    expect(() => parse(seedText, { from: 'html' })).toThrow("Cannot parse a html file synchronously, expected `await parseAsync(input, { from: 'html' })`");
    expect(() => parse(undefined as unknown as string)).toThrow('Cannot parse undefined, expected a string, a Uint8Array or an ArrayBuffer');
    expect(() => parse([] as unknown as string)).toThrow('Cannot parse an array');
    expect(() => parse(seedText, { from: 'doc' as 'text' })).toThrow(TypeError);
  });
});

describe('position.page', () => {
  // pdf.js takes a good part of a second a file: the fast suite reads every third fixture (both
  // layouts come), the slow one (JYPARSE_SLOW, vitest.slow.config.ts) all of them.
  const pdfs = readdirSync(new URL('pdf/', fixtures)).filter((name) => name.endsWith('.pdf')).sort()
    .filter((_, index) => process.env.JYPARSE_SLOW === '1' || index % 3 === 0);

  it.each(pdfs)('%s: every node, figure, furniture line and diagnostic carries the page it starts on', async (name) => {
    const bytes = bytesOf(`pdf/${name}`);
    // The path parseAsync takes, with the reader's facts at hand (pdf.js is slow to read twice).
    const extracted = await read(bytes);
    const tree = parseExtracted(extracted);
    const positions = positionsOf(tree);
    expect(positions.length).toBeGreaterThan(0);
    const pageOfLine = new Map(extracted.facts.map((fact) => [fact.line + 1, fact.page]));
    for (const position of positions) expect(position.page, JSON.stringify(position)).toBe(pageOfLine.get(position.start.line));
    expect(new Set(positions.map((position) => position.page)).size).toBe(Math.max(...extracted.facts.map((fact) => fact.page ?? 1)));
    assertTree(tree);
    expect(validate(JSON.parse(JSON.stringify(tree))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is absent where the format has no pages (text, Word, HTML)', async () => {
    for (const tree of [parse(seedText), await parseAsync(bytesOf(docx)), await parseAsync(bytesOf(html))]) {
      expect(positionsOf(tree).filter((position) => 'page' in position)).toEqual([]);
    }
  });

  it('is checked by assertTree: a whole number of at least 1, and nothing else beside start and end', () => {
    const tree = parse(seedText);
    const paragraph = tree.children.find((child) => child.type === 'paragraph') ?? tree.children[0];
    const position = (paragraph as { position: Position }).position;
    Object.assign(position, { page: 0 });
    expect(() => assertTree(tree)).toThrow(/page` to be an integer of at least 1, got `0`/u);
    Object.assign(position, { page: 2, sheet: 1 });
    expect(() => assertTree(tree)).toThrow(/expected no `position\.sheet`/u);
  });
});
