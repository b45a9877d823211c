import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parse } from '../src/parse.js';
import { stripTree } from '../src/tree/strip.js';
import type { Document } from '../src/tree/types.js';
import { runInProcess } from './support/run-in-process.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const seedPath = 'seeds/000_ef45b06f2ab55175.txt';
const seedTree = parse(readFileSync(`${root}${seedPath}`));

const run = (argv: string[]) => runInProcess(argv);

interface Loose {
  type: string;
  ordinal?: number;
  marker?: string;
  title?: string;
  position?: unknown;
  figures?: Array<{ position?: unknown }>;
  children?: Loose[];
}

const isNumbered = (node: Loose): boolean => node.type === 'item' || (node.type === 'section' && node.ordinal !== undefined);

/** The deepest level of numbering in a tree (0 when nothing is numbered). */
function numberingDepth(node: Loose, above = 0): number {
  const here = isNumbered(node) ? above + 1 : above;
  return Math.max(here, ...(node.children ?? []).map((child) => numberingDepth(child, here)));
}

/** Every node of a tree, depth first. */
function nodes(node: Loose): Loose[] {
  return [node, ...(node.children ?? []).flatMap(nodes)];
}

function count(tree: Loose, type: string): number {
  return nodes(tree).filter((node) => node.type === type).length;
}

/** The deepest nesting of lists in Markdown, read back with remark-parse. */
function markdownListDepth(markdown: string): number {
  const depth = (node: RootContent): number =>
    node.type === 'list' ? 1 + Math.max(0, ...node.children.flatMap((item) => item.children.map(depth))) : 0;
  return Math.max(0, ...(unified().use(remarkParse).parse(markdown) as Root).children.map(depth));
}

function markdownHeadings(markdown: string): number {
  return (unified().use(remarkParse).parse(markdown) as Root).children.filter((node) => node.type === 'heading').length;
}

describe('stripTree', () => {
  const full = seedTree as unknown as Loose;

  it('has three levels of numbering in the seed to cut', () => {
    expect(numberingDepth(full)).toBe(3);
    expect(count(full, 'item')).toBe(75);
  });

  it.each([0, 1, 2, 3])('--depth %i keeps that many levels of numbering', (depth) => {
    const stripped = stripTree(seedTree, { depth }) as unknown as Loose;
    expect(numberingDepth(stripped)).toBe(depth);
    // Unnumbered sections are no level: all seven stay at every depth.
    expect(nodes(stripped).filter((node) => node.type === 'section' && node.ordinal === undefined)).toHaveLength(7);
  });

  it('--depth 0 keeps only unnumbered sections and the paragraphs outside numbered nodes', () => {
    const stripped = stripTree(seedTree, { depth: 0 });
    const all = nodes(stripped as unknown as Loose);
    expect(all.filter((node) => node.type === 'list' || node.type === 'item')).toEqual([]);
    expect(all.filter((node) => node.type === 'section').map((node) => node.ordinal)).toEqual(Array(7).fill(undefined));
    // The head (4 paragraphs) and one introduction under each of the 7 sections.
    expect(count(stripped as unknown as Loose, 'paragraph')).toBe(4 + 7);
    expect(stripped.title).toBe(seedTree.title);
    expect(stripped.diagnostics).toEqual(seedTree.diagnostics);
  });

  it('--depth 1 keeps first-level items and numbered headlines (the inferred 4 too), not their sub-items', () => {
    const stripped = stripTree(seedTree, { depth: 1 }) as unknown as Loose;
    expect(count(stripped, 'item')).toBe(5 + 5 + 4 + 4 + 3 + 3 + 4);
    expect(nodes(stripped).filter((node) => node.type === 'section' && node.ordinal !== undefined).map((node) => node.ordinal)).toEqual([1, 3, 2, 4]);
    // A kept item keeps its own paragraph.
    const first = nodes(stripped).find((node) => node.type === 'item');
    expect(first?.children?.map((child) => child.type)).toEqual(['paragraph']);
  });

  it('--depth 2 drops only the 一是 items under 另一方面', () => {
    expect(count(stripTree(seedTree, { depth: 2 }) as unknown as Loose, 'item')).toBe(75 - 3);
  });

  it('--outline drops paragraphs, positions and diagnostics, and keeps every title', () => {
    const stripped = stripTree(seedTree, { outline: true }) as unknown as Loose;
    const all = nodes(stripped);
    expect(all.filter((node) => node.type === 'paragraph')).toEqual([]);
    expect(all.filter((node) => node.position !== undefined)).toEqual([]);
    expect(count(stripped, 'item')).toBe(75);
    expect((stripped as unknown as Document).diagnostics).toEqual([]);
  });

  it('--positions drops node and figure positions, and keeps figures', () => {
    const stripped = stripTree(seedTree, { positions: true }) as unknown as Loose;
    const figures = nodes(stripped).flatMap((node) => node.figures ?? []);
    expect(figures).toHaveLength(15);
    expect(figures.filter((figure) => figure.position !== undefined)).toEqual([]);
    expect(nodes(stripped).filter((node) => node.position !== undefined)).toEqual([]);
  });

  it('leaves the tree it is given alone', () => {
    const before = JSON.stringify(seedTree);
    stripTree(seedTree, { outline: true, depth: 1, positions: true });
    expect(JSON.stringify(seedTree)).toBe(before);
  });
});

