import { mostCommon } from '../src/check/consistency.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';
import { check } from '../src/check/check.js';
import { rules } from '../src/check/registry.js';
import { parse } from '../src/parse.js';
import { rulesTable } from '../src/check/rules-table.js';

// Every case is a notice: a title, a salutation and a long opening paragraph (lines 1 to 3), then
// the lines of the case from line 4. The opening is long so that the text reads as one paragraph
// per line, not as a hard-wrapped newspaper column.
const head = [
  '临江市人民政府办公室关于做好2023年度重点工作的通知',
  '各县（市）区人民政府，市政府各部门，各有关单位：',
  '为深入贯彻党的二十大精神，全面落实市委、市政府决策部署，推动全市经济社会高质量发展，确保全年目标任务圆满完成，经市政府同意，现就做好2023年度重点工作有关事项通知如下。各地各部门要提高政治站位，强化责任担当，结合实际抓好贯彻落实，及时报送工作进展情况，确保各项任务落地见效。',
];

interface Finding {
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

/** An in-memory `Io` holding one document, `doc.txt`. */
function memoryIo(text: string): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    read: async (path: string) => {
      if (path.endsWith('doc.txt')) return new TextEncoder().encode(text);
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
    stdout: (chunk: string) => {
      io.out += chunk;
    },
    stderr: (chunk: string) => {
      io.err += chunk;
    },
    isTTY: false,
    env: {},
    cwd: '/virtual/project',
  };
  return io;
}

async function findings(lines: readonly string[], lang = 'zh'): Promise<Finding[]> {
  const io = memoryIo(`${[...head, ...lines].join('\n')}\n`);
  const code = await main(['check', '--reporter', 'json', '--lang', lang, 'doc.txt'], io);
  expect(io.err).toBe('');
  const found = JSON.parse(io.out) as Finding[];
  expect(code).toBe(found.some((finding) => (finding as { severity?: string }).severity === 'error') ? 1 : 0);
  return found;
}

type Expected = [ruleId: string, line: number, column: number];

interface Case {
  name: string;
  lines: string[];
  /** Every finding of every rule: [rule id, line, column]. */
  expected: Expected[];
}

