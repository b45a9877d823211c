import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { formatChineseDigits, parseChineseNumeral, spellChineseNumeral } from '../src/numerals/chinese.js';
import { parseExtracted } from '../src/parse.js';
import { ListCounters } from '../src/read/docx/list-counters.js';
import { formatListNumber } from '../src/read/docx/number-format.js';
import { NumberingDefinitions } from '../src/read/docx/numbering.js';
import { readDocx } from '../src/read/docx/read-docx.js';
import { Styles } from '../src/read/docx/styles.js';
import { parseXml } from '../src/read/docx/xml.js';
import { ReadError, type Extracted } from '../src/read/types.js';
import { expectInvariants } from './support/invariants.js';
import { parseGold, scoreTree } from './support/outline.js';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

// A Word package written by hand: the body, and optionally styles and numbering.
function docxOf(body: string, { styles = '', numbering = '', extra = {} }: { styles?: string; numbering?: string; extra?: Record<string, string> } = {}): Uint8Array {
  const rels = (entries: string): string => `${declaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries}</Relationships>`;
  const type = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const parts: Record<string, string> = {
    '_rels/.rels': rels(`<Relationship Id="rId1" Type="${type}/officeDocument" Target="word/document.xml"/>`),
    'word/_rels/document.xml.rels': rels(`<Relationship Id="rId1" Type="${type}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${type}/numbering" Target="numbering.xml"/>`),
    'word/document.xml': `${declaration}<w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml"><w:body>${body}</w:body></w:document>`,
    'word/styles.xml': `${declaration}<w:styles xmlns:w="${W}">${styles}</w:styles>`,
    'word/numbering.xml': `${declaration}<w:numbering xmlns:w="${W}">${numbering}</w:numbering>`,
    ...extra,
  };
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, strToU8(xml)])));
}

