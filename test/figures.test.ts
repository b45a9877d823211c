import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import * as figuresModule from '../src/figures/find-figures.js';
import { findFigures, type FoundFigure } from '../src/figures/find-figures.js';
import { countedString } from './support/counted-string.js';

/** One expected figure, every field spelled out. */
function fig(
  text: string,
  value: number | string,
  unit: string,
  kind: FoundFigure['kind'],
  start: number,
  end: number,
): FoundFigure {
  return { text, value, unit, kind, start, end };
}

// Paragraphs of the reference document (seeds/000_ef45b06f2ab55175.txt), wrapped lines joined.
const seedParagraphs: Array<[string, FoundFigure[]]> = [
  [
    '持续加大教育投入，深入实施“全面改薄”、学前教育行动计划、特殊教育提升计划、普通高中发展攻坚行动等重点工程，新建改扩建中小学项目 710 个、幼儿园 381 所，新增博士、硕士学位授权点分别为2个、18个。特别是今年高考成绩再创新高，一本上线5708人，较去年增加518人、占全省增加总人数的近十分之一，目前已有11人被清华、北大录取，全省理科状元时隔21年再次花落我市。',
    [
      fig('710 个', 710, '个', 'count', 65, 70),
      fig('381 所', 381, '所', 'count', 75, 80),
      fig('2个', 2, '个', 'count', 96, 98),
      fig('18个', 18, '个', 'count', 99, 102),
      fig('5708人', 5708, '人', 'count', 121, 126),
      fig('518人', 518, '人', 'count', 132, 136),
      fig('11人', 11, '人', 'count', 156, 159),
      fig('21年', 21, '年', 'count', 176, 179),
    ],
  ],
  [
    '在全省率先实现国家义务教育发展基本均衡县 （市） 区和职教强县全覆盖，《焦作市中小学校幼儿园规划建设条例》获省人大常委会批准。3次代表全省参加全国教育信息化工作展演，受到教育部通报表彰，“互联网+”工作经验在教育部网站刊发。探索推进技术技能人才“双元”培育改革，12所试点学校、17个试点企业正式签约，在全国、全省新一轮职教改革中抢占了先机。',
    [
      fig('3次', 3, '次', 'count', 63, 65),
      fig('12所', 12, '所', 'count', 131, 134),
      fig('17个', 17, '个', 'count', 139, 142),
    ],
  ],
  [
    '累计投入各类资金9.2亿元，精准实施贫困生资助、中职生免学费、大学生助学贷款等行动，基本实现“不让一个学生因家庭经济困难而失学”的目标。全面落实进城务工人员随迁子女接受义务教育政策、入学覆盖率达100%，残疾少年儿童受教育权利得到充分保障。这些成绩的取得，得益于各级党委、政府的高度重视，得益于社会各界的关心支持，更得益于全市广大教育工作者的无私奉献和辛勤付出。',
    [fig('9.2亿元', 9.2, '亿元', 'money', 8, 13), fig('100%', 100, '%', 'percent', 97, 101)],
  ],
  [
    '2018 年 9 月 10 日，我们迎来了新时代第一次全国教育大会，以习近平同志为核心的党中央举旗定向、擘划未来，开启了加快推进教育现代化、建设教育强国、办好人民满意教育的新征程。今年4月29日，全省教育大会全面总结了党的十八大以来我省教育事业发展取得的成就，深刻分析了建设教育强省所面临的形势和任务，对加快我省教育现代化作出了全面部署。我们要认真学习领会全国、全省教育大会精神，深刻认识优先发展教育的重大意义，进一步提升政治站位，不断增强加快推进教育现代化的责任感和使命感。',
    [
      fig('2018 年 9 月 10 日', '2018-09-10', '', 'date', 0, 15),
      fig('今年4月29日', '--04-29', '', 'date', 90, 97),
    ],
  ],
  [
    '始终把政治建设摆在首位，深入推进习近平新时代中国特色社会主义思想进教材、进课堂、进头脑，教育引导广大师生树牢“四个意识”，坚定“四个自信”，做到“两个维护”。组建市委教育工作领导小组，建立健全党领导教育工作的体制机制，实现了教育系统党的组织和党的工作全覆盖。',
    [],
  ],
  ['（三）保障优先发展战略落实。切实做到“三个优先”：一要坚持规划建设优先安排。二要坚持财政投入优先保障。三要坚持公共资源优先满足。', []],
  // Headlines with their numbers still on: a bare number is no figure.
  ['1 教育系统党的建设不断加强', []],
  ['2 4教育各项事业实现快速发展', []],
  ['3 教育系统改革取得明显成效', []],
];

