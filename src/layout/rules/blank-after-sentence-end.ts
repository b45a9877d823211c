import { endsBlock } from '../shape.js';
import type { JoinRule } from './types.js';

/** Across a blank line, a block that ends a sentence or a closing quote ends its paragraph (SPEC section 4). */
export const blankAfterSentenceEnd: JoinRule = {
  id: 'blank-after-sentence-end',
  description: 'Across a blank line, a block that ends a sentence or a closing quote ends its paragraph (SPEC section 4).',
  gap: 'blank',
  decide: (step) => (endsBlock(step.last.text) ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['我们要切实加强组织领导，确保各项任务落实。', '', '同时要完善工作机制，强化督促检查工作。'], at: 2, decision: 'break' },
  ];
  },
};
