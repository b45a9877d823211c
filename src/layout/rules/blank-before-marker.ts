import { startsWithMarker } from '../rows.js';
import { fullBeforeBlank } from './measure.js';
import type { JoinRule } from './types.js';

/** Across a blank line, a marker continues a full line that does not end on a closing bracket; otherwise it starts a block. */
export const blankBeforeMarker: JoinRule = {
  id: 'blank-before-marker',
  description: 'Across a blank line, a marker continues a full line that does not end on a closing bracket; otherwise it starts a block.',
  gap: 'blank',
  decide: (step) => (startsWithMarker(step.next) ? (fullBeforeBlank(step) && !/[)）》」』]$/u.test(step.last.text) ? 'join' : 'break') : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['我们要切实加强组织领导，确保各项任务落实到', '', '一是加强领导。'], at: 2, decision: 'join' },
    { lines: ['我们要切实加强组织领导', '', '一是加强领导，确保各项任务落实到位。'], at: 2, decision: 'break' },
  ];
  },
};
