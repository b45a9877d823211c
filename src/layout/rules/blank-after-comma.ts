import { endsOpen } from '../shape.js';
import type { JoinRule } from './types.js';

/** Across a blank line, a block ending on a comma (，、,) runs on: it cannot end anything. */
export const blankAfterComma: JoinRule = {
  id: 'blank-after-comma',
  description: 'Across a blank line, a block ending on a comma (，、,) runs on: it cannot end anything.',
  gap: 'blank',
  decide: (step) => (endsOpen(step.last.text) ? 'join' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['我们要切实加强组织领导，确保各项任务，', '', '落到实处。'], at: 2, decision: 'join' },
  ];
  },
};
