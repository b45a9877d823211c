import { inconsistentMarker, mostCommon } from '../consistency.js';
import { markerParts } from '../../markers/parts.js';
import type { Rule, RuleFinding } from '../types.js';

// Families whose markers always carry punctuation: mixing it in one list is a slip. (一是 and
// 一方面 take it or not as the sentence needs; brackets take none, which JY011 checks.)
const delimited = new Set(['di', 'dun', 'arabic']);

const what = { zh: '同一组序号后的标点不一致', en: 'Mixed punctuation after the markers of one sequence' };

/** JY008: different punctuation after the markers of one list (`第一，` and `第二、`, `1.` and `2、`). */
export const mixedDelimiters: Rule = {
  names: ['JY008', 'mixed-delimiters'],
  description: {
    en: 'Different punctuation after the markers of one sequence (`第一，` and `第二、`, `1.` and `2、`); the punctuation most markers use is expected.',
    zh: '序号后标点不一致：同一组序号中既有“第一，”又有“第二、”，或既有“1.”又有“2、”，以多数序号的写法为准。',
  },
  severity: 'warning',
  tags: ['punctuation', 'consistency'],
  examples: {
    bad: ['1.严格落实领导责任。', '2、强化企业主体责任。', '3.加强监督检查。'],
    good: ['1.严格落实领导责任。', '2.强化企业主体责任。', '3.加强监督检查。'],
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const run of context.runs()) {
      if (!delimited.has(run.family)) continue;
      const marked = run.members.flatMap((member) => {
        if (member.marker === undefined) return [];
        const parts = markerParts(member.marker);
        // A headline number (`1 教育系统…`) is set off by a space, not punctuation.
        return parts.delimiter === '' ? [] : [{ member, marker: member.marker, ...parts }];
      });
      // The punctuation most markers use; on a tie the first marker's.
      const usual = mostCommon(marked.map(({ delimiter }) => delimiter));
      for (const { member, marker, body, delimiter } of marked) {
        if (delimiter === usual) continue;
        findings.push(inconsistentMarker(member, marker, `${body}${usual}`, what));
      }
    }
    return findings;
  },
};
