import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { assertTree } from '../src/tree/assert.js';
import { stripTree } from '../src/tree/strip.js';
import { toTerminalOutline } from '../src/write/terminal.js';

// Minimal inputs of bugs found by review, each with the outline it must give (the `tree` format).
const outline = (text: string): string => toTerminalOutline(stripTree(parse(text), { outline: true }), { color: false });

describe('regressions', () => {
  it.each([
    [
      'a short sentence line is a paragraph of its own, so an item it precedes opens a paragraph',
      '关于做好工作的通知\n各单位：\n现将有关事项通知如下。\n第一，要提高认识。\n第二要加强领导。\n第三，要强化保障。\n',
      '关于做好工作的通知\n第一，要提高认识。\n第三，要强化保障。\n',
    ],
    [
      '第一 after a lone 首先 runs beside it, not inside it',
      '在全市工作会议上的讲话\n同志们：\n首先，我代表市委、市政府，向大家表示衷心感谢！\n第一，要提高政治站位。\n第二，要抓好工作落实。\n',
      '在全市工作会议上的讲话\n首先，我代表市委、市政府，向大家表示衷心感谢！\n第一，要提高政治站位。\n第二，要抓好工作落实。\n',
    ],
    [
      'a line that starts with （一） starts a block, after a long headline line',
      '学习宣讲提纲\n二、准确把握决定的主要内容\n（一）七个聚焦明确了改革的总目标\n决定提出了进一步全面深化改革的总目标，即继续完善和发展中国特色社会主义制度，推进国家治理体系和治理能力现代化，到二〇三五年全面建成高水平社会主义市场经济体制。\n',
      '学习宣讲提纲\n二、准确把握决定的主要内容\n  （一）七个聚焦明确了改革的总目标\n',
    ],
    [
      'a run-in marker under a numbered headline line starts a block',
      '宣讲提纲\n（二）进一步全面深化改革是推进中国式现代化的根本动力\n一是从历史维度看，改革开放是关键一招。二是从现实维度看，改革是必由之路。\n',
      '宣讲提纲\n（二）进一步全面深化改革是推进中国式现代化的根本动力\n  一是从历史维度看，改革开放是关键一招。\n  二是从现实维度看，改革是必由之路。\n',
    ],
    [
      'an issuer line and a 关于 line make one title; the addressee is a paragraph',
      '东川省教育厅\n关于做好义务教育阶段学生资助工作的通知\n各市教育局：\n为做好资助工作，现通知如下。\n一、提高认识\n资助工作事关民生。\n',
      '东川省教育厅关于做好义务教育阶段学生资助工作的通知\n一、提高认识\n',
    ],
    [
      '一、二年级 lists numerals, it is not a marker',
      '一、足额保障资金。小学生每生每年500元。一、二年级学生每天补助5元。\n二、强化监管。\n',
      '一、足额保障资金。\n二、强化监管。\n',
    ],
    [
      '第（一）项 cites a clause, even where the wrap puts it at a line start',
      '会议再次强调，各级党委和政府要严\n格落实《安全生产法》第二十一条第\n（一）项等规定，压实党政领导责任、\n部门监管责任和企业主体责任。\n',
      '',
    ],
    [
      'the list of attachments is back matter, not items',
      '一、总体要求\n（一）指导思想。坚持稳中求进。\n附件：1.重点任务分工表\n2.主要指标\n',
      '一、总体要求\n  （一）指导思想。\n',
    ],
    [
      'a news lead under a title is the first paragraph',
      '李强主持召开国务院常务会议 研究推\n动大规模设备更新和消费品以旧换新有\n关工作 部署进一步优化营商环境举措\n央视网消息（新闻联播）：国务院总理\n李强主持召开国务院常务会议。会议强调：一要加大支持。二要强化保障。\n',
      '李强主持召开国务院常务会议 研究推动大规模设备更新和消费品以旧换新有关工作 部署进一步优化营商环境举措\n一要加大支持。\n二要强化保障。\n',
    ],
  ])('%s', (_name, input, expected) => {
    expect(outline(input)).toBe(expected);
  });
});

describe('a number 0 is no marker (numbering starts at 1)', () => {
  // Found by the property test in test/properties.test.ts (counterexample `0.`): an item with
  // ordinal 0 is not a valid tree.
  it.each(['0.', '0、', '（0）', '0．加强管理。', '一、总体要求\n0.加强管理。\n'])('parses %j to a valid tree, the 0 as text', (text) => {
    const tree = parse(text);
    expect(() => assertTree(tree)).not.toThrow();
    expect(JSON.stringify(tree)).not.toMatch(/"ordinal":0[,}]/u);
  });
});
