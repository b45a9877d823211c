import { problemFindings } from '../problem-findings.js';
import type { Rule } from '../types.js';

/** JY004: a run does not start at 1 (and does not go on from the run before it either). */
export const listStart: Rule = {
  names: ['JY004', 'list-start'],
  description: {
    en: 'A sequence does not start at 1, and does not go on from the previous sequence of its style either (numbering straight through is fine).',
    zh: '编号未从一开始：一组序号不从 1 开始，也不是接续前一组同类序号连续编号（全文连续编号不算错）。',
  },
  severity: 'error',
  tags: ['numbering'],
  examples: {
    bad: ['现将有关事项通知如下。', '（二）加强组织领导。', '（三）强化工作保障。'],
    good: ['现将有关事项通知如下。', '（一）加强组织领导。', '（二）强化工作保障。'],
  },
  check: (context) =>
    problemFindings(context, 'start', ({ actual, expected, problem }) =>
      problem.continues
        ? {
            zh: `编号未接续上一组连续编号：应为“${expected}”，实为“${actual}”`,
            en: `Numbering does not go on from the previous list: expected ${expected}, found ${actual}`,
          }
        : {
            zh: `编号未从一开始：应为“${expected}”，实为“${actual}”`,
            en: `Numbering does not start at 1: expected ${expected}, found ${actual}`,
          },
    ),
};
