import type { MarkerStyle } from '../../tree/types.js';
import { markerParts } from '../../markers/parts.js';
import type { Rule, RuleFinding } from '../types.js';

const fullWidth: Record<string, string> = { ',': '，', ':': '：' };

/**
 * The punctuation a marker should have instead of the one it has (GB/T 15834-2011, B.1.4), or
 * `undefined` when it is fine:
 * - bracketed and circled numbers take none: `（一）、` `（1）.` `①、`;
 * - 第一 and 首先 take a comma (a colon before a heading-like point is tolerated), not a 顿号, and
 *   `第二` with nothing after it lacks its comma;
 * - 一、 takes a 顿号, not `．`;
 * - half-width `,` `:` after a Chinese marker are full-width `，` `：`.
 * `1、` is left alone: GB/T 15834 writes `1.`, but `1、` prevails in official documents (JY008
 * still catches `1.` and `2、` in one list).
 */
function expectedDelimiter(style: MarkerStyle, delimiter: string, bare: boolean): string | undefined {
  switch (style) {
    case 'paren':
    case 'arabic-paren':
    case 'circled':
      return delimiter === '' ? undefined : '';
    case 'di':
    case 'sequence':
    case 'fangmian':
      if (bare) return '，';
      if (delimiter === '、') return '，';
      return fullWidth[delimiter];
    case 'dun':
      return delimiter === '．' ? '、' : undefined;
    case 'shi':
    case 'yao':
      return fullWidth[delimiter];
    case 'arabic':
      return undefined;
  }
}

/** JY011: punctuation after a marker against GB/T 15834 (`（一）、`, `①、`, `第一、`, `第二` without its comma). */
export const markerPunctuation: Rule = {
  names: ['JY011', 'marker-punctuation'],
  description: {
    en: 'Punctuation after a marker against GB/T 15834 (B.1.4): none after `（一）` `（1）` `①`; a comma after `第一` and `首先` (not `、`, not nothing); `、` after `一`. `1、` is accepted.',
    zh: '序号后标点不当（GB/T 15834 附录 B.1.4）：“（一）”“（1）”“①”后不加标点；“第一”“首先”后用逗号，不用顿号，也不能缺；“一”后用顿号。“1、”不报。',
  },
  severity: 'warning',
  tags: ['punctuation'],
  examples: {
    bad: ['（一）、加强组织领导。', '（二）、强化工作保障。'],
    good: ['（一）加强组织领导。', '（二）强化工作保障。'],
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const run of context.runs()) {
      for (const member of run.members) {
        if (member.marker === undefined) continue;
        const { body, delimiter } = markerParts(member.marker);
        const wanted = expectedDelimiter(member.style, delimiter, member.bare);
        if (wanted === undefined) continue;
        const expected = `${body}${wanted}`;
        findings.push({
          place: member.position,
          reason: member.bare
            ? { zh: `“${body}”后缺少逗号：应为“${expected}”`, en: `Missing comma after ${body}: expected ${expected}` }
            : {
                zh: `序号后标点不当（GB/T 15834）：应为“${expected}”，实为“${member.marker}”`,
                en: `Punctuation after a marker against GB/T 15834: expected ${expected}, found ${member.marker}`,
              },
          actual: member.marker,
          expected,
        });
      }
    }
    return findings;
  },
};
