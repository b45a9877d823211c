import { endsSentence } from '../shape.js';
import { fullLine } from '../profile.js';
import type { JoinRule } from './types.js';

/** After a sentence end, a narrower line that ends no sentence starts a narrower column. */
export const sentenceEndBeforeNarrower: JoinRule = {
  id: 'sentence-end-before-narrower',
  description: 'After a sentence end, a narrower line that ends no sentence starts a narrower column.',
  gap: 'run',
  decide: (step) => (endsSentence(step.last.text) && step.next.width < step.last.width - fullLine.narrowerSlack && !endsSentence(step.next.text) ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['要切实加强组织领导，确保各项任务落实。', '完善工作机制，'], at: 1, decision: 'break' },
  ];
  },
};
