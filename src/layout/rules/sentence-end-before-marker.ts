import { opensSibling, startsHeadlineFamily } from '../rows.js';
import { endsSentence } from '../shape.js';
import { first } from './measure.js';
import type { JoinRule } from './types.js';

// Run-in markers (一是, 第二，) are often inline and may simply have wrapped to the line start: only a sibling breaks.
/** After a sentence end, a headline number or a sibling of the block's own marker (`第一，…。` `第二，…`) opens a block. */
export const sentenceEndBeforeMarker: JoinRule = {
  id: 'sentence-end-before-marker',
  description: 'After a sentence end, a headline number or a sibling of the block\'s own marker (`第一，…。` `第二，…`) opens a block.',
  gap: 'run',
  decide: (step) => (endsSentence(step.last.text) && (opensSibling(first(step), step.next) || startsHeadlineFamily(step.next)) ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['第一，要切实加强组织领导，确保落实。', '第二，要完善工作机制，强化督促检查。'], at: 1, decision: 'break' },
  ];
  },
};
