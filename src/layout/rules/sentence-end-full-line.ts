import { endsSentence } from '../shape.js';
import { fullLine } from '../profile.js';
import { reference, single } from './measure.js';
import type { JoinRule } from './types.js';

/** A line that ends a sentence runs on only if it fills the column. */
export const sentenceEndFullLine: JoinRule = {
  id: 'sentence-end-full-line',
  description: 'A line that ends a sentence runs on only if it fills the column.',
  gap: 'run',
  decide: (step) => {
    if (!endsSentence(step.last.text)) return undefined;
    return step.last.width >= reference(step) - (single(step) ? fullLine.sentenceFirstLineSlack : fullLine.sentenceLineSlack) ? 'join' : 'break';
  },
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['我们要切实加强组织领导，确保各项任务落实。', '同时要完善工作机制，强化督促检查工作。'], at: 1, decision: 'join' },
    { lines: ['我们要切实加强组织领导，确保任务落实。', '同时要完善工作机制，强化督促检查工作，推动落实。'], at: 1, decision: 'break' },
  ];
  },
};
