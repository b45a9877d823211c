import { describe, expect, it } from 'vitest';
import { parseExtracted } from '../src/parse.js';
import type { Extracted, LineFacts } from '../src/read/types.js';
import { expectInvariants } from './support/invariants.js';

const extracted = (text: string, facts: LineFacts[]): Extracted => ({ text, format: 'docx', encoding: 'binary', facts, notes: [] });

describe('line facts from a reader', () => {
  it('joins a line the file says continues its paragraph, though the text is not wrapped', () => {
    const text = '一、总体要求\n坚持稳中求进工作总基调，\n完整准确全面贯彻新发展理念。\n';
    const tree = parseExtracted(extracted(text, [{ line: 2, startsParagraph: false }]));
    const section = tree.children[0];
    expect(section).toMatchObject({ type: 'section', marker: '一、', title: '总体要求' });
    expect(section?.type === 'section' && section.children).toMatchObject([{ type: 'paragraph', value: '坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。' }]);
    expectInvariants(tree, text);
  });

  it('ends a paragraph where the file says a line starts one, though the text rules would join it', () => {
    const text = '会议强调，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理，\n念加快构建新发展格局，着力推动高质量发展，全面深化改革\n开放。\n';
    const joined = parseExtracted(extracted(text, []));
    expect(joined.children).toHaveLength(1);
    const apart = parseExtracted(extracted(text, [{ line: 0, startsParagraph: true }, { line: 1, startsParagraph: true }, { line: 2, startsParagraph: false }]));
    expect(apart.children.map((node) => node.type === 'paragraph' && node.value)).toEqual([
      '会议强调，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理，',
      '念加快构建新发展格局，着力推动高质量发展，全面深化改革开放。',
    ]);
  });

  it('takes a heading style as a headline that the text rules would read as a paragraph', () => {
    const text = '东川省教育厅工作要点\n坚持稳中求进。\n近年来全省教育系统扎实推进立德树人根本任务和教育评价改革等各项重点工作并在学前教育义务教育职业教育高等教育继续教育特殊教育民族教育等各个领域取得显著成效\n加强队伍建设。\n';
    const plain = parseExtracted(extracted(text, []));
    expect(plain.children.some((node) => node.type === 'section')).toBe(false);
    const paragraphs = [0, 1, 2, 3].map((line): LineFacts => ({ line, startsParagraph: true }));
    const plainParagraphs = parseExtracted(extracted(text, paragraphs));
    expect(plainParagraphs.children.some((node) => node.type === 'section')).toBe(false);
    const styled = parseExtracted(extracted(text, paragraphs.map((fact) => (fact.line === 2 ? { ...fact, heading: 1 } : fact))));
    expect(styled.children.find((node) => node.type === 'section')).toMatchObject({ title: '近年来全省教育系统扎实推进立德树人根本任务和教育评价改革等各项重点工作并在学前教育义务教育职业教育高等教育继续教育特殊教育民族教育等各个领域取得显著成效' });
  });
});