const p = (content: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${content}</w:p>`;
const r = (text: string, rPr = ''): string => `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const numPr = (numId: number | string, ilvl?: number): string => `<w:numPr>${ilvl === undefined ? '' : `<w:ilvl w:val="${ilvl}"/>`}<w:numId w:val="${numId}"/></w:numPr>`;
const textOf = (body: string, options?: Parameters<typeof docxOf>[1]): string => readDocx(docxOf(body, options)).text;

const lvl = (ilvl: number, format: string, text: string, extra = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;
// The 公文 outline: 一、 （一） 1. （1）, as Chinese Word's outline numbering writes it.
const gongwenLevels = [lvl(0, 'chineseCounting', '%1、', '<w:suff w:val="nothing"/>'), lvl(1, 'chineseCounting', '（%2）', '<w:suff w:val="nothing"/>'), lvl(2, 'decimal', '%3.'), lvl(3, 'decimal', '（%4）')].join('');
const abstract = (id: number, levels: string, extra = ''): string => `<w:abstractNum w:abstractNumId="${id}">${extra}${levels}</w:abstractNum>`;
const num = (id: number, abstractId: number, overrides = ''): string => `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
const startOverride = (ilvl: number, start: number): string => `<w:lvlOverride w:ilvl="${ilvl}"><w:startOverride w:val="${start}"/></w:lvlOverride>`;

// Count paragraphs (numId, ilvl) through a numbering part, as the reader does in body order.
function labels(numbering: string, paragraphs: Array<[number | string, number]>, styles = ''): Array<string | undefined> {
  const styleSheet = new Styles(parseXml(strToU8(`<w:styles xmlns:w="${W}">${styles}</w:styles>`), 'styles.xml'));
  const counters = new ListCounters(new NumberingDefinitions(parseXml(strToU8(`<w:numbering xmlns:w="${W}">${numbering}</w:numbering>`), 'numbering.xml'), styleSheet));
  return paragraphs.map(([numId, ilvl]) => counters.count(String(numId), ilvl));
}

describe('Chinese numerals in Word spellings', () => {
  it('round-trips every spelling that Chinese markers use, 1 to 999', () => {
    for (const spelling of [{ zero: '〇' as const }, { digits: 'financial' as const, one: 'always' as const }, { zero: '零' as const, one: 'always' as const }]) {
      for (let value = 1; value <= 999; value++) expect(parseChineseNumeral(spellChineseNumeral(value, spelling))).toBe(value);
    }
  });

  it('spells as Word does', () => {
    expect([10, 11, 20, 100, 105, 110].map((value) => spellChineseNumeral(value, { zero: '〇' }))).toEqual(['十', '十一', '二十', '一百', '一百〇五', '一百一十']);
    expect([10, 11, 100, 105, 110].map((value) => spellChineseNumeral(value, { zero: '', one: 'never' }))).toEqual(['十', '十一', '百', '百五', '百十']);
    expect([1, 10, 11, 105].map((value) => spellChineseNumeral(value, { digits: 'financial', one: 'always' }))).toEqual(['壹', '壹拾', '壹拾壹', '壹佰零伍']);
    expect([0, 7, 10, 2025].map(formatChineseDigits)).toEqual(['〇', '七', '一〇', '二〇二五']);
    expect(() => spellChineseNumeral(1000, {})).toThrow(/Cannot format `1000`/);
    expect(() => formatChineseDigits(-1)).toThrow(/Cannot format `-1`/);
  });
});

describe('Word number formats (w:numFmt)', () => {
  it.each([
    ['chineseCounting', [1, 10, 11, 23, 99, 100, 105], ['一', '十', '十一', '二十三', '九十九', '一〇〇', '一〇五']],
    ['chineseCountingThousand', [1, 10, 11, 23, 100, 105, 110], ['一', '十', '十一', '二十三', '一百', '一百〇五', '一百一十']],
    ['taiwaneseCounting', [3, 12], ['三', '十二']],
    ['taiwaneseCountingThousand', [3, 101], ['三', '一百〇一']],
    ['japaneseCounting', [1, 10, 11, 100, 105], ['一', '十', '十一', '百', '百五']],
    ['ideographDigital', [1, 9, 10, 12], ['一', '九', '一〇', '一二']],
    ['taiwaneseDigital', [3, 20], ['三', '二〇']],
    ['chineseLegalSimplified', [1, 10, 12, 105], ['壹', '壹拾', '壹拾贰', '壹佰零伍']],
    ['ideographLegalTraditional', [2, 36], ['貳', '參拾陸']],
    ['ideographTraditional', [1, 3, 10, 11], ['甲', '丙', '癸', '11']],
    ['ideographZodiac', [1, 12, 13], ['子', '亥', '13']],
    ['ideographZodiacTraditional', [1, 2, 11, 60], ['甲子', '乙丑', '甲戌', '癸亥']],
    ['decimal', [1, 12], ['1', '12']],
    ['decimalHalfWidth', [7], ['7']],
    ['decimalZero', [3, 12], ['03', '12']],
    ['decimalFullWidth', [1, 12], ['１', '１２']],
    ['decimalFullWidth2', [5], ['５']],
    ['decimalEnclosedCircle', [1, 20, 21], ['①', '⑳', '21']],
    ['decimalEnclosedCircleChinese', [2, 5], ['②', '⑤']],
    ['decimalEnclosedParen', [1, 20, 21], ['⑴', '⒇', '21']],
    ['decimalEnclosedFullstop', [1, 20], ['⒈', '⒛']],
    ['ideographEnclosedCircle', [1, 10, 11], ['㈠', '㈩', '11']],
    ['upperLetter', [1, 26, 27, 28], ['A', 'Z', 'AA', 'BB']],
    ['lowerLetter', [3], ['c']],
    ['upperRoman', [4, 9, 14, 1999], ['IV', 'IX', 'XIV', 'MCMXCIX']],
    ['lowerRoman', [4], ['iv']],
    ['ordinal', [1, 2, 3, 4, 11, 12, 13, 21, 22], ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd']],
    ['hex', [255], ['FF']],
    ['chicago', [1, 4, 5], ['*', '§', '**']],
    ['numberInDash', [3], ['- 3 -']],
    ['none', [3], ['']],
    ['bullet', [3], ['']],
    ['thaiLetters', [3], ['3']],
  ])('%s', (format, values, expected) => {
    expect(values.map((value) => formatListNumber(value, format))).toEqual(expected);
  });
});

describe('Word numbering: levels, level texts, overrides, restarts', () => {
  const outline = abstract(1, gongwenLevels) + num(1, 1);

  it('writes each level text (%N) with its level counts, resetting deeper levels when a higher one is used', () => {
    expect(labels(outline, [[1, 0], [1, 1], [1, 2], [1, 3], [1, 3], [1, 2], [1, 1], [1, 2], [1, 0], [1, 1]])).toEqual(['一、', '（一）', '1.', '（1）', '（2）', '2.', '（二）', '1.', '二、', '（一）']);
  });

  it.each([
    ['%1、', 'chineseCounting', '三、'],
    ['（%1）', 'chineseCountingThousand', '（三）'],
    ['(%1)', 'chineseCounting', '(三)'],
    ['%1.', 'decimal', '3.'],
    ['%1．', 'decimalFullWidth', '３．'],
    ['（%1）', 'decimal', '（3）'],
    ['%1', 'decimalEnclosedCircle', '③'],
    ['%1', 'decimalEnclosedParen', '⑶'],
    ['第%1，', 'chineseCounting', '第三，'],
    ['第%1条', 'chineseCounting', '第三条 '],
    ['%1)', 'lowerLetter', 'c)'],
    ['%1', 'decimal', '3 '],
    ['%1', 'chineseCounting', '三 '],
  ])('level text %j in %s gives %j', (text, format, expected) => {
    expect(labels(abstract(1, lvl(0, format, text)) + num(1, 1), [[1, 0], [1, 0], [1, 0]])[2]).toBe(expected);
  });

  it('puts a space after a number that would run into the text, unless w:suff is nothing', () => {
    expect(labels(abstract(1, lvl(0, 'decimal', '%1', '<w:suff w:val="space"/>')) + num(1, 1), [[1, 0]])).toEqual(['1 ']);
    expect(labels(abstract(1, lvl(0, 'decimal', '%1', '<w:suff w:val="nothing"/>')) + num(1, 1), [[1, 0]])).toEqual(['1']);
    expect(labels(abstract(1, lvl(0, 'decimal', '%1.', '<w:suff w:val="tab"/>')) + num(1, 1), [[1, 0]])).toEqual(['1.']);
  });

  it('writes multi-level texts, and every number in decimal under w:isLgl', () => {
    const levels = lvl(0, 'chineseCounting', '%1、') + lvl(1, 'decimal', '%1.%2') + lvl(2, 'decimal', '%1.%2.%3', '<w:isLgl/>');
    expect(labels(abstract(1, levels) + num(1, 1), [[1, 0], [1, 1], [1, 2], [1, 1], [1, 0], [1, 1]])).toEqual(['一、', '一.1 ', '1.1.1 ', '一.2 ', '二、', '二.1 ']);
  });

  it('shows a level not counted yet as one less than its start (Word’s 0.1)', () => {
    const levels = lvl(0, 'decimal', '%1.') + lvl(1, 'decimal', '%1.%2');
    expect(labels(abstract(1, levels) + num(1, 1), [[1, 1], [1, 0], [1, 1]])).toEqual(['0.1 ', '1.', '1.1 ']);
  });

  it('starts at w:start (0 when absent) and continues a list across other paragraphs and instances', () => {
    const levels = '<w:lvl w:ilvl="0"><w:start w:val="5"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>';
    expect(labels(abstract(1, levels) + num(1, 1) + num(2, 1), [[1, 0], [2, 0], [1, 0]])).toEqual(['五、', '六、', '七、']);
    expect(labels(abstract(1, '<w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>') + num(1, 1), [[1, 0], [1, 0]])).toEqual(['0.', '1.']);
  });

  it('restarts where an instance with w:startOverride first numbers the level, and only there', () => {
    const numbering = abstract(1, gongwenLevels) + num(1, 1) + num(2, 1, startOverride(2, 1)) + num(3, 1, startOverride(2, 7));
    expect(labels(numbering, [[1, 2], [1, 2], [2, 2], [2, 2], [1, 2], [3, 2], [3, 2]])).toEqual(['1.', '2.', '1.', '2.', '3.', '7.', '8.']);
  });

  it('takes an overriding w:lvl for the instance that overrides it', () => {
    const override = '<w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="ideographTraditional"/><w:lvlText w:val="%1、"/></w:lvl></w:lvlOverride>';
    expect(labels(abstract(1, gongwenLevels) + num(1, 1) + num(2, 1, override + startOverride(1, 3)), [[1, 0], [2, 0], [2, 1], [2, 1], [1, 0]])).toEqual(['一、', '乙、', '（三）', '（四）', '三、']);
  });

  it('keeps counting a level through a higher one under w:lvlRestart, never restarts it under w:lvlRestart 0', () => {
    const levels = lvl(0, 'chineseCounting', '%1、') + lvl(1, 'chineseCounting', '（%2）') + lvl(2, 'decimal', '%3.', '<w:lvlRestart w:val="1"/>') + lvl(3, 'decimal', '（%4）', '<w:lvlRestart w:val="0"/>');
    const counted = labels(abstract(1, levels) + num(1, 1), [[1, 0], [1, 1], [1, 2], [1, 3], [1, 1], [1, 2], [1, 3], [1, 0], [1, 2], [1, 3]]);
    expect(counted).toEqual(['一、', '（一）', '1.', '（1）', '（二）', '2.', '（2）', '二、', '1.', '（3）']);
  });

  it('follows w:numStyleLink to the list a numbering style stands for', () => {
    const styles = `<w:style w:type="numbering" w:styleId="Outline"><w:name w:val="公文大纲"/><w:pPr>${numPr(2)}</w:pPr></w:style>`;
    const numbering = abstract(1, '', '<w:numStyleLink w:val="Outline"/>') + abstract(2, gongwenLevels, '<w:styleLink w:val="Outline"/>') + num(1, 1) + num(2, 2);
    expect(labels(numbering, [[1, 0], [1, 1], [2, 0]], styles)).toEqual(['一、', '（一）', '二、']);
  });

  it('numbers nothing for numId 0, an unknown list or an undefined level, and hides a w:vanish number', () => {
    const hidden = '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:rPr><w:vanish/></w:rPr></w:lvl>';
    expect(labels(outline + abstract(2, hidden) + num(2, 2), [[0, 0], [9, 0], [1, 5], [2, 0]])).toEqual([undefined, undefined, undefined, '']);
    expect(labels(abstract(1, '', '<w:numStyleLink w:val="Missing"/>') + num(1, 1) + num(3, 7), [[1, 0], [3, 0]])).toEqual([undefined, undefined]);
  });

  it('writes a bullet as its glyph, a symbol-font bullet as what the font shows', () => {
    const bullets = `<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="■"/></w:lvl>`;
    expect(labels(abstract(1, bullets) + num(1, 1), [[1, 0], [1, 1]])).toEqual(['•', '■']);
  });

  it('reads the fallback of a custom format (mc:AlternateContent)', () => {
    const custom = '<w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1."/></w:lvl>';
    expect(labels(abstract(1, custom) + num(1, 1), [[1, 0]])).toEqual(['01.']);
  });
});

describe('reading a Word document', () => {
  const numbering = abstract(1, gongwenLevels) + num(1, 1);

  it('writes automatic numbers into the text as if typed, one line per paragraph', () => {
    const body = p(r('总体要求'), numPr(1, 0)) + p(r('压紧压实责任'), numPr(1, 1)) + p(r('严格落实。'), numPr(1, 2)) + p(r('不编号的段落。'), numPr(0, 0));
    expect(textOf(body, { numbering })).toBe('一、总体要求\n（一）压紧压实责任\n1.严格落实。\n不编号的段落。\n');
  });

  it('takes numbering from the paragraph style, its level from the list level linked to the style', () => {
    const styles = [
      '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>',
      `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr>${numPr(1)}</w:pPr></w:style>`,
      `<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:pPr>${numPr(1)}</w:pPr></w:style>`,
      '<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="My Heading"/><w:basedOn w:val="2"/></w:style>',
    ].join('');
    const linked = abstract(1, lvl(0, 'chineseCounting', '%1、', '<w:pStyle w:val="1"/>') + lvl(1, 'chineseCounting', '（%2）', '<w:pStyle w:val="2"/>')) + num(1, 1);
    const body = p(r('总体要求'), '<w:pStyle w:val="1"/>') + p(r('重点任务'), '<w:pStyle w:val="2"/>') + p(r('继承的样式'), '<w:pStyle w:val="MyHeading"/>') + p(r('不编号'), `<w:pStyle w:val="1"/>${numPr(0)}`);
    const read = readDocx(docxOf(body, { styles, numbering: linked }));
    expect(read.text).toBe('一、总体要求\n（一）重点任务\n（二）继承的样式\n不编号\n');
    expect(read.facts.map((fact) => fact.heading)).toEqual([1, 2, 2, 1]);
  });

  it('breaks a line at w:br and w:cr, the new line continuing the paragraph; a page break breaks no line', () => {
    const read = readDocx(docxOf(p(`${r('第一行')}<w:r><w:br/><w:t>第二行</w:t><w:cr/><w:t>第三行</w:t><w:br w:type="page"/><w:t>同一行</w:t></w:r>`) + p(r('下一段'))));
    expect(read.text).toBe('第一行\n第二行\n第三行同一行\n下一段\n');
    expect(read.facts.map((fact) => fact.startsParagraph)).toEqual([true, false, false, true]);
    expect(read.facts.map((fact) => fact.line)).toEqual([0, 1, 2, 3]);
  });

  it('reads tabs, symbols, non-breaking hyphens, hyperlinks, smart tags, content controls and math; not soft hyphens', () => {
    const body = p([
      r('甲'), '<w:r><w:tab/><w:t>乙</w:t><w:noBreakHyphen/><w:t>丙</w:t><w:softHyphen/><w:sym w:font="Symbol" w:char="00B1"/></w:r>',
      `<w:hyperlink w:anchor="x">${r('链接')}</w:hyperlink>`, `<w:smartTag w:element="place">${r('标记')}</w:smartTag>`,
      `<w:sdt><w:sdtPr/><w:sdtContent>${r('控件')}</w:sdtContent></w:sdt>`, '<m:oMath><m:r><m:t>x+1</m:t></m:r></m:oMath>',
      '<w:r><w:ruby><w:rt><w:r><w:t>zhù</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>注</w:t></w:r></w:rubyBase></w:ruby></w:r>',
    ].join(''));
    expect(textOf(body)).toBe('甲\t乙-丙±链接标记控件x+1注\n');
  });

  it('reads tracked changes accepted: insertions and moves in, deletions out', () => {
    const body = p(`${r('保留')}<w:ins w:id="1">${r('插入')}</w:ins><w:del w:id="2"><w:r><w:delText>删除</w:delText></w:r></w:del><w:moveFrom w:id="3">${r('移出')}</w:moveFrom><w:moveTo w:id="4">${r('移入')}</w:moveTo>`);
    expect(textOf(body)).toBe('保留插入移入\n');
  });

  it('joins a paragraph whose mark is a tracked deletion to the next, which numbers the joined paragraph', () => {
    const deletedMark = '<w:rPr><w:del w:id="9" w:author="审核"/></w:rPr>';
    const deletedItem = p(`<w:del w:id="8">${'<w:r><w:delText>删去的一项。</w:delText></w:r>'}</w:del>`, numPr(1, 2) + deletedMark);
    const body = p(r('第一项。'), numPr(1, 2)) + deletedItem + p(r('第二项前半，'), numPr(1, 2) + deletedMark) + p(r('后半。'), numPr(1, 2)) + p(r('第三项。'), numPr(1, 2));
    expect(textOf(body, { numbering })).toBe('1.第一项。\n2.第二项前半，后半。\n3.第三项。\n');
    const table = `<w:tbl><w:tr><w:tc>${p(r('格内'), deletedMark)}</w:tc><w:tc>${p(r('下一格'))}</w:tc></w:tr></w:tbl>`;
    expect(textOf(table + p(r('末段'), deletedMark))).toBe('格内\n下一格\n末段\n');
  });

  it('reads a field’s result, not its instruction, nested fields and fields across paragraphs included', () => {
    const field = (instruction: string, result: string): string =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> ${instruction} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const nested = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>${field('PAGE', r('9'))}<w:r><w:instrText> = 1 "是" "否"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('否')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const across = p(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('链接一')}`) + p(`${r('链接二')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`);
    expect(textOf(p(`${r('共')}${field('NUMPAGES', r('3'))}${r('页')}`) + p(nested) + p(`<w:fldSimple w:instr=" DATE ">${r('2023年5月20日')}</w:fldSimple>`) + across))
      .toBe('共3页\n否\n2023年5月20日\n链接一\n链接二\n');
  });

  it('leaves out a table of contents (a TOC field), which repeats the headlines with page numbers', () => {
    const entry = (text: string, page: string): string => p(`${r(text)}<w:r><w:tab/></w:r>${r(page)}`, '<w:pStyle w:val="TOC1"/>');
    const toc = p(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${r('一、总体要求\t1')}`) + entry('二、重点任务', '2') + p(`${r('三、保障措施\t3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`);
    expect(textOf(p(r('目录')) + toc + p(r('一、总体要求')) + p(`<w:fldSimple w:instr="TOC \\o">${r('二、重点任务')}</w:fldSimple>`))).toBe('目录\n\n\n\n一、总体要求\n\n');
  });

  it('leaves out hidden text, and reads a line end inside w:t as a space', () => {
    expect(textOf(p(`${r('看得见')}${r('看不见', '<w:vanish/>')}${r('第一\n第二')}`))).toBe('看得见第一 第二\n');
  });

  it('reads tables as their cells’ paragraphs, row by row, nested tables and content controls included', () => {
    const cell = (content: string): string => `<w:tc><w:tcPr/>${content}</w:tc>`;
    const nested = `<w:tbl><w:tr>${cell(p(r('内表甲')))}${cell(p(r('内表乙')))}</w:tr></w:tbl>`;
    const table = `<w:tbl><w:tblPr/><w:tr>${cell(p(r('甲一')))}${cell(p(r('甲二')) + p(r('甲二续')))}</w:tr><w:sdt><w:sdtContent><w:tr>${cell(nested + p(''))}${cell(p('', '<w:tcPr><w:vMerge/></w:tcPr>'))}</w:tr></w:sdtContent></w:sdt></w:tbl>`;
    expect(textOf(p(r('表前')) + table + p(r('表后')))).toBe('表前\n甲一\n甲二\n甲二续\n内表甲\n内表乙\n\n\n表后\n');
  });

  it('reads a text box once, after the paragraph that anchors it (the fallback of mc:AlternateContent)', () => {
    const box = (text: string): string => `<w:txbxContent>${p(r(text))}</w:txbxContent>`;
    const run = `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">${box('框内')}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box('框内')}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
    expect(textOf(p(r('锚定段落') + run) + p(r('下一段')))).toBe('锚定段落\n框内\n下一段\n');
  });

  it('does not read headers, footers, footnotes or comments as body text', () => {
    const extra = {
      'word/header1.xml': `${declaration}<w:hdr xmlns:w="${W}">${p(r('页眉文字'))}</w:hdr>`,
      'word/footnotes.xml': `${declaration}<w:footnotes xmlns:w="${W}"><w:footnote w:id="1">${p(r('脚注文字'))}</w:footnote></w:footnotes>`,
    };
    expect(textOf(p(`${r('正文')}<w:r><w:footnoteReference w:id="1"/></w:r><w:commentRangeStart w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`), { extra })).toBe('正文\n');
  });

  it('tells headline evidence from the style: Title, Heading 1–9 by id, by name, by outline level, through basedOn', () => {
    const styles = [
      '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>',
      '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="Heading 3"/></w:style>',
      '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/></w:style>',
      '<w:style w:type="paragraph" w:styleId="zh"><w:name w:val="标题 4"/></w:style>',
      '<w:style w:type="paragraph" w:styleId="gw1"><w:name w:val="公文一级"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>',
      '<w:style w:type="paragraph" w:styleId="gw1b"><w:name w:val="公文一级加粗"/><w:basedOn w:val="gw1"/></w:style>',
      '<w:style w:type="paragraph" w:styleId="body"><w:name w:val="正文样式"/><w:basedOn w:val="Heading3"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>',
      '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>',
      '<w:style w:type="character" w:styleId="Heading5"><w:name w:val="heading 5"/></w:style>',
    ].join('');
    const ids = ['Title', 'Heading3', '2', 'zh', 'gw1', 'gw1b', 'body', 'ListParagraph', 'Heading5', 'Missing'];
    const body = ids.map((id) => p(r(id), `<w:pStyle w:val="${id}"/>`)).join('') + p(r('直接大纲级别'), '<w:outlineLvl w:val="1"/>') + p(r('标题改正文'), '<w:pStyle w:val="Heading3"/><w:outlineLvl w:val="9"/>');
    expect(readDocx(docxOf(body, { styles })).facts.map((fact) => fact.heading)).toEqual([0, 3, 2, 4, 1, 1, undefined, undefined, undefined, undefined, 2, undefined]);
  });

  it('says a paragraph is bold when all its text is, from runs, character styles, paragraph styles and defaults; centred from w:jc', () => {
    const styles = [
      '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="32"/></w:rPr></w:rPrDefault></w:docDefaults>',
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>',
      '<w:style w:type="paragraph" w:styleId="Bold"><w:name w:val="Bold Body"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>',
      '<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b w:val="1"/></w:rPr></w:style>',
    ].join('');
    const body = [
      p(r('全粗', '<w:b/>') + r(' ') + r('体', '<w:b/>')),
      p(r('一半', '<w:b/>') + r('不粗')),
      p(r('字符样式', '<w:rStyle w:val="Strong"/>')),
      p(r('段落样式'), '<w:pStyle w:val="Bold"/>'),
      p(r('关掉', '<w:b w:val="0"/>'), '<w:pStyle w:val="Bold"/><w:jc w:val="left"/>'),
      p('', '<w:jc w:val="center"/>'),
    ].join('');
    const facts = readDocx(docxOf(body, { styles })).facts;
    expect(facts.map((fact) => fact.bold)).toEqual([true, false, true, true, false, false]);
    expect(facts.map((fact) => fact.centered)).toEqual([false, false, false, true, false, true]);
  });

  it('reads a document without styles or numbering, and notes content it cannot read (w:altChunk)', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body>${p(r('一、总体要求'))}<w:altChunk r:id="rId5" xmlns:r="x"/></w:body></w:document>`) });
    expect(readDocx(bytes)).toEqual({
      text: '一、总体要求\n', format: 'docx', encoding: 'binary', facts: [{ line: 0, startsParagraph: true, bold: false, centered: false }],
      notes: [{ ruleId: 'JY021/docx-alt-chunk', reason: 'the document embeds content in another format (w:altChunk), which jyparse does not read' }],
    } satisfies Extracted);
  });

  it('reads any prefix bound to the WordprocessingML namespace, and UTF-16 parts', () => {
    const document = `<?xml version="1.0" encoding="UTF-16"?><doc:document xmlns:doc="${W}"><doc:body><doc:p><doc:r><doc:t>一、总体要求</doc:t></doc:r></doc:p></doc:body></doc:document>`;
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(document, (char) => char.charCodeAt(0)).buffer)]);
    expect(readDocx(zipSync({ 'word/document.xml': utf16 })).text).toBe('一、总体要求\n');
  });
});