const counts: Array<[string, FoundFigure[]]> = [
  ['项目 710 个', [fig('710 个', 710, '个', 'count', 3, 8)]],
  ['项目　710　个', [fig('710　个', 710, '个', 'count', 3, 8)]],
  ['1200余人参加', [fig('1200余人', 1200, '余人', 'count', 0, 6)]],
  ['10多个城市', [fig('10多个', 10, '多个', 'count', 0, 4)]],
  ['3万余人', [fig('3万余人', 3, '万余人', 'count', 0, 4)]],
  ['10多万人次', [fig('10多万人次', 10, '多万人次', 'count', 0, 6)]],
  ['共1,200人', [fig('1,200人', 1200, '人', 'count', 1, 7)]],
  ['１２００人', [fig('１２００人', 1200, '人', 'count', 0, 5)]],
  ['面积300平方米', [fig('300平方米', 300, '平方米', 'count', 2, 8)]],
  ['5平方公里', [fig('5平方公里', 5, '平方公里', 'count', 0, 5)]],
  ['装机5万千瓦', [fig('5万千瓦', 5, '万千瓦', 'count', 2, 6)]],
  ['2千瓦', [fig('2千瓦', 2, '千瓦', 'count', 0, 3)]],
  ['提高3.2个百分点', [fig('3.2个百分点', 3.2, '个百分点', 'count', 2, 9)]],
  ['历时6个月', [fig('6个月', 6, '个月', 'count', 2, 5)]],
  ['成立70周年', [fig('70周年', 70, '周年', 'count', 2, 6)]],
  ['时隔21年再次', [fig('21年', 21, '年', 'count', 2, 5)]],
  ['10多年来', [fig('10多年', 10, '多年', 'count', 0, 4)]],
  ['1000年', [fig('1000年', 1000, '年', 'count', 0, 5)]],
  ['2000多年', [fig('2000多年', 2000, '多年', 'count', 0, 6)]],
  ['3年6个月', [fig('3年', 3, '年', 'count', 0, 2), fig('6个月', 6, '个月', 'count', 2, 5)]],
  [
    '新建学校3所、教室120间',
    [fig('3所', 3, '所', 'count', 4, 6), fig('120间', 120, '间', 'count', 9, 13)],
  ],
  ['IPv6地址3个', [fig('3个', 3, '个', 'count', 6, 8)]],
  ['5G基站1200座', [fig('1200座', 1200, '座', 'count', 4, 9)]],
  ['第3次会议有200人', [fig('200人', 200, '人', 'count', 6, 10)]],
];

const amounts: Array<[string, FoundFigure[]]> = [
  ['投资12.5亿元', [fig('12.5亿元', 12.5, '亿元', 'money', 2, 8)]],
  ['资金９．２亿元', [fig('９．２亿元', 9.2, '亿元', 'money', 2, 7)]],
  ['20余万元', [fig('20余万元', 20, '余万元', 'money', 0, 5)]],
  ['1.2万亿元', [fig('1.2万亿元', 1.2, '万亿元', 'money', 0, 6)]],
  ['3000万元', [fig('3000万元', 3000, '万元', 'money', 0, 6)]],
  ['50元', [fig('50元', 50, '元', 'money', 0, 3)]],
  ['5美元', [fig('5美元', 5, '美元', 'money', 0, 3)]],
  ['3欧元', [fig('3欧元', 3, '欧元', 'money', 0, 3)]],
];

const percents: Array<[string, FoundFigure[]]> = [
  ['覆盖率达100%', [fig('100%', 100, '%', 'percent', 4, 8)]],
  ['增长3.2％', [fig('3.2％', 3.2, '％', 'percent', 2, 6)]],
  ['达 100 %', [fig('100 %', 100, '%', 'percent', 2, 7)]],
  ['增长5‰', [fig('5‰', 5, '‰', 'percent', 2, 4)]],
  ['百分之十', []],
];

const dates: Array<[string, FoundFigure[]]> = [
  ['2019年1月12日召开', [fig('2019年1月12日', '2019-01-12', '', 'date', 0, 10)]],
  ['2019年1月12号', [fig('2019年1月12号', '2019-01-12', '', 'date', 0, 10)]],
  ['2019年1月起', [fig('2019年1月', '2019-01', '', 'date', 0, 7)]],
  ['2018年9月', [fig('2018年9月', '2018-09', '', 'date', 0, 7)]],
  ['２０１９年１月１２日', [fig('２０１９年１月１２日', '2019-01-12', '', 'date', 0, 10)]],
  ['4月16日上午', [fig('4月16日', '--04-16', '', 'date', 0, 5)]],
  ['12月31日', [fig('12月31日', '--12-31', '', 'date', 0, 6)]],
  ['于今年4月29日召开', [fig('今年4月29日', '--04-29', '', 'date', 1, 8)]],
  ['去年 5月1日', [fig('去年 5月1日', '--05-01', '', 'date', 0, 7)]],
  ['二〇〇四年十月十五日', [fig('二〇〇四年十月十五日', '2004-10-15', '', 'date', 0, 10)]],
  ['一九四九年十月一日', [fig('一九四九年十月一日', '1949-10-01', '', 'date', 0, 9)]],
  ['二○一九年三月', [fig('二○一九年三月', '2019-03', '', 'date', 0, 7)]],
  ['十二月三十一日', [fig('十二月三十一日', '--12-31', '', 'date', 0, 7)]],
  ['今年十月一日', [fig('今年十月一日', '--10-01', '', 'date', 0, 6)]],
  [
    '2019年1月12日，3000人',
    [fig('2019年1月12日', '2019-01-12', '', 'date', 0, 10), fig('3000人', 3000, '人', 'count', 11, 16)],
  ],
  // A year alone, a month alone, an impossible day: no date, and not counts either.
  ['2023年', []],
  ['到2022年底', []],
  ['2018 年', []],
  ['2018—2020年', []],
  ['2018年13月', []],
  ['18年9月', []],
  ['12月', []],
  ['今年4月', []],
  ['2月30日', []],
  ['二〇一九年', []],
];

