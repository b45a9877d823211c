import { looksLikeHeadline } from '../rows.js';
import { endsSentence } from '../shape.js';
import { column, fullLine } from '../profile.js';
import type { JoinRule } from './types.js';

/** After a sentence end, a short line that could be a headline is not the paragraph's last line. */
export const sentenceEndBeforeHeadline: JoinRule = {
  id: 'sentence-end-before-headline',
  description: 'After a sentence end, a short line that could be a headline is not the paragraph\'s last line.',
  gap: 'run',
  decide: (step) => (endsSentence(step.last.text) && step.next.width < Math.max(column.minBodyWidth, step.group.widest) - fullLine.narrowerSlack && looksLikeHeadline(step.next.text, 1) ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['要切实加强组织领导，确保各项任务落实。', '完善工作机制'], at: 1, decision: 'break' },
  ];
  },
};