describe('Word fixtures (fixtures/docx)', () => {
  const directory = new URL('../fixtures/docx/', import.meta.url);
  const names = readdirSync(directory).filter((file) => file.endsWith('.docx')).sort();

  it('has fixtures with typed and automatic numbering', () => {
    expect(names.filter((name) => name.startsWith('auto-')).length).toBeGreaterThanOrEqual(10);
    expect(names.filter((name) => name.startsWith('typed-')).length).toBeGreaterThanOrEqual(2);
  });

  for (const name of names) {
    describe(name, () => {
      const read = readDocx(new Uint8Array(readFileSync(new URL(name, directory))));

      it('gives its expected text', () => {
        expect(read.text).toBe(readFileSync(new URL(`${name}.txt`, directory), 'utf8'));
        expect(read.facts.map((fact) => fact.line)).toEqual(read.text.split('\n').slice(0, -1).map((_, index) => index));
      });

      it('gives the gold outline of its source text', () => {
        const gold = parseGold(readFileSync(new URL(`${name}.outline`, directory), 'utf8'));
        const tree = parseExtracted(read);
        const score = scoreTree(gold, tree, read.text);
        const found = gold.entries.length - score.missed.length;
        const got = found + score.spurious.length;
        const f1 = (2 * found) / (gold.entries.length + got);
        expect({ f1: f1 >= 0.99, titleOk: score.titleOk, wrongTitles: score.wrongTitles, headings: [...score.missedHeadings, ...score.spuriousHeadings] })
          .toEqual({ f1: true, titleOk: true, wrongTitles: [], headings: [] });
        expect(score.pass).toBe(true);
        expectInvariants(tree, read.text);
      });
    });
  }
});