const lookAlikes: Array<[string, FoundFigure[]]> = [
  ['新时代第一次全国教育大会', []],
  ['第2728号', []],
  ['第 3 次', []],
  ['党的十八大以来', []],
  ['二十届三中全会', []],
  ['十四五规划', []],
  ['三个优先', []],
  ['四个意识', []],
  ['IPv6', []],
  ['5G网络', []],
  ['4K电视', []],
  ['H7N9', []],
  ['国发〔2019〕3号', []],
  ['2/3的人', []],
  ['2/3个', []],
  ['十分之一', []],
  ['近十分之一', []],
  ['县 （市） 区', []],
  ['共有12', []],
  ['1. 加强领导', []],
  ['（1）加强领导', []],
  ['1.2.3条', []],
  ['2,3个', []],
  ['3年级', []],
  ['90年代', []],
  ['2 年度工作回顾', []],
  [`${'1'.repeat(20)}个`, []],
];

const tables: Array<[string, Array<[string, FoundFigure[]]>]> = [
  ['the reference document', seedParagraphs],
  ['counts', counts],
  ['amounts', amounts],
  ['percentages', percents],
  ['dates', dates],
  ['look-alikes', lookAlikes],
];

describe('findFigures', () => {
  for (const [name, table] of tables) {
    describe(name, () => {
      it.each(table)('%s', (input, expected) => {
        const found = findFigures(input);
        expect(found).toEqual(expected);
        for (const figure of found) expect(input.slice(figure.start, figure.end)).toBe(figure.text);
      });
    });
  }

  it('exports only findFigures at run time', () => {
    expect(Object.keys(figuresModule).sort()).toEqual(['findFigures']);
  });

  it('returns ordered, disjoint figures that survive JSON for any text', () => {
    const alphabet = [
      ...'0123456789１２．.,/%％ 　年月日号今去第个人余多万亿元所次十〇○一二三四五九分之GIv〔〕（）',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
        const input = chars.join('');
        const found = findFigures(input);
        let previousEnd = 0;
        for (const figure of found) {
          expect(figure.start).toBeGreaterThanOrEqual(previousEnd);
          expect(figure.end).toBeGreaterThan(figure.start);
          expect(input.slice(figure.start, figure.end)).toBe(figure.text);
          previousEnd = figure.end;
        }
        expect(JSON.parse(JSON.stringify(found))).toEqual(found);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('findFigures in linear time', () => {
  const size = 200_000;
  // Each run would make a backtracking or restart-at-every-character matcher quadratic: the text
  // is the unit repeated.
  const units: Array<[string, string]> = [
    ['digits', '7'],
    ['年月日', '年月日'],
    ['months without days', '1月'],
    ['numbers and spaces', '1 '],
    ['comma groups', '1,'],
    ['decimal points', '1.'],
    ['Chinese zeros', '〇'],
    ['Chinese tens and months', '十月'],
    ['relative years', '今年'],
    ['unit prefixes', '1余万'],
  ];
  const repeated = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length));

  it.each(units)('scans 200 KB of %s and finds no figure', (_name, unit) => {
    expect(findFigures(repeated(unit, size))).toEqual([]);
  });

  it('scans 200 KB of dates, every one of them', () => {
    expect(findFigures(repeated('2018年9月10日', size))).toHaveLength(size / 10);
  });

  // Linear by counting, not timing: the characters read on 4 times the input are 4 times as many
  // (with room for the ends), and at most a few dozen a character. A matcher that restarts at
  // every character of a run reads a run of n characters about n²/2 times.
  it.each([...units, ['dates', '2018年9月10日']])('reads %s a bounded number of times a character', (_name, unit) => {
    const readsFor = (length: number): { reads: number; found: number } => {
      const { text, reads } = countedString(repeated(unit, length));
      const found = findFigures(text).length;
      return { reads: reads(), found };
    };
    const small = readsFor(2_500);
    const large = readsFor(10_000);
    expect(large.found).toBe(small.found * 4);
    expect(large.reads).toBeLessThanOrEqual(small.reads * 4 + 100);
    expect(large.reads).toBeLessThanOrEqual(10_000 * 40);
  });

  it('counts what a quadratic scan reads, so it would fail', () => {
    // The measure itself: a scan that looks for the end of the run from every character.
    const { text, reads } = countedString('7'.repeat(2_000));
    for (let start = 0; start < text.length; start++) for (let end = start; end < text.length && text.charCodeAt(end) === 55; end++);
    expect(reads()).toBeGreaterThan(2_000 * 2_000 / 2);
  });
});
