import { describe, expect, it } from 'vitest';
import { markerCandidates } from '../src/markers/candidates.js';
import { formatMarker, markerFamilies, matchMarker, numberingFamily } from '../src/markers/registry.js';

describe('marker families', () => {
  it.each([
    ['第一，要推进', 'di', 1, '第一，'],
    ['第十二、加强', 'di', 12, '第十二、'],
    ['第三：坚持', 'di', 3, '第三：'],
    ['一是加快', 'shi', 1, '一是'],
    ['十一是规范', 'shi', 11, '十一是'],
    ['二要坚持', 'yao', 2, '二要'],
    ['一方面，要', 'fangmian', 1, '一方面，'],
    ['另一方面，要', 'fangmian', 2, '另一方面，'],
    ['一、总体要求', 'dun', 1, '一、'],
    ['二十三、其他', 'dun', 23, '二十三、'],
    ['（一）落实', 'paren', 1, '（一）'],
    ['(二)全面', 'paren', 2, '(二)'],
    ['（四）、筑牢', 'paren', 4, '（四）、'],
    ['1.拓展', 'arabic', 1, '1.'],
    ['2、提前', 'arabic', 2, '2、'],
    ['１２．释放', 'arabic', 12, '１２．'],
    ['（1）临江', 'arabic-paren', 1, '（1）'],
    ['(2)沿江', 'arabic-paren', 2, '(2)'],
    ['①完善', 'circled', 1, '①'],
    ['⑳完善', 'circled', 20, '⑳'],
    ['㉑完善', 'circled', 21, '㉑'],
    ['㊿完善', 'circled', 50, '㊿'],
    ['首先，要', 'sequence', 1, '首先，'],
    ['其次，要', 'sequence', 2, '其次，'],
  ])('matches %s', (text, style, ordinal, marker) => {
    expect(matchMarker(text, 0)).toMatchObject({ style, ordinal, marker });
  });

  it('reads 最后 as the next number of its run', () => {
    expect(matchMarker('最后，要', 0)).toMatchObject({ style: 'sequence', ordinal: undefined, marker: '最后，' });
  });

  it('reads a headline number and a displaced one', () => {
    expect(matchMarker('1 教育系统党的建设不断加强', 0)).toMatchObject({ style: 'arabic', ordinal: 1, marker: '1', headlineOnly: true });
    expect(matchMarker('2 4教育各项事业实现快速发展', 0)).toMatchObject({ ordinal: 2, marker: '2 4', displaced: 4 });
  });

  it.each(['第一次全国教育大会', '第三方平台', '第一时间', '2018 年 9 月', '3次代表', '1.5亿元', '2023年工作', '最后一公里', '再次花落', '县 （市） 区'])(
    'does not read %s as a marker',
    (text) => {
      expect(matchMarker(text, 0)).toBeUndefined();
    },
  );
});

describe('each family writes its own markers', () => {
  it.each([
    ['di', 3, '第一、', '第三、'],
    ['di', 3, undefined, '第三，'],
    ['shi', 12, '一是，', '十二是，'],
    ['yao', 2, '一要', '二要'],
    ['fangmian', 2, '一方面，', '另一方面，'],
    ['dun', 4, '一．', '四．'],
    ['paren', 3, '(一)', '(三)'],
    ['paren', 3, undefined, '（三）'],
    ['arabic', 12, '１．', '１２．'],
    ['arabic', 3, '2 4', '3'],
    ['arabic', 3, undefined, '3.'],
    ['arabic-paren', 5, '(1)', '(5)'],
    ['arabic-paren', 5, undefined, '（5）'],
    ['circled', 21, '①', '㉑'],
    ['circled', 36, '①、', '㊱、'],
    ['sequence', 2, '首先：', '其次：'],
    ['sequence', 4, '首先，', '第四，'],
  ] as const)('writes %s %i after a sample %s as %s', (style, ordinal, sample, marker) => {
    expect(formatMarker(style, ordinal, sample)).toBe(marker);
  });

  it('numbers 首先 … 其次 as 第一 … 第二 do, and every other family as itself', () => {
    expect(markerFamilies.map((family) => [family.style, numberingFamily(family.style)]).filter(([style, family]) => style !== family)).toEqual([
      ['sequence', 'di'],
    ]);
  });

  it.each(markerFamilies.map((family) => [family.style, family] as const))('reads back what %s writes', (_style, family) => {
    for (const ordinal of [1, 2, 3, 9, 10, 11, 20]) {
      if (family.style === 'fangmian' && ordinal > 2) continue;
      const marker = family.format(ordinal, { body: '', delimiter: '' });
      // Past 再次 a sequence is written as 第 writes it.
      const style = family.style === 'sequence' && ordinal > 3 ? 'di' : family.style;
      expect(matchMarker(`${marker}加强组织领导`, 0), marker).toMatchObject({ style, ordinal, marker });
    }
  });
});

describe('marker places', () => {
  it('finds markers at the start and after sentence ends only', () => {
    const found = markerCandidates('第一，要推进。一是加快。二是支持；三是规范：四是加强。统一是关键，世界第二、第三大。');
    expect(found.map((m) => [m.marker, m.place])).toEqual([
      ['第一，', 'start'], ['一是', 'inline'], ['二是', 'inline'], ['三是', 'inline'], ['四是', 'inline'],
    ]);
  });

  it('looks past closing quotes after a sentence end', () => {
    expect(markerCandidates('做到“两个维护。”二是加强').map((m) => m.marker)).toEqual(['二是']);
  });
});

describe('enclosed forms of the digit and ideograph families (Word writes them for its list formats)', () => {
  it.each([
    ['⑴加强领导', 'arabic-paren', 1, '⑴'],
    ['⒇完善机制', 'arabic-paren', 20, '⒇'],
    ['⒈拓展市场', 'arabic', 1, '⒈'],
    ['⒛强化保障', 'arabic', 20, '⒛'],
    ['㈠总体要求', 'paren', 1, '㈠'],
    ['㈩其他事项', 'paren', 10, '㈩'],
  ])('matches %s', (text, style, ordinal, marker) => {
    expect(matchMarker(text, 0)).toMatchObject({ style, ordinal, marker });
  });

  it('nests them as the families they belong to', () => {
    const found = markerCandidates('㈠总体要求。⑴加强领导。⑵完善机制。');
    expect(found.map((m) => [m.marker, m.style, m.ordinal])).toEqual([
      ['㈠', 'paren', 1], ['⑴', 'arabic-paren', 1], ['⑵', 'arabic-paren', 2],
    ]);
  });
});