const table: Record<string, { valid: Case[]; invalid: Case[] }> = {
  'JY001/numbering-gap': {
    valid: [
      { name: '第一 to 第三', lines: ['第一，要提高思想认识，把安全生产摆在更加突出的位置。', '第二，要加强组织领导，主要负责同志要亲自研究部署。', '第三，要强化工作保障，优先保障隐患整改资金。'], expected: [] },
      { name: 'a list restarts at 1 under the next item', lines: ['（一）加强组织领导。', '1.健全工作机制。', '2.压实工作责任。', '（二）强化工作保障。', '1.加大资金投入。', '2.加强人才支撑。'], expected: [] },
    ],
    invalid: [
      { name: '第二 missing', lines: ['第一，要提高思想认识，把安全生产摆在更加突出的位置。', '第三，要加强组织领导，主要负责同志要亲自研究部署。', '第四，要强化工作保障，优先保障隐患整改资金。'], expected: [['JY001/numbering-gap', 5, 1]] },
      { name: 'numbered headlines skip 二、', lines: ['一、总体要求', '坚持稳中求进工作总基调，完整、准确、全面贯彻新发展理念。', '三、保障措施', '各地各部门要加强组织领导，确保各项任务落到实处。'], expected: [['JY001/numbering-gap', 6, 1]] },
      { name: 'an inline 三是 after 一是, which the parser leaves in the text', lines: ['（一）加强组织领导。一是健全工作机制。三是压实工作责任。四是强化督查考核。', '（二）强化工作保障。'], expected: [['JY001/numbering-gap', 4, 20]] },
      { name: 'a circled number skipped', lines: ['（一）提升公共服务水平。具体包括：', '①完善旅游交通网络；', '③推进智慧旅游建设。'], expected: [['JY001/numbering-gap', 6, 1]] },
    ],
  },
  'JY002/duplicate-number': {
    valid: [
      { name: 'two sections, each numbered from （一）', lines: ['一、主要任务', '（一）加强组织领导。', '（二）强化工作保障。', '二、保障措施', '（一）加大资金投入。', '（二）加强人才支撑。'], expected: [] },
    ],
    invalid: [
      { name: '（二） twice', lines: ['（一）加强组织领导。', '（二）完善工作机制。', '（二）强化工作保障。'], expected: [['JY002/duplicate-number', 6, 1]] },
      { name: '3 written as 2: one finding, not a gap as well', lines: ['1.严格落实领导责任。', '2.强化企业主体责任。', '2.加强监督检查。', '4.严肃追责问责。'], expected: [['JY002/duplicate-number', 6, 1]] },
      { name: '（一） twice (the parser starts a new list at the second)', lines: ['（一）加强组织领导。', '（一）完善工作机制。', '（三）强化工作保障。'], expected: [['JY002/duplicate-number', 5, 1]] },
      { name: 'an inline 二是 twice', lines: ['（一）加强组织领导。一是健全工作机制。二是压实工作责任。二是强化督查考核。', '（二）强化工作保障。'], expected: [['JY002/duplicate-number', 4, 29]] },
    ],
  },
  'JY003/out-of-order': {
    valid: [
      { name: 'in order', lines: ['1.严格落实领导责任。', '2.强化企业主体责任。', '3.加强监督检查。'], expected: [] },
    ],
    invalid: [
      { name: '2 and 3 swapped: both places', lines: ['1.严格落实领导责任。', '3.加强监督检查。', '2.强化企业主体责任。'], expected: [['JY003/out-of-order', 5, 1], ['JY003/out-of-order', 6, 1]] },
      { name: 'headline numbers 1, 3, 2', lines: ['1 农业生产稳中有进', '全年粮食播种面积达到72.3万亩，总产量达到31.6万吨，连续8年保持稳定增长。', '3 乡村建设扎实推进', '完成农村户厕改造3600户，农村生活垃圾无害化处理率达到100%。', '2 农村改革不断深化', '完成农村集体产权制度改革整县验收，新培育家庭农场126家。'], expected: [['JY003/out-of-order', 6, 1], ['JY003/out-of-order', 8, 1]] },
    ],
  },
  'JY004/list-start': {
    valid: [
      { name: 'numbered straight through the sections', lines: ['（一）加强组织领导。', '1.健全工作机制。', '2.压实工作责任。', '（二）强化工作保障。', '3.加大资金投入。', '4.加强人才支撑。'], expected: [] },
    ],
    invalid: [
      { name: 'starts at （二）', lines: ['（二）加强组织领导。', '（三）强化工作保障。'], expected: [['JY004/list-start', 4, 1]] },
      { name: 'numbered straight through, but 4. missing at the start of a list', lines: ['（一）加强组织领导。', '1.健全工作机制。', '2.压实工作责任。', '3.强化督查考核。', '（二）强化工作保障。', '5.加大资金投入。', '6.加强人才支撑。'], expected: [['JY004/list-start', 9, 1]] },
      { name: '其次 with no 首先', lines: ['其次，要加强组织领导，主要负责同志要亲自研究部署。', '再次，要强化工作保障，优先保障隐患整改资金。'], expected: [['JY004/list-start', 4, 1]] },
    ],
  },
  'JY005/broken-marker': {
    valid: [
      { name: 'headline numbers in place', lines: ['1 教育系统党的建设不断加强', '始终把政治建设摆在首位，深入推进习近平新时代中国特色社会主义思想进教材、进课堂、进头脑。', '2 教育各项事业实现快速发展', '持续加大教育投入，新建改扩建中小学项目710个、幼儿园381所。'], expected: [] },
    ],
    invalid: [
      {
        name: 'a 3 displaced into headline 2',
        lines: ['1 教育系统党的建设不断加强', '始终把政治建设摆在首位，深入推进习近平新时代中国特色社会主义思想进教材、进课堂、进头脑。', '2 3教育各项事业实现快速发展', '持续加大教育投入，新建改扩建中小学项目710个、幼儿园381所。', '教育惠民政策得到全面落实', '累计投入各类资金9.2亿元，精准实施贫困生资助、中职生免学费等行动。'],
        expected: [['JY005/broken-marker', 6, 1], ['JY006/inferred-number', 8, 1]],
      },
    ],
  },
  'JY006/inferred-number': {
    valid: [
      { name: 'an unnumbered headline with no number displaced', lines: ['教育惠民政策得到全面落实', '累计投入各类资金9.2亿元，精准实施贫困生资助、中职生免学费等行动。'], expected: [] },
    ],
    invalid: [
      {
        name: 'the number the layout moved, inferred on the headline that lacks it',
        lines: ['1 教育系统党的建设不断加强', '始终把政治建设摆在首位，深入推进习近平新时代中国特色社会主义思想进教材、进课堂、进头脑。', '2 3教育各项事业实现快速发展', '持续加大教育投入，新建改扩建中小学项目710个、幼儿园381所。', '教育惠民政策得到全面落实', '累计投入各类资金9.2亿元，精准实施贫困生资助、中职生免学费等行动。'],
        expected: [['JY005/broken-marker', 6, 1], ['JY006/inferred-number', 8, 1]],
      },
    ],
  },
  'JY007/mixed-brackets': {
    valid: [
      { name: 'half-width throughout', lines: ['(一)加强组织领导。', '(二)完善工作机制。', '(三)强化工作保障。'], expected: [] },
      { name: 'one width per list, different lists', lines: ['一、主要任务', '（一）加强组织领导。', '二、保障措施', '(一)加大资金投入。'], expected: [] },
    ],
    invalid: [
      { name: '(二) among （一） （三）', lines: ['（一）加强组织领导。', '(二)完善工作机制。', '（三）强化工作保障。'], expected: [['JY007/mixed-brackets', 5, 1]] },
      { name: '（2） among (1) (3)', lines: ['1.强化企业主体责任。具体包括：', '(1)主要负责人每月至少带队开展1次全面安全检查；', '（2）安全管理人员每日开展巡查；', '(3)新入职从业人员上岗前须完成安全培训。'], expected: [['JY007/mixed-brackets', 6, 1]] },
      { name: 'one of each in one marker', lines: ['（一）加强组织领导。', '(二）完善工作机制。', '（三）强化工作保障。'], expected: [['JY007/mixed-brackets', 5, 1]] },
    ],
  },
  'JY008/mixed-delimiters': {
    valid: [
      { name: '1、 throughout', lines: ['1、严格落实领导责任。', '2、强化企业主体责任。', '3、加强监督检查。'], expected: [] },
      { name: 'full-width points throughout', lines: ['１．严格落实领导责任。', '２．强化企业主体责任。'], expected: [] },
    ],
    invalid: [
      { name: '2、 among 1. 3.', lines: ['1.严格落实领导责任。', '2、强化企业主体责任。', '3.加强监督检查。'], expected: [['JY008/mixed-delimiters', 5, 1]] },
      { name: '第二、 among 第一， 第三， (and a 顿号 after 第二 is wrong in itself)', lines: ['第一，要提高思想认识，把安全生产摆在更加突出的位置。', '第二、要加强组织领导，主要负责同志要亲自研究部署。', '第三，要强化工作保障，优先保障隐患整改资金。'], expected: [['JY008/mixed-delimiters', 5, 1], ['JY011/marker-punctuation', 5, 1]] },
    ],
  },
  'JY009/unbalanced-brackets': {
    valid: [
      { name: 'nested quotes, titles and brackets', lines: ['要认真落实《中华人民共和国安全生产法》，坚持“安全第一、预防为主”的方针，做到“‘三个必须’落实到位”（详见附件）。'], expected: [] },
      { name: 'an apostrophe in a Latin name', lines: ['会议邀请了People’s Daily的记者参加。'], expected: [] },
    ],
    invalid: [
      { name: 'a quotation never closed', lines: ['要认真落实《安全生产法》，坚持“安全第一、预防为主的方针。'], expected: [['JY009/unbalanced-brackets', 4, 16]] },
      { name: 'a closing bracket never opened', lines: ['各县市）区要在6月底前完成排查。'], expected: [['JY009/unbalanced-brackets', 4, 4]] },
      { name: 'quotes crossed with a title', lines: ['要学习“《条例”》精神。'], expected: [['JY009/unbalanced-brackets', 4, 5], ['JY009/unbalanced-brackets', 4, 9]] },
      { name: 'in a headline', lines: ['一、落实“放管服改革', '要持续深化改革，优化营商环境。'], expected: [['JY009/unbalanced-brackets', 4, 5]] },
      { name: 'three lone marks in a paragraph, each reported', lines: ['要落实“安全、“环保和“质量三项要求。'], expected: [['JY009/unbalanced-brackets', 4, 4], ['JY009/unbalanced-brackets', 4, 8], ['JY009/unbalanced-brackets', 4, 12]] },
      { name: 'more than three: the first three, then one finding that counts the rest', lines: ['要落实“安全、“环保、“质量、“效益和“廉洁五项要求。'], expected: [['JY009/unbalanced-brackets', 4, 4], ['JY009/unbalanced-brackets', 4, 8], ['JY009/unbalanced-brackets', 4, 12], ['JY009/unbalanced-brackets', 4, 16]] },
    ],
  },
  'JY010/rank-inversion': {
    valid: [
      { name: 'GB/T 9704 order', lines: ['一、主要任务', '（一）压紧压实安全生产责任', '1.严格落实领导责任。具体包括：', '（1）主要负责人每月至少带队开展1次全面安全检查；', '（2）安全管理人员每日开展巡查。'], expected: [] },
    ],
    invalid: [
      { name: '一、 after （一） at one level', lines: ['（一）主要任务', '一、加强组织领导。', '二、强化工作保障。'], expected: [['JY010/rank-inversion', 5, 1]] },
      { name: '一、 inside （一） (through 一是)', lines: ['（一）加强组织领导。', '一是健全工作机制。', '一、强化工作保障。', '二、严格督查考核。'], expected: [['JY010/rank-inversion', 6, 1]] },
    ],
  },
  'JY011/marker-punctuation': {
    valid: [
      { name: '第一： before a heading-like point', lines: ['第一：思想认识要再提高。', '第二：风险隐患要再排查。'], expected: [] },
      { name: '1、 as offices write it', lines: ['1、严格落实领导责任。', '2、强化企业主体责任。'], expected: [] },
    ],
    invalid: [
      { name: '（一）、', lines: ['（一）、加强组织领导。', '（二）、强化工作保障。'], expected: [['JY011/marker-punctuation', 4, 1], ['JY011/marker-punctuation', 5, 1]] },
      { name: '①、 inline', lines: ['（一）做优文旅产品供给。重点打造三类产品：①历史文化游；②、生态康养游；③红色研学游。'], expected: [['JY011/marker-punctuation', 4, 29]] },
      { name: '第一、 throughout', lines: ['第一、要打好蓝天保卫战。', '第二、要打好碧水保卫战。'], expected: [['JY011/marker-punctuation', 4, 1], ['JY011/marker-punctuation', 5, 1]] },
      { name: '第二 without its comma', lines: ['第一，要提高思想认识，把安全生产摆在更加突出的位置。', '第二要加强组织领导，主要负责同志要亲自研究部署。', '第三，要强化工作保障，优先保障隐患整改资金。'], expected: [['JY011/marker-punctuation', 5, 1]] },
      { name: '一． for 一、', lines: ['一．总体要求', '坚持稳中求进工作总基调。', '二．主要任务', '坚持系统观念。'], expected: [['JY011/marker-punctuation', 4, 1], ['JY011/marker-punctuation', 6, 1]] },
    ],
  },
  'JY012/mixed-sequence': {
    valid: [
      { name: '第一 … 第二 … 最后', lines: ['第一，要提高思想认识，把安全生产摆在更加突出的位置。', '第二，要加强组织领导，主要负责同志要亲自研究部署。', '最后，要强化工作保障，优先保障隐患整改资金。'], expected: [] },
      { name: '首先 … 其次 … 再次 … 最后', lines: ['首先，要提高思想认识。', '其次，要加强组织领导。', '再次，要完善工作机制。', '最后，要强化工作保障。'], expected: [] },
    ],
    invalid: [
      { name: '首先 … 第二 … 最后', lines: ['首先，要提高思想认识，把安全生产摆在更加突出的位置。', '第二，要加强组织领导，主要负责同志要亲自研究部署。', '最后，要强化工作保障，优先保障隐患整改资金。'], expected: [['JY012/mixed-sequence', 5, 1]] },
      { name: '第一 … 其次', lines: ['第一，要提高思想认识，把安全生产摆在更加突出的位置。', '其次，要加强组织领导，主要负责同志要亲自研究部署。'], expected: [['JY012/mixed-sequence', 5, 1]] },
    ],
  },
  'JY013/empty-item': {
    valid: [
      { name: 'every marker with its text', lines: ['（一）加强组织领导。', '（二）强化工作保障。'], expected: [] },
    ],
    invalid: [
      { name: '（二） alone', lines: ['（一）加强组织领导。', '（二）', '（三）强化工作保障。'], expected: [['JY013/empty-item', 5, 1]] },
      { name: '二是 with only a full stop', lines: ['第一，要提高思想认识。一是加强学习。二是。三是强化宣传。', '第二，要加强组织领导。'], expected: [['JY013/empty-item', 4, 19]] },
    ],
  },
};

