import { isDateLine } from '../shape.js';
import type { JoinRule } from './types.js';

/** A date on its own line (成文日期, GB/T 9704) is a block, and the line after it starts one. */
export const dateLine: JoinRule = {
  id: 'date-line',
  description: 'A date on its own line (成文日期, GB/T 9704) is a block, and the line after it starts one.',
  gap: 'any',
  decide: (step) => (isDateLine(step.next.text) || isDateLine(step.last.text) ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['东川省教育厅办公室', '2024年3月5日'], at: 1, decision: 'break' },
  ];
  },
};
