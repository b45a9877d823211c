import { createMessage, type Message } from '../../text/message.js';
import type { Document } from '../types.js';
import { runProblems } from './run-problems.js';
import { numberingRuns, type RunOptions } from './runs.js';
import type { SourceText } from './source-span.js';

/**
 * The tree's numbering diagnostics (SPEC section 3): a numbered headline whose number is used twice
 * (JY002) or is out of order (JY003), kept in source order. They come from the same runs and the
 * same problems as `check`'s JY002 and JY003, so the two agree on the rule, the place and the
 * number expected; `check` also reports the items of lists, the tree only its headlines.
 *
 * @param tree The built tree.
 * @param source Its source, for the markers' positions.
 * @param work Counts the paragraphs scanned for markers left in the text (see `RunOptions`).
 * @returns The messages, in the order of the runs.
 */
export function numberingDiagnostics(tree: Document, source: SourceText, work?: RunOptions['work']): Message[] {
  const messages: Message[] = [];
  for (const run of numberingRuns(tree, source, { headlinesOnly: true, ...(work ? { work } : {}) })) {
    for (const problem of runProblems(run)) {
      const { member, expected } = problem;
      if (!member.headline || member.marker === undefined || member.inferred) continue;
      if (problem.kind !== 'duplicate' && problem.kind !== 'order') continue;
      const duplicate = problem.kind === 'duplicate';
      const reason = duplicate
        ? `Headline number ${member.ordinal} is used twice (first on line ${problem.first?.position.start.line}): expected ${expected}`
        : `Headline number ${member.ordinal} is out of order: expected ${expected}`;
      messages.push(createMessage(reason, {
        ruleId: duplicate ? 'JY002/duplicate-number' : 'JY003/out-of-order',
        severity: 'error',
        place: member.position,
        actual: String(member.ordinal),
        expected: String(expected),
      }));
    }
  }
  return messages;
}
