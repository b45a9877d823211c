import { problemFindings } from '../problem-findings.js';
import type { Rule } from '../types.js';

/** JY002: a number is used twice in one run. */
export const duplicateNumber: Rule = {
  names: ['JY002', 'duplicate-number'],
  description: {
    en: 'A number is used twice in one sequence.',
    zh: '编号重复：同一组序号中某个序号出现两次。',
  },
  severity: 'error',
  tags: ['numbering'],
  examples: {
    bad: ['（一）加强组织领导。', '（二）完善工作机制。', '（二）强化工作保障。'],
    good: ['（一）加强组织领导。', '（二）完善工作机制。', '（三）强化工作保障。'],
  },
  check: (context) =>
    problemFindings(context, 'duplicate', ({ actual, expected, problem }) => {
      const line = problem.first?.position.start.line ?? 0;
      return {
        zh: `编号重复：“${actual}”与第 ${line} 行重复，应为“${expected}”`,
        en: `Duplicate number: ${actual} repeats line ${line}; expected ${expected}`,
      };
    }),
};
