import type { NumberingRun, RunMember } from './runs.js';

/** A numbering mistake in a run, for JY001 to JY004. */
export interface RunProblem {
  kind: 'gap' | 'duplicate' | 'order' | 'start';
  /** The member where it shows. */
  member: RunMember;
  /** The number that belongs there. */
  expected: number;
  /** For a duplicate: the member that has the number first. */
  first?: RunMember;
  /** For a wrong start: whether the run should go on from the run before (numbering straight through). */
  continues?: boolean;
}

/**
 * Find the numbering mistakes of a run, each reported once at the number that is wrong:
 * - a run starts at 1, or one past the run before it when the document numbers straight through;
 *   a run that starts near that number (one short or one past it) was meant to go on from it;
 * - a repeated number is a duplicate; when the number after it shows it stands for the missing
 *   one (`1 2 2 4`), it fills that gap rather than making a second finding;
 * - the remaining numbers, sorted, say what each place should hold: a number that differs is out
 *   of order (`1 3 2` reports 3 and 2), and a step of more than one is a gap (`1 2 4`).
 *
 * @param run The run.
 * @returns The problems: the start, the duplicates, the numbers out of order, then the gaps.
 */
export function runProblems(run: NumberingRun): RunProblem[] {
  const { members } = run;
  const problems: RunProblem[] = [];
  if (members.length === 0) return problems;

  let lowest = Infinity;
  for (const member of members) lowest = Math.min(lowest, member.ordinal);
  const straight = run.previousMax === undefined ? undefined : run.previousMax + 1;
  if (lowest > 1 && lowest !== straight) {
    const continues = straight !== undefined && lowest >= straight - 1 && lowest <= straight + 1;
    const member = members.find((candidate) => candidate.ordinal === lowest) as RunMember;
    problems.push({ kind: 'start', member, expected: continues ? straight : 1, continues });
  }

  const present = new Set(members.map((member) => member.ordinal));
  const firstUse = new Map<number, RunMember>();
  const kept: Array<{ member: RunMember; ordinal: number }> = [];
  let previous = lowest - 1;
  members.forEach((member, index) => {
    const first = firstUse.get(member.ordinal);
    if (first === undefined) {
      firstUse.set(member.ordinal, member);
      kept.push({ member, ordinal: member.ordinal });
      previous = member.ordinal;
      return;
    }
    const expected = previous + 1;
    problems.push({ kind: 'duplicate', member, expected, first });
    const next = members[index + 1]?.ordinal;
    if (!present.has(expected) && (next === undefined || next === expected + 1)) {
      present.add(expected);
      firstUse.set(expected, member);
      kept.push({ member, ordinal: expected });
      previous = expected;
    }
  });

  const sorted = kept.map((entry) => entry.ordinal).sort((a, b) => a - b);
  kept.forEach((entry, index) => {
    const expected = sorted[index] as number;
    if (entry.ordinal !== expected) problems.push({ kind: 'order', member: entry.member, expected });
  });
  const holder = new Map(kept.map((entry) => [entry.ordinal, entry.member]));
  for (let index = 1; index < sorted.length; index++) {
    const before = sorted[index - 1] as number;
    const at = sorted[index] as number;
    if (at > before + 1) problems.push({ kind: 'gap', member: holder.get(at) as RunMember, expected: before + 1 });
  }
  return problems;
}