describe('--outline and --depth in every format', () => {
  it.each([0, 1, 2])('json --depth %i', async (depth) => {
    const { code, stdout } = await run([seedPath, '--format', 'json', '--depth', String(depth)]);
    expect(code).toBe(0);
    const tree = JSON.parse(stdout) as Loose;
    expect(numberingDepth(tree)).toBe(depth);
    expect(tree).toEqual(JSON.parse(JSON.stringify(stripTree(seedTree, { depth }))));
  });

  it('json --outline', async () => {
    const tree = JSON.parse((await run([seedPath, '--format', 'json', '--outline'])).stdout) as Loose;
    expect(count(tree, 'paragraph')).toBe(0);
    expect(count(tree, 'item')).toBe(75);
    expect(nodes(tree).filter((node) => node.position !== undefined)).toEqual([]);
  });

  it.each([0, 1, 2])('yaml --depth %i', async (depth) => {
    const { code, stdout } = await run([seedPath, '--format', 'yaml', '--depth', String(depth)]);
    expect(code).toBe(0);
    const tree = parseYaml(stdout) as Loose;
    expect(numberingDepth(tree)).toBe(depth);
    expect(count(tree, 'paragraph')).toBeGreaterThan(0);
  });

  it('yaml --outline --depth 1', async () => {
    const tree = parseYaml((await run([seedPath, '--format', 'yaml', '--outline', '--depth', '1'])).stdout) as Loose;
    expect(count(tree, 'paragraph')).toBe(0);
    expect(numberingDepth(tree)).toBe(1);
    expect(count(tree, 'item')).toBe(28);
  });

  it.each([
    [0, 0, 8],
    [1, 1, 12],
    [2, 2, 12],
    [3, 3, 12],
  ])('md --depth %i nests lists %i deep, with %i headings', async (depth, listDepth, headings) => {
    const { code, stdout } = await run([seedPath, '--depth', String(depth)]);
    expect(code).toBe(0);
    expect(markdownListDepth(stdout)).toBe(listDepth);
    expect(markdownHeadings(stdout)).toBe(headings);
  });

  it('md --outline: headings and item titles only', async () => {
    const { stdout } = await run([seedPath, '--format', 'md', '--outline']);
    expect(stdout).toContain('- （四）筑牢学校安全防线。\n');
    expect(stdout).not.toContain('要按照“谁主管、谁负责”的原则');
    expect(stdout).not.toContain('深入贯彻全国、全省教育大会精神，动员');
    expect(markdownListDepth(stdout)).toBe(3);
  });

  it.each([
    [0, 1 + 1 + 7],
    [1, 9 + 28 + 4],
    [2, 9 + 72 + 4],
  ])('tree --depth %i has %i lines', async (depth, lines) => {
    const { stdout } = await run([seedPath, '--format', 'tree', '--depth', String(depth)]);
    expect(stdout.trimEnd().split('\n')).toHaveLength(lines);
    const deepest = Math.max(...stdout.trimEnd().split('\n').map((line) => (/^ */u.exec(line)?.[0].length ?? 0) / 2));
    expect(deepest).toBe(depth);
  });

  it('tree --outline is the tree outline', async () => {
    const outline = await run([seedPath, '--format', 'tree', '--outline']);
    const plain = await run([seedPath, '--format', 'tree']);
    expect(outline.stdout).toBe(plain.stdout);
    expect(outline.stdout.trimEnd().split('\n')).toHaveLength(2 + 7 + 75 + 4);
  });

  it('rejects a --depth that is not a whole number', async () => {
    const { code, stderr } = await run([seedPath, '--depth', '-1']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^jyparse: error: /u);
  });
});
