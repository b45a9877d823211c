import { acrossBlank } from '../profile.js';
import { single } from './measure.js';
import type { JoinRule } from './types.js';

/** Across a blank line, a block of several lines as wide as the next runs on; narrower lines make a headline. */
export const blankInEqualLines: JoinRule = {
  id: 'blank-in-equal-lines',
  description: 'Across a blank line, a block of several lines as wide as the next runs on; narrower lines make a headline.',
  gap: 'blank',
  decide: (step) => {
    if (single(step)) return undefined;
    const { last, next, group } = step;
    return next.width >= last.width - acrossBlank.nextSlack && group.rows.every((row) => row.width >= last.width - acrossBlank.equalSlack) ? 'join' : 'break';
  },
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['第一段正文到此结束了。', '', '加强组织领导完善工作机制和制度', '建设推动各项工作实现高质量发展', '', '确保各项任务落实到位见到实效'], at: 5, decision: 'join' },
  ];
  },
};
