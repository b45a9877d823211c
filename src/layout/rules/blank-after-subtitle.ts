import { subtitleDashLength } from '../shape.js';
import { first } from './measure.js';
import type { JoinRule } from './types.js';

/** Across a blank line, a subtitle line (`——…`) does not run on. */
export const blankAfterSubtitle: JoinRule = {
  id: 'blank-after-subtitle',
  description: 'Across a blank line, a subtitle line (`——…`) does not run on.',
  gap: 'blank',
  decide: (step) => (subtitleDashLength(first(step).text) > 0 ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['——在全市教育工作会议上的讲话', '', '同志们今天我们召开会议研究部署工作'], at: 2, decision: 'break' },
  ];
  },
};
