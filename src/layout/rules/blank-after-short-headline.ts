import { fullBeforeBlank } from './measure.js';
import type { JoinRule } from './types.js';

/** Across a blank line, a headline-shaped line that does not fill the column is a headline: it ends. */
export const blankAfterShortHeadline: JoinRule = {
  id: 'blank-after-short-headline',
  description: 'Across a blank line, a headline-shaped line that does not fill the column is a headline: it ends.',
  gap: 'blank',
  decide: (step) => (fullBeforeBlank(step) ? undefined : 'break'),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['第一段正文到此结束了。', '', '加强组织领导', '', '各地区各部门要高度重视这项工作，切实加强组织领导。'], at: 4, decision: 'break' },
  ];
  },
};
