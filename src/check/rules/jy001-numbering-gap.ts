import { problemFindings } from '../problem-findings.js';
import type { Rule } from '../types.js';

/** JY001: a run of numbers skips one (第一, 第三). */
export const numberingGap: Rule = {
  names: ['JY001', 'numbering-gap'],
  description: {
    en: 'A sequence of numbers skips one: items of a list, or numbered headlines under one parent.',
    zh: '编号跳号：同一列表的各项或同一上级下的编号标题漏掉了某个序号。',
  },
  severity: 'error',
  tags: ['numbering'],
  examples: {
    bad: ['第一，要加强组织领导。', '第三，要强化工作保障。'],
    good: ['第一，要加强组织领导。', '第二，要强化工作保障。'],
  },
  check: (context) =>
    problemFindings(context, 'gap', ({ actual, expected }) => ({
      zh: `编号不连续：应为“${expected}”，实为“${actual}”`,
      en: `Numbering gap: expected ${expected}, found ${actual}`,
    })),
};
