import { describe, expect, it } from 'vitest';
import type { Head } from '../src/layout/head.js';
import type { Block } from '../src/layout/reflow.js';
import { parse } from '../src/parse.js';
import { location } from '../src/text/location.js';
import { buildTree } from '../src/tree/build.js';

// The tree stage on its own: blocks and a head in (as the layout stage gives them), the outline
// out, with markers matched, sections and items nested, and positions from the source.

const text = '全市教育工作会议纪要\n\n一、总体要求\n\n坚持稳中求进。一是稳增长；二是防风险。\n\n二、主要任务\n\n加强领导。\n';

/** The block of one source line, its text mapped one to one onto the source. */
const lineBlock = (kind: Block['kind'], line: string): Block => {
  const start = text.indexOf(`${line}\n`);
  return { kind, start, end: start + line.length, open: false, value: line, pieces: [0, line.length, start] };
};

const blocks = (): Block[] => [
  lineBlock('heading', '全市教育工作会议纪要'),
  lineBlock('heading', '一、总体要求'),
  lineBlock('paragraph', '坚持稳中求进。一是稳增长；二是防风险。'),
  lineBlock('heading', '二、主要任务'),
  lineBlock('paragraph', '加强领导。'),
];
const head: Head = { title: [0], subtitle: [], subtitleDash: 0, asParagraph: [], order: [1, 2, 3, 4] };
const build = () => buildTree(blocks(), head, { location: location(text), encoding: 'utf8' });

describe('buildTree', () => {
  it('nests sections and the items of a paragraph under their headline', () => {
    const tree = build();
    expect(tree.title).toBe('全市教育工作会议纪要');
    expect(tree.data).toMatchObject({ encoding: 'utf8' });
    const sections = tree.children.filter((node) => node.type === 'section');
    expect(sections.map((section) => [section.marker, section.ordinal, section.title])).toEqual([
      ['一、', 1, '总体要求'],
      ['二、', 2, '主要任务'],
    ]);
    const [first] = sections as [(typeof sections)[0]];
    expect(first.children.map((node) => node.type)).toEqual(['paragraph', 'list']);
    const list = first.children[1] as Extract<(typeof first.children)[number], { type: 'list' }>;
    expect(list.children.map((item) => [item.marker, item.ordinal, item.title])).toEqual([
      ['一是', 1, '稳增长；'],
      ['二是', 2, '防风险。'],
    ]);
  });

  it('places every node at its source offsets', () => {
    const tree = build();
    const section = tree.children.find((node) => node.type === 'section');
    expect(section?.position?.start).toEqual({ line: 3, column: 1, offset: text.indexOf('一、') });
    const paragraph = section?.type === 'section' ? section.children[0] : undefined;
    expect(paragraph?.type === 'paragraph' && paragraph.value).toBe('坚持稳中求进。');
    expect(paragraph?.position?.start.offset).toBe(text.indexOf('坚持'));
    expect(paragraph?.position?.end.offset).toBe(text.indexOf('坚持') + '坚持稳中求进。'.length);
  });

  it('builds what parse builds from the same text', () => {
    expect(build()).toEqual(parse(text));
  });

  it('drops each block from the array once built, but the title', () => {
    const given: Array<Block | undefined> = blocks();
    buildTree(given, head, { location: location(text), encoding: 'utf8' });
    expect(given.map((block) => block !== undefined)).toEqual([true, false, false, false, false]);
  });
});
