import type { RunMember } from '../tree/numbering/runs.js';
import type { Localized, RuleFinding } from './types.js';

/**
 * The value most entries have: the way of writing a marker that a run is held to.
 *
 * @param values The values, in source order.
 * @returns The most frequent value, on a tie the one that comes first; `undefined` for none.
 */
export function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  // A Map iterates in first-seen order, so a later value must have more to win.
  for (const [value, count] of counts) {
    if (count > bestCount) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/**
 * A marker written otherwise than the rest of its run: `<what>：应为“E”，实为“A”`.
 *
 * @param member The run member whose marker it is.
 * @param actual The marker as written.
 * @param expected The marker as the run writes it.
 * @param what What is inconsistent, e.g. `{ zh: '同一组序号括号全半角混用', en: 'Mixed bracket widths in one sequence' }`.
 */
export function inconsistentMarker(member: RunMember, actual: string, expected: string, what: Localized): RuleFinding {
  return {
    place: member.position,
    reason: { zh: `${what.zh}：应为“${expected}”，实为“${actual}”`, en: `${what.en}: expected ${expected}, found ${actual}` },
    actual,
    expected,
  };
}
