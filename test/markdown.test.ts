import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { stripTree } from '../src/tree/strip.js';
import type { Document, Item, List, Paragraph, Position, Section } from '../src/tree/types.js';
import { toMarkdown } from '../src/write/markdown.js';
import { runInProcess } from './support/run-in-process.js';
import { expectFile } from './support/expect-file.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const seedPath = 'seeds/000_ef45b06f2ab55175.txt';
const seedTree = parse(readFileSync(`${root}${seedPath}`));
const fixtures = readdirSync(`${root}fixtures`).filter((name) => name.endsWith('.txt')).sort();

const run = (argv: string[]) => runInProcess(argv);

/**
 * What a reader of the Markdown sees, block by block: headings with their level, paragraphs,
 * and lists whose items hold their lead text (marker first) and what follows it.
 */
type Block =
  | { heading: string; depth: number }
  | { paragraph: string }
  | { list: Array<{ lead: string; blocks: Block[] }> }
  | { unexpected: string };

/** The blocks the SPEC asks the Markdown of a tree to have (written from the SPEC, not the writer). */
function expectedBlocks(tree: Document): Block[] {
  const blocks: Block[] = [];
  if (tree.title !== undefined) blocks.push({ heading: tree.title, depth: 1 });
  if (tree.subtitle !== undefined) blocks.push({ paragraph: `——${tree.subtitle}` });
  const visit = (node: Section | List | Paragraph, depth: number): Block[] => {
    if (node.type === 'paragraph') return node.value === '' ? [] : [{ paragraph: node.value }];
    if (node.type === 'list') return [{ list: node.children.map(itemBlocks) }];
    const marker = node.marker === undefined ? '' : /\d$/u.test(node.marker) ? `${node.marker} ` : node.marker;
    return [{ heading: `${marker}${node.title}`, depth: Math.min(depth, 6) }, ...node.children.flatMap((child) => visit(child, depth + 1))];
  };
  const itemBlocks = (item: Item): { lead: string; blocks: Block[] } => {
    const [first, ...rest] = item.children;
    const lead = `${item.marker ?? ''}${first?.type === 'paragraph' ? first.value : item.title}`;
    const after = first?.type === 'paragraph' ? rest : item.children;
    return { lead, blocks: after.flatMap((child) => visit(child, 0)) };
  };
  for (const child of tree.children) blocks.push(...visit(child, 2));
  return blocks;
}

/** The blocks remark-parse finds in Markdown; anything but plain text in a block is reported. */
function parsedBlocks(markdown: string): Block[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const textOf = (node: RootContent): string | undefined => {
    if (!('children' in node)) return undefined;
    const parts = node.children.map((child) => (child.type === 'text' ? child.value : undefined));
    return parts.every((part) => part !== undefined) ? parts.join('') : undefined;
  };
  const visit = (node: RootContent): Block => {
    if (node.type === 'heading') return { heading: textOf(node) ?? `<inline ${JSON.stringify(node.children)}>`, depth: node.depth };
    if (node.type === 'paragraph') return { paragraph: textOf(node) ?? `<inline ${JSON.stringify(node.children)}>` };
    if (node.type === 'list') {
      return {
        list: node.children.map((item) => {
          const [first, ...rest] = item.children;
          const lead = first?.type === 'paragraph' ? textOf(first) ?? '<inline>' : '';
          return { lead, blocks: (first?.type === 'paragraph' ? rest : item.children).map(visit) };
        }),
      };
    }
    return { unexpected: node.type };
  };
  return tree.children.map(visit);
}

/** Headings (text) of a tree in order, as the Markdown must show them. */
function treeHeadings(tree: Document): string[] {
  const headings = tree.title === undefined ? [] : [tree.title];
  const visit = (node: Section | List | Paragraph): void => {
    if (node.type !== 'section') return;
    headings.push(node.marker === undefined ? node.title : /\d$/u.test(node.marker) ? `${node.marker} ${node.title}` : `${node.marker}${node.title}`);
    node.children.forEach(visit);
  };
  tree.children.forEach(visit);
  return headings;
}

