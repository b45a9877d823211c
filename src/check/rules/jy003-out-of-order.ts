import { problemFindings } from '../problem-findings.js';
import type { Rule } from '../types.js';

/** JY003: numbers out of order (1, 3, 2). */
export const outOfOrder: Rule = {
  names: ['JY003', 'out-of-order'],
  description: {
    en: 'Numbers of one sequence are out of order; every number out of place is reported.',
    zh: '编号顺序错误：同一组序号未按顺序排列，逐个指出错位的序号。',
  },
  severity: 'error',
  tags: ['numbering'],
  examples: {
    bad: ['1.严格落实领导责任。', '3.加强监督检查。', '2.强化企业主体责任。'],
    good: ['1.严格落实领导责任。', '2.强化企业主体责任。', '3.加强监督检查。'],
  },
  check: (context) =>
    problemFindings(context, 'order', ({ actual, expected }) => ({
      zh: `编号顺序错误：应为“${expected}”，实为“${actual}”`,
      en: `Number out of order: expected ${expected}, found ${actual}`,
    })),
};
