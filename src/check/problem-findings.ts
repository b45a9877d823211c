import type { RuleContext } from './context.js';
import { formatMarker } from '../markers/registry.js';
import type { RunProblem } from '../tree/numbering/run-problems.js';
import type { Localized, RuleFinding } from './types.js';

/** What a numbering message says: the marker found, the marker expected, and the problem. */
export interface ProblemWords {
  actual: string;
  expected: string;
  problem: RunProblem;
}

/**
 * The findings of one kind of numbering problem (JY001 to JY004), each at the marker that is
 * wrong, with the expected marker written in the style of that marker (`（三）`, `3．`, `第三，`).
 * A number the parser inferred has no marker to point at; JY006 reports it.
 *
 * @param context The rule context.
 * @param kind The kind of problem.
 * @param message The message for one problem.
 * @returns The findings.
 */
export function problemFindings(
  context: RuleContext,
  kind: RunProblem['kind'],
  message: (words: ProblemWords) => Localized,
): RuleFinding[] {
  const findings: RuleFinding[] = [];
  for (const run of context.runs()) {
    for (const problem of context.problems(run)) {
      const { member } = problem;
      if (problem.kind !== kind || member.marker === undefined || member.inferred) continue;
      const actual = member.marker;
      const expected = formatMarker(member.style, problem.expected, member.marker);
      findings.push({ place: member.position, reason: message({ actual, expected, problem }), actual, expected });
    }
  }
  return findings;
}