/** The list nesting of a tree: each list as the shapes of its items, e.g. `[[[],[]],[]]`. */
function treeListShape(tree: Document): string {
  const list = (node: List): string => `[${node.children.map((item) => item.children.filter((c) => c.type === 'list').map(list).join('')).map((inner) => `(${inner})`).join('')}]`;
  const visit = (node: Section | List | Paragraph): string => (node.type === 'list' ? list(node) : node.type === 'section' ? node.children.map(visit).join('') : '');
  return tree.children.map(visit).join('');
}

function markdownListShape(markdown: string): string {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const visit = (node: RootContent): string => {
    if (node.type !== 'list') return '';
    return `[${node.children.map((item) => `(${item.children.map(visit).join('')})`).join('')}]`;
  };
  return tree.children.map(visit).join('');
}

function markdownHeadings(markdown: string): string[] {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  return tree.children.flatMap((node) => (node.type === 'heading' ? [node.children.map((c) => (c.type === 'text' ? c.value : '')).join('')] : []));
}

function allItems(tree: Document): Item[] {
  const items: Item[] = [];
  const visit = (node: Section | List | Item | Paragraph): void => {
    if (node.type === 'item') items.push(node);
    if ('children' in node) (node.children as Array<Section | List | Item | Paragraph>).forEach(visit);
  };
  tree.children.forEach(visit);
  return items;
}

describe('Markdown of the reference document', () => {
  const markdown = toMarkdown(seedTree);

  it('is the reviewed Markdown, opening with the title', () => {
    expect(markdown.startsWith('# 加快建设教育强市 推进教育现代化\n\n——全市教育大会精神要览\n')).toBe(true);
    expectFile(`${root}seeds/000_ef45b06f2ab55175.md`, markdown);
  });

  it('is what the CLI writes by default', async () => {
    const result = await run([seedPath]);
    expect(result).toEqual({ code: 0, stdout: markdown, stderr: '' });
    expect((await run([seedPath, '--format', 'md'])).stdout).toBe(markdown);
  });

  it('re-parses to the same headings, list nesting, item count and text', () => {
    expect(markdownHeadings(markdown)).toEqual(treeHeadings(seedTree));
    expect(markdownHeadings(markdown)).toHaveLength(12);
    expect(markdownListShape(markdown)).toBe(treeListShape(seedTree));
    expect(allItems(seedTree)).toHaveLength(75);
    expect(parsedBlocks(markdown)).toEqual(expectedBlocks(seedTree));
  });

  it('shows every marker as written, at the start of its item', () => {
    for (const marker of ['第一，', '一是', '一要', '（一）', '一方面，', '另一方面，']) expect(markdown).toContain(`- ${marker}`);
    expect(markdown).toContain('### 1 教育系统党的建设不断加强');
    expect(markdown).toContain('### 2 4 教育各项事业实现快速发展');
    const leads = JSON.stringify(parsedBlocks(markdown));
    for (const item of allItems(seedTree)) expect(leads).toContain(JSON.stringify(`${item.marker}${item.title}`).slice(0, -1));
  });

  it('puts the head first: title, subtitle, then the paragraphs under them', () => {
    const blocks = parsedBlocks(markdown);
    expect(blocks.slice(0, 3)).toEqual([
      { heading: '加快建设教育强市 推进教育现代化', depth: 1 },
      { paragraph: '——全市教育大会精神要览' },
      { paragraph: expect.stringMatching(/^深入贯彻全国、全省教育大会精神/u) },
    ]);
    expect(blocks[3]).toEqual({ paragraph: expect.stringMatching(/^优质教育资源短缺/u) });
    expect(blocks[6]).toEqual({ heading: '要办好人民满意的教育，为经济社会高质量发展提供坚强支撑', depth: 2 });
  });
});