describe('every rule has a table of cases', () => {
  it('covers every rule of the registry', () => {
    expect(Object.keys(table)).toEqual(rules.map((rule) => `${rule.names[0]}/${rule.names[1]}`));
  });
});

for (const [id, cases] of Object.entries(table)) {
  describe(id, () => {
    it.each(cases.valid.map((entry) => [entry.name, entry] as const))('valid: %s', async (_name, entry) => {
      expect((await findings(entry.lines)).map((found) => [found.ruleId, found.line, found.column])).toEqual(entry.expected);
    });
    it.each(cases.invalid.map((entry) => [entry.name, entry] as const))('invalid: %s', async (_name, entry) => {
      const found = await findings(entry.lines);
      expect(found.map((finding) => [finding.ruleId, finding.line, finding.column])).toEqual(entry.expected);
      expect(entry.expected.some(([ruleId]) => ruleId === id)).toBe(true);
    });
  });
}

describe('messages', () => {
  it('give the expected marker in the style of the list, in Chinese and in English', async () => {
    const lines = ['（一）加强组织领导。', '（二）完善工作机制。', '（四）强化工作保障。'];
    const [zh] = await findings(lines);
    const [en] = await findings(lines, 'en');
    expect(zh?.message).toBe('编号不连续：应为“（三）”，实为“（四）”');
    expect(en?.message).toBe('Numbering gap: expected （三）, found （四）');
    expect(en).toMatchObject({ line: 6, column: 1, endLine: 6, endColumn: 4, actual: '（四）', expected: '（三）' });
  });

  it('write full-width digits and the list’s delimiter', async () => {
    const [found] = await findings(['１．严格落实领导责任。', '２．强化企业主体责任。', '４．加强监督检查。'], 'en');
    expect(found?.message).toBe('Numbering gap: expected ３．, found ４．');
  });

  it('count the lone marks of a paragraph past the first three (JY009)', async () => {
    const lines = ['要落实“安全、“环保、“质量、“效益和“廉洁五项要求。'];
    const zh = await findings(lines);
    const en = await findings(lines, 'en');
    expect(zh[3]?.message).toBe('本段还有 2 个不配对的引号或括号（共 5 个），只列出前 3 个');
    expect(en[3]?.message).toBe('2 more unpaired quotation marks or brackets in this paragraph (5 in all; the first 3 are shown)');
    expect(en[3]).toMatchObject({ line: 4, column: 16, endLine: 4, endColumn: 17 });
    expect(en[3]).not.toHaveProperty('actual');
  });

  it('name the line a duplicate repeats', async () => {
    const [found] = await findings(['（一）加强组织领导。', '（二）完善工作机制。', '（二）强化工作保障。'], 'en');
    expect(found?.message).toBe('Duplicate number: （二） repeats line 5; expected （三）');
  });
});

