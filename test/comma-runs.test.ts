import { describe, expect, it } from 'vitest';
import { matchMarker } from '../src/markers/registry.js';
import { parse } from '../src/parse.js';
import { stripTree } from '../src/tree/strip.js';
import { toTerminalOutline } from '../src/write/terminal.js';
import { expectInvariants } from './support/invariants.js';

// The outline a text gives, in the `tree` format: headings and item titles, indented by depth.
const outline = (text: string): string => {
  const tree = parse(text);
  expectInvariants(tree, text);
  return toTerminalOutline(stripTree(tree, { outline: true }), { color: false });
};

describe('comma runs (SPEC section 3)', () => {
  it.each([
    [
      'a run opened at a sentence start continues after commas',
      '会议指出，经过多年努力，我国已经形成三大体系。一是科学稳健的调控体系，二是结构合理的市场体系，三是公平可及的服务体系。这些成就来之不易。\n',
      '一是科学稳健的调控体系，\n二是结构合理的市场体系，\n三是公平可及的服务体系。\n',
    ],
    [
      'a run whose first marker follows a comma, continued after semicolons',
      '会议强调，一要坚持稳中求进；二要坚持改革创新；三要坚持底线思维。\n',
      '一要坚持稳中求进；\n二要坚持改革创新；\n三要坚持底线思维。\n',
    ],
    [
      'a run after enumeration commas',
      '报告提出三项任务：首先，稳定就业、其次，提振消费、最后，防范风险。\n',
      '首先，稳定就业、\n其次，提振消费、\n最后，防范风险。\n',
    ],
    [
      'a lone marker after a comma that nothing continues is not one',
      '会议认为，一是一个重要的开端，必须抓紧落实。\n',
      '',
    ],
    [
      'a numeral phrase that repeats a marker shape is not a run (its items would say nothing)',
      '干部要实事求是，一是一、二是二，不夸大成绩。\n',
      '',
    ],
    [
      'a marker after a comma out of order does not continue the run',
      '会议强调，一是加强领导，三是落实责任。\n',
      '',
    ],
  ])('%s', (_name, text, expected) => {
    expect(outline(text)).toBe(expected);
  });

  it('ends each item of a run where the next begins, in its paragraph and its title', () => {
    const tree = parse('会议强调，一要坚持稳中求进，二要坚持改革创新。\n');
    const list = tree.children.find((node) => node.type === 'list');
    expect(list?.type === 'list' && list.children.map((item) => [item.marker, item.title, item.children.map((child) => child.type === 'paragraph' && child.value)])).toEqual([
      ['一要', '坚持稳中求进，', ['坚持稳中求进，']],
      ['二要', '坚持改革创新。', ['坚持改革创新。']],
    ]);
  });
});

describe('exclusions that rest on context, not on the words after a marker (SPEC section 3)', () => {
  it.each([
    ['（一）目标任务', 'paren', 1],
    ['（二）项目建设', 'paren', 2],
    ['（三）款项管理', 'paren', 3],
    ['（1）项目申报', 'arabic-paren', 1],
    ['一、一年级新生入学工作', 'dun', 1],
    ['三、五月份重点工作', 'dun', 3],
  ])('reads %s as a marker', (text, style, ordinal) => {
    expect(matchMarker(text, 0)).toMatchObject({ style, ordinal });
  });

  it.each(['一、二年级学生', '三、四月份', '一、二、三等奖', '第一、二批'])('does not read %s, a listing of numbers, as a marker', (text) => {
    expect(matchMarker(text, 0)).toBeUndefined();
  });

  it('does not read 第（一）项 as a marker when the 第 ends the line before', () => {
    expect(outline('关于加强管理的通知\n一、适用范围\n本办法所称资金，是指依照条例第\n（一）项规定设立的专项资金。\n')).toBe('关于加强管理的通知\n一、适用范围\n');
  });

  it('reads headline markers whose text begins with a numeral word', () => {
    expect(outline('关于做好秋季开学工作的通知\n一、一年级新生入学工作\n各校要提前做好新生入学报到、编班分班、教材发放和安全教育等各项准备工作，确保新生顺利入学。\n二、项目建设\n（一）项目申报\n各地要按照申报指南的要求，组织有关单位认真做好项目申报和材料审核工作。\n（二）项目实施\n项目单位要严格按照批复的建设内容和进度计划组织实施，确保按期完成建设任务。\n')).toBe(
      '关于做好秋季开学工作的通知\n一、一年级新生入学工作\n二、项目建设\n  （一）项目申报\n  （二）项目实施\n',
    );
  });
});
