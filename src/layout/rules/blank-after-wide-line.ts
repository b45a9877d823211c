import { rowMarker, startsRunIn } from '../rows.js';
import { column } from '../profile.js';
import { openEnding } from '../lexicon.js';
import { first } from './measure.js';
import type { JoinRule } from './types.js';

// Headlines are set narrow and end on a word.
/** Across a blank line, a full line wider than a headline column, ending on an open word, or opening with a run-in marker runs on. */
export const blankAfterWideLine: JoinRule = {
  id: 'blank-after-wide-line',
  description: 'Across a blank line, a full line wider than a headline column, ending on an open word, or opening with a run-in marker runs on.',
  gap: 'blank',
  decide: (step) => (step.last.width > column.maxHeadlineColumn || openEnding.test(step.last.text) || startsRunIn(rowMarker(first(step))) ? 'join' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['第一段正文到此结束了。', '', '加强组织领导和完善工作机制是做好工作的', '', '重要保障和基础条件'], at: 4, decision: 'join' },
  ];
  },
};