describe('check, the library function', () => {
  const text = `${[...head, '（一）加强组织领导。', '(二)完善工作机制。', '（四）强化工作保障。', '要坚持“安全第一的方针。'].join('\n')}\n`;

  it('gives rule levels their say: off, and re-graded', () => {
    const levels = check(parse(text), { source: text, rules: { JY001: 'off', JY007: 'error' } }).map((message) => [message.ruleId, message.severity]);
    expect(levels).toEqual([['JY007/mixed-brackets', 'error'], ['JY009/unbalanced-brackets', 'warning']]);
  });

  it('gives at most four JY009 findings a paragraph, however many marks it lacks the pair of', () => {
    const paragraph = `要落实${'“安全'.repeat(5000)}的要求。`;
    const many = `${[...head, ...Array.from({ length: 200 }, () => paragraph)].join('\n')}\n`;
    const lone = check(parse(many), { source: many }).filter((message) => message.ruleId === 'JY009/unbalanced-brackets');
    expect(lone).toHaveLength(200 * 4);
  });

  it('works without the source, except for the rule that reads it (JY009)', () => {
    const withSource = check(parse(text), { source: text }).filter((message) => message.ruleId !== 'JY009/unbalanced-brackets');
    expect(check(parse(text))).toEqual(withSource);
  });
});

describe('docs/rules.md', () => {
  const docs = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8');

  it('holds the rules table generated from the registry', () => {
    expect(docs).toContain(rulesTable(rules));
  });

  it.each(rules.map((rule) => [rule.names[0], rule] as const))('%s: the bad example breaks the rule, the good one keeps it', async (_id, rule) => {
    const id = `${rule.names[0]}/${rule.names[1]}`;
    expect((await findings(rule.examples.bad)).map((found) => found.ruleId)).toContain(id);
    expect(await findings(rule.examples.good)).toEqual([]);
  });
});

describe('mostCommon, the way of writing a run is held to', () => {
  it.each([
    [[], undefined],
    [['、', '.', '.'], '.'],
    [['、', '.'], '、'],
    [['.', '、', '、', '.'], '.'],
    [['half', 'full', 'full', 'half', 'half'], 'half'],
  ])('of %j is %j', (values, expected) => {
    expect(mostCommon(values as string[])).toBe(expected);
  });
});
