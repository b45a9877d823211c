import { column } from '../profile.js';
import type { JoinRule } from './types.js';

/** A line narrower than any printed column ends its block. */
export const shortLine: JoinRule = {
  id: 'short-line',
  description: 'A line narrower than any printed column ends its block.',
  gap: 'run',
  decide: (step) => (step.last.width < column.minWidth ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['一段很短的话', '下一行接着写内容，直到写满这一行的宽度。'], at: 1, decision: 'break' },
  ];
  },
};
