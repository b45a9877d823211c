import { isHeadlineGroup, startsHeadlineFamily } from '../rows.js';
import type { JoinRule } from './types.js';

/** Across a blank line, a headline number under a headline starts a block. */
export const blankBeforeMarkerUnderHeadline: JoinRule = {
  id: 'blank-before-marker-under-headline',
  description: 'Across a blank line, a headline number under a headline starts a block.',
  gap: 'blank',
  decide: (step) => (startsHeadlineFamily(step.next) && isHeadlineGroup(step.group) ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['一、总体要求', '', '（一）指导思想'], at: 2, decision: 'break' },
  ];
  },
};
