import { isHeadlineGroup, startsHeadlineFamily } from '../rows.js';
import { acrossBlank } from '../profile.js';
import type { JoinRule } from './types.js';

/** Across a blank line, one full line as wide as the next, or right under a headline, is a paragraph cut by a column break. */
export const blankColumnCut: JoinRule = {
  id: 'blank-column-cut',
  description: 'Across a blank line, one full line as wide as the next, or right under a headline, is a paragraph cut by a column break.',
  gap: 'blank',
  decide: (step) => {
    const { last, next } = step;
    const underHeadline = isHeadlineGroup(step.before) && !startsHeadlineFamily(last);
    const asWideAsNext = next.width >= acrossBlank.minNextWidth && last.width >= next.width - acrossBlank.asWideBelow && last.width <= next.width + acrossBlank.asWideAbove;
    return asWideAsNext || underHeadline ? 'join' : 'break';
  },
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['第一段正文到此结束了吧。', '', '我们要切实加强组织领导和工作机制', '', '建设确保各项任务落实到位见到实效'], at: 4, decision: 'join' },
  ];
  },
};
