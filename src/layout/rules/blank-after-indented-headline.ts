import { first } from './measure.js';
import type { JoinRule } from './types.js';

/** Across a blank line, an indented headline-shaped line is a headline: paragraph fragments are not indented. */
export const blankAfterIndentedHeadline: JoinRule = {
  id: 'blank-after-indented-headline',
  description: 'Across a blank line, an indented headline-shaped line is a headline: paragraph fragments are not indented.',
  gap: 'blank',
  decide: (step) => (first(step).indent > 0 ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['第一段正文到此结束了。', '', '　　加强组织领导完善工作机制建设', '', '各单位要高度重视这项工作'], at: 4, decision: 'break' },
  ];
  },
};
