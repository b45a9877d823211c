import { inconsistentMarker, mostCommon } from '../consistency.js';
import type { RunMember } from '../../tree/numbering/runs.js';
import type { Rule, RuleFinding } from '../types.js';

type Width = 'full' | 'half' | 'mixed';

// e.g. `（一）` full-width, `(一)` half-width, `(一）` one of each.
function bracketWidth(marker: string): Width | undefined {
  const open = /^[（(]/u.exec(marker)?.[0];
  const close = /[）)]/u.exec(marker)?.[0];
  if (open === undefined || close === undefined) return undefined;
  if (open === '（' && close === '）') return 'full';
  if (open === '(' && close === ')') return 'half';
  return 'mixed';
}

function withWidth(marker: string, width: 'full' | 'half'): string {
  return width === 'full' ? marker.replace('(', '（').replace(')', '）') : marker.replace('（', '(').replace('）', ')');
}

const what = { zh: '同一组序号括号全半角混用', en: 'Mixed bracket widths in one sequence' };

/** JY007: full- and half-width brackets in one list (`（一）` and `(二)`). */
export const mixedBrackets: Rule = {
  names: ['JY007', 'mixed-brackets'],
  description: {
    en: 'Full- and half-width brackets in the markers of one sequence (`（一）` and `(二)`); the width most markers use is expected.',
    zh: '括号全半角混用：同一组序号中既有“（一）”又有“(二)”，以多数序号的写法为准。',
  },
  severity: 'warning',
  tags: ['brackets', 'consistency'],
  examples: {
    bad: ['（一）加强组织领导。', '(二)完善工作机制。', '（三）强化工作保障。'],
    good: ['（一）加强组织领导。', '（二）完善工作机制。', '（三）强化工作保障。'],
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const run of context.runs()) {
      if (run.family !== 'paren' && run.family !== 'arabic-paren') continue;
      const widths = run.members
        .filter((member): member is RunMember & { marker: string } => member.marker !== undefined)
        .map((member) => ({ member, width: bracketWidth(member.marker) }));
      // The width most whole markers use; on a tie the first one's; GB/T 15834 full width when none is whole.
      const whole = widths.flatMap(({ width }) => (width === 'full' || width === 'half' ? [width] : []));
      const expectedWidth = mostCommon(whole) ?? 'full';
      for (const { member, width } of widths) {
        if (width === undefined || width === expectedWidth) continue;
        findings.push(inconsistentMarker(member, member.marker, withWidth(member.marker, expectedWidth), what));
      }
    }
    return findings;
  },
};
