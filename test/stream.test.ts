import { readCompat } from '../src/layout/page/compat.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findHead, findHeadEarly } from '../src/layout/head.js';
import { reflow } from '../src/layout/reflow.js';
import { mayHoldSubtitleLine } from '../src/layout/shape.js';
import { parse } from '../src/parse.js';
import { location } from '../src/text/location.js';
import { buildTree } from '../src/tree/build.js';
import type { Document } from '../src/tree/types.js';
import { newspaperize } from './support/newspaperize.js';
import { seedAndFixtures } from './support/texts.js';

// `parse` builds the tree while the layout stage still reads, once the first blocks have told
// where the head is. These tests hold it to the plain path: every block first, then the head
// found in all of them, then the tree.
// The same tree built from all the blocks at once (the page stage's furniture and its count of
// compatibility characters aside, which the streaming path adds after the tree is built).
const wholeDocument = (text: string): Document => {
  const compat = readCompat(text).text;
  const blocks = reflow(compat);
  return buildTree(blocks, findHead(blocks), { location: location(compat), encoding: 'utf8' });
};
const streamed = (text: string): Document => {
  const { furniture: _furniture, ...tree } = parse(text);
  return { ...tree, diagnostics: tree.diagnostics.filter((diagnostic) => diagnostic.ruleId !== 'JY030/compat-characters') };
};

// Lines of the genre's heads and bodies: titles over two lines, subtitles, repeats of the title,
// addressees, headlines of every family, paragraphs, dates.
const lines = [
  '东川省教育厅', '关于做好2024年教育工作的通知', '加快建设教育强市', '推进教育现代化', '——全市教育大会精神要览',
  '—— 在全市教育大会上的讲话', '--会议纪要', '各市教育局：', '同志们：', '一、总体要求', '二、重点任务', '（一）加强党的建设',
  '（二）深化改革', '1.完善制度', '2 教育系统党的建设不断加强', '3 4教育各项事业实现快速发展', '首先，要提高认识。',
  '第一，坚持正确方向。第二，狠抓落实。', '一是加快发展；二是规范管理。', '全年投入资金9.2亿元，新建学校710个，覆盖率达100%。',
  '会议强调，要把教育摆在优先发展的战略地位，办好人民满意的教育。', '2018年12月7日', '（此件公开发布）', '附件：1.任务分工',
];
const documentText = fc
  .array(fc.tuple(fc.constantFrom(...lines), fc.constantFrom('\n', '\n\n', '\n\n\n')), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([line, end]) => line + end).join(''));

const sources = seedAndFixtures();

describe('parse builds the tree while it reads', () => {
  it.each(sources)('gives the tree of the whole-document path for %s, as written, newspaperized and after another document', (_, text) => {
    expect(streamed(text)).toEqual(wholeDocument(text));
    const laidOut = newspaperize(text, 7);
    expect(streamed(laidOut)).toEqual(wholeDocument(laidOut));
    // A title further on (a subtitle line below it) is found after the blocks before it.
    const joined = `${sources[1]?.[1] ?? ''}\n${text}`;
    expect(streamed(joined)).toEqual(wholeDocument(joined));
  });

  it('gives the tree of the whole-document path for any text of the genre, and any text', () => {
    fc.assert(
      fc.property(fc.oneof(documentText, documentText.map((text) => newspaperize(text, 3)), fc.string({ maxLength: 200 })), (text) => {
        expect(streamed(text)).toEqual(wholeDocument(text));
      }),
      { numRuns: 600 },
    );
  });
});

describe('findHeadEarly', () => {
  const blocksOf = (text: string) => reflow(text);

  it('waits while a subtitle line may still come, and decides once it has come and a headline closes the head', () => {
    const text = '会议要求抓好落实。\n\n加快建设教育强市\n——全市教育大会精神要览\n\n本报讯 会议召开。\n\n一、总体要求\n\n坚持优先发展。\n';
    const blocks = blocksOf(text);
    expect(mayHoldSubtitleLine(text)).toBe(true);
    // Before the subtitle line, nothing is decided.
    expect(findHeadEarly(blocks.slice(0, 2), true)).toEqual({ kind: 'need-more' });
    const headline = blocks.findIndex((block) => block.value === '一、总体要求');
    expect(findHeadEarly(blocks.slice(0, headline), true)).toEqual({ kind: 'need-more' });
    const decision = findHeadEarly(blocks.slice(0, headline + 1), true);
    const whole = findHead(blocks);
    expect(decision).toMatchObject({ kind: 'decided', rule: { id: 'subtitle-dash-line' } });
    const head = decision.kind === 'decided' ? decision.head : undefined;
    expect(head).toMatchObject({ title: whole.title, subtitle: whole.subtitle, subtitleDash: whole.subtitleDash });
    expect(head?.order).toEqual(whole.order.filter((index) => index <= headline));
  });

  it('decides from the first blocks when no subtitle line can come', () => {
    const text = '关于做好教育工作的通知\n\n各市教育局：\n\n现将有关事项通知如下。\n\n一、总体要求\n\n坚持优先发展。\n\n二、重点任务\n';
    expect(mayHoldSubtitleLine(text)).toBe(false);
    const blocks = blocksOf(text);
    const decision = findHeadEarly(blocks.slice(0, 4), false);
    expect(decision).toMatchObject({ kind: 'decided', rule: { id: 'title-first-block' }, head: { title: [0], subtitle: [] } });
    expect(decision.kind === 'decided' && decision.head.order).toEqual([1, 2, 3]);
    // With a subtitle line possible later, the same blocks decide nothing.
    expect(findHeadEarly(blocks.slice(0, 4), true)).toEqual({ kind: 'need-more' });
  });

  it('needs more blocks, as a value, when a rule asks for a block not read yet', () => {
    // The title's paragraphs run to the first headline: none has come yet.
    const blocks = blocksOf('关于做好教育工作的通知\n\n各市教育局：\n\n现将有关事项通知如下。\n\n一、总体要求\n');
    expect(findHeadEarly(blocks.slice(0, 3), false)).toEqual({ kind: 'need-more' });
  });
});

describe('mayHoldSubtitleLine', () => {
  it.each([
    ['标题\n——副标题', true], ['标题\n　　—— 副标题', true], ['--纪要', true], ['标题\r\n─副标题', true], ['标题\n－－副标题', true],
    ['他说——这是破折号', false], ['没有破折号', false], ['a-b\n-c', false],
  ])('%j: %s', (text, expected) => {
    expect(mayHoldSubtitleLine(text)).toBe(expected);
  });
});