describe('Markdown of every fixture', () => {
  it.each(fixtures)('%s re-parses to the same outline and text', (name) => {
    const tree = parse(readFileSync(`${root}fixtures/${name}`));
    const markdown = toMarkdown(tree);
    expect(markdownHeadings(markdown)).toEqual(treeHeadings(tree));
    expect(markdownListShape(markdown)).toBe(treeListShape(tree));
    expect(parsedBlocks(markdown)).toEqual(expectedBlocks(tree));
    for (const item of allItems(tree)) if (item.marker !== undefined) expect(markdown).toContain(item.marker);
  });

  it.each(fixtures)('%s keeps its outline with --outline', (name) => {
    const tree = stripTree(parse(readFileSync(`${root}fixtures/${name}`)), { outline: true });
    const markdown = toMarkdown(tree);
    expect(parsedBlocks(markdown)).toEqual(expectedBlocks(tree));
    expect(parsedBlocks(markdown).some((block) => 'paragraph' in block && !block.paragraph.startsWith('——'))).toBe(false);
  });
});

// Characters that mean something in Markdown, and the markers of every family.
const markdownChars = [...'*_#`\\[]<>|!&;:.)(-+=~"\'{}', ' ', '  ', '\t', '　', '1.', '1)', '2.', '#', '- ', '> ', '***', '---', '===', '&amp;', '&#x20;', '<b>', '[a](b)', '`c`', 'http://x.y', '文字', '教育', '。', '，', 'a', '9'];
const markers = ['第一，', '第二、', '一是', '二要', '（一）', '(二)', '一、', '1.', '2)', '3、', '１．', '（1）', '①', '首先，', '一方面，', '* ', '# ', '- ', '> '];
const text = fc.array(fc.constantFrom(...markdownChars), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
const position: Position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

const { section: sectionArbitrary } = fc.letrec<{ section: Section; list: List; item: Item; paragraph: Paragraph }>((tie) => ({
  paragraph: text.map((value): Paragraph => ({ type: 'paragraph', value, position })),
  item: fc
    .record({ marker: fc.option(fc.constantFrom(...markers), { nil: undefined }), title: text, children: fc.array(fc.oneof({ depthSize: 'small', maxDepth: 4 }, tie('paragraph'), tie('list')), { maxLength: 3 }) })
    .map(({ marker, title, children }): Item => ({ type: 'item', ...(marker === undefined ? { inferred: true } : { marker }), ordinal: 1, style: 'di', title, children: children as Array<Paragraph | List>, position })),
  list: fc.array(tie('item'), { minLength: 1, maxLength: 3 }).map((children): List => ({ type: 'list', style: 'di', children: children as Item[], position })),
  section: fc
    .record({ marker: fc.option(fc.constantFrom('1', '12', '一、', '（一）', '第一，', '2 4'), { nil: undefined }), title: text, children: fc.array(fc.oneof({ depthSize: 'small', maxDepth: 4 }, tie('paragraph'), tie('list'), tie('section')), { maxLength: 3 }) })
    .map(({ marker, title, children }): Section => ({ type: 'section', title, ...(marker === undefined ? {} : { marker, ordinal: 1 }), children: children as Section['children'], position })),
}));

const documentArbitrary = fc
  .record({
    title: fc.option(text, { nil: undefined }),
    subtitle: fc.option(text, { nil: undefined }),
    children: fc.array(fc.oneof(sectionArbitrary, text.map((value): Paragraph => ({ type: 'paragraph', value, position }))), { maxLength: 4 }),
  })
  .map(({ title, subtitle, children }): Document => ({
    type: 'document',
    ...(title === undefined ? {} : { title }),
    ...(subtitle === undefined ? {} : { subtitle }),
    data: { encoding: 'utf8', schemaVersion: '1.0.0' },
    diagnostics: [],
    children,
  }));

describe('Markdown round trip on generated input', () => {
  it('keeps headings, nesting, markers and every character of generated trees literal', () => {
    fc.assert(
      fc.property(documentArbitrary, (tree) => {
        const markdown = toMarkdown(tree);
        expect(parsedBlocks(markdown)).toEqual(expectedBlocks(tree));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the outline of generated meeting texts', () => {
    const line = fc.tuple(fc.constantFrom('', ...markers), text, fc.constantFrom('。', '；', '', '：')).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), fc.constantFrom('\n', '\n\n'), (lines, joint) => {
        const tree = parse(lines.join(joint));
        const markdown = toMarkdown(tree);
        expect(parsedBlocks(markdown)).toEqual(expectedBlocks(tree));
      }),
      { numRuns: 100 },
    );
  });

  it('nests sections one heading level down each, capped at ######', () => {
    const nest = (level: number): Section => ({ type: 'section', title: `层${level}`, children: level < 7 ? [nest(level + 1)] : [], position });
    const tree: Document = { type: 'document', title: '题', data: { encoding: 'utf8', schemaVersion: '1.0.0' }, diagnostics: [], children: [nest(1)] };
    expect(parsedBlocks(toMarkdown(tree))).toEqual([
      { heading: '题', depth: 1 },
      ...[2, 3, 4, 5, 6, 6, 6].map((depth, index) => ({ heading: `层${index + 1}`, depth })),
    ]);
  });

  it('keeps a leading 1. or 1) and other Markdown syntax as literal text', () => {
    const tree: Document = {
      type: 'document',
      title: '# 1. *标题* [链接](x)',
      data: { encoding: 'utf8', schemaVersion: '1.0.0' },
      diagnostics: [],
      children: [
        { type: 'paragraph', value: '1. 这不是有序列表', position },
        { type: 'paragraph', value: '1) 也不是', position },
        { type: 'paragraph', value: '> 不是引用 | 不是表格 <b>不是 HTML</b> \\ _不强调_', position },
      ],
    };
    const markdown = toMarkdown(tree);
    expect(markdown).toContain('1\\. 这不是有序列表');
    expect(parsedBlocks(markdown)).toEqual(expectedBlocks(tree));
  });
});

describe('docs/formats.md', () => {
  const doc = readFileSync(`${root}docs/formats.md`, 'utf8');
  const examples = [...doc.matchAll(/^```console\n\$ jyparse (.*)\n([\s\S]*?)^```$/gmu)].map((match) => ({ argv: (match[1] as string).split(' '), shown: match[2] as string }));

  it('has an example of every format', () => {
    expect(examples.map((example) => example.argv.join(' ').replace(seedPath, 'S'))).toEqual([
      'S', 'S --format yaml', 'S --format json', 'S --format tree', 'S --format tree --depth 1', 'S --outline --depth 0',
      'S --format json --outline --depth 1', 'stats S', 'stats S --format json', 'stats S --format yaml', 'stats S --format md',
      // Input formats, on the project's fixtures.
      'fixtures/pdf/speech-di-colon.gongwen.s4.pdf --format tree', 'text fixtures/pdf/speech-di-colon.gongwen.s4.pdf',
      'fixtures/pdf/speech-di-colon.gongwen.s4.pdf --format json', 'fixtures/docx/auto-notice-outline.docx --format tree',
      'text fixtures/docx/auto-notice-outline.docx', 'fixtures/html/gb2312-table-layout.html --format tree --depth 1',
      'stats fixtures/html/gb2312-table-layout.html',
    ]);
  });

  it.each(examples.map((example) => [example.argv.join(' '), example] as const))('shows real output of jyparse %s', async (_name, { argv, shown }) => {
    const { code, stdout } = await run(argv);
    expect(code).toBe(0);
    const output = stdout.replaceAll('\r\n', '\n');
    // `…` lines stand for lines left out; every other line is shown as written, in order.
    const chunks = shown.split(/^…\n/mu);
    let from = 0;
    chunks.forEach((chunk, index) => {
      if (chunk === '') return;
      const at = index === 0 ? (output.startsWith(chunk) ? 0 : -1) : output.indexOf(chunk, from);
      expect(at, chunk).toBeGreaterThanOrEqual(0);
      expect(at === 0 || output[at - 1] === '\n').toBe(true);
      from = at + chunk.length;
    });
    if (!shown.endsWith('…\n')) expect(from).toBe(output.length);
  });
});
