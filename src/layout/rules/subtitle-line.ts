import { subtitleDashLength } from '../shape.js';
import type { JoinRule } from './types.js';

/** A line opening with a dash (`——在…上的讲话`) is a subtitle: it starts a block. */
export const subtitleLine: JoinRule = {
  id: 'subtitle-line',
  description: 'A line opening with a dash (`——在…上的讲话`) is a subtitle: it starts a block.',
  gap: 'any',
  decide: (step) => (subtitleDashLength(step.next.text) > 0 ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['在全市教育工作会议上', '——市教育局局长讲话要点'], at: 1, decision: 'break' },
  ];
  },
};