describe('files that are not readable Word documents', () => {
  const bad = new URL('../fixtures/docx/bad/', import.meta.url);
  const reasonFor = (bytes: Uint8Array, options?: Parameters<typeof readDocx>[1]): string => {
    try {
      readDocx(bytes, options);
    } catch (error) {
      expect(error).toBeInstanceOf(ReadError);
      expect((error as ReadError).format).toBe('docx');
      return (error as ReadError).message;
    }
    throw new Error('read without an error');
  };

  it.each([
    ['old-word.doc', 'this is a .doc (Word 97–2003) file: save it as .docx'],
    ['encrypted.docx', 'this Word document is encrypted (password-protected): open it in Word and save it without a password'],
    ['truncated.docx', 'corrupt or truncated zip archive (invalid zip data)'],
    ['corrupt.docx', 'corrupt or truncated zip archive (invalid block type)'],
    ['not-word.docx', 'not a Word document: this is an Excel workbook (.xlsx)'],
    ['malformed-xml.docx', 'malformed XML in word/document.xml: 2:118: unexpected close tag'],
    ['declared-bomb.docx', 'word/document.xml would inflate to 4095 MB, more than jyparse reads in one part (128 MB): a damaged file or a zip bomb'],
    ['plain-text.docx', 'not a Word document: a .docx is a zip archive, and this file is not one'],
  ])('%s: %s', (name, reason) => {
    expect(reasonFor(new Uint8Array(readFileSync(new URL(name, bad))))).toBe(reason);
  });

  it('refuses a part over the limits before inflating it, and a zip without a Word document', () => {
    const good = new Uint8Array(readFileSync(new URL('../fixtures/docx/typed-notice.docx', import.meta.url)));
    expect(reasonFor(good, { limits: { maxPartBytes: 4096, maxTotalBytes: 1 << 20 } })).toBe('word/document.xml would inflate to 9 KB, more than jyparse reads in one part (4 KB): a damaged file or a zip bomb');
    expect(reasonFor(good, { limits: { maxPartBytes: 1 << 20, maxTotalBytes: 10_000 } })).toBe("the document's parts would inflate to 11 KB or more, more than jyparse reads (10 KB): a damaged file or a zip bomb");
    // Parts it does not need are not inflated, whatever they declare.
    const unread = zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body>${p(r('正文'))}</w:body></w:document>`), 'word/_rels/media.xml.rels': strToU8('<x/>'.repeat(5000)), 'word/media/big.bin': new Uint8Array(300_000) });
    expect(readDocx(unread, { limits: { maxPartBytes: 4096, maxTotalBytes: 8192 } }).text).toBe('正文\n');
    const deep = `<w:document xmlns:w="${W}"><w:body>${'<w:customXml>'.repeat(300)}${p(r('深'))}${'</w:customXml>'.repeat(300)}</w:body></w:document>`;
    expect(reasonFor(zipSync({ 'word/document.xml': strToU8(deep) }))).toBe('word/document.xml nests elements more than 256 deep, more than jyparse reads');
    expect(reasonFor(zipSync({ 'content.xml': strToU8('<x/>'), mimetype: strToU8('application/vnd.oasis.opendocument.text') }))).toBe('not a Word document: this is an OpenDocument file (.odt): save it as .docx');
    expect(reasonFor(zipSync({ 'ppt/presentation.xml': strToU8('<x/>') }))).toBe('not a Word document: this is a PowerPoint presentation (.pptx)');
    expect(reasonFor(zipSync({ 'readme.txt': strToU8('x') }))).toBe('not a Word document: the zip archive has no word/document.xml');
    expect(reasonFor(zipSync({ 'word/document.xml': strToU8('<html><body/></html>') }))).toBe('not a Word document: word/document.xml has no document body');
    expect(reasonFor(zipSync({ 'word/document.xml': new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c]) }))).toBe('malformed XML in word/document.xml: it is not valid UTF-8 or UTF-16 text');
  });

  it('never throws anything but a ReadError, however a Word file is damaged', () => {
    const good = new Uint8Array(readFileSync(new URL('../fixtures/docx/auto-notice-outline.docx', import.meta.url)));
    fc.assert(
      fc.property(fc.nat(good.length - 1), fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 1, max: 255 })), { maxLength: 8 }), (cut, flips) => {
        const damaged = good.slice(0, Math.max(cut, 1));
        for (const [at, mask] of flips) if (at < damaged.length) damaged[at] = (damaged[at] as number) ^ mask;
        try {
          readDocx(damaged);
        } catch (error) {
          if (!(error instanceof ReadError)) throw error;
        }
      }),
      { numRuns: 300 },
    );
  });
});
