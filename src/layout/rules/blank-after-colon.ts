import type { JoinRule } from './types.js';

/** Across a blank line, one full line holding a colon runs on: a headline holds none. */
export const blankAfterColon: JoinRule = {
  id: 'blank-after-colon',
  description: 'Across a blank line, one full line holding a colon runs on: a headline holds none.',
  gap: 'blank',
  decide: (step) => (/[：:]/u.test(step.last.text) ? 'join' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['第一段正文到此结束了。', '', '加强党的全面领导完善工作机制：实效', '', '确保各项任务落实到位见到实效'], at: 4, decision: 'join' },
  ];
  },
};
