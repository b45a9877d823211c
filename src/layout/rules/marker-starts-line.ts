import { startsHeadlineFamily } from '../rows.js';
import { openEnding } from '../lexicon.js';
import type { JoinRule } from './types.js';

/** A line opening with a headline number (一、（一）1.) starts a block, unless the line before stops mid-phrase (SPEC section 3). */
export const markerStartsLine: JoinRule = {
  id: 'marker-starts-line',
  description: 'A line opening with a headline number (一、（一）1.) starts a block, unless the line before stops mid-phrase (SPEC section 3).',
  gap: 'run',
  decide: (step) => (startsHeadlineFamily(step.next) && !openEnding.test(step.last.text) && !/[0-9０-９]$/u.test(step.last.text) ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['各单位要高度重视安全生产工作，切实加强组织领导', '一、加强组织领导，落实工作责任'], at: 1, decision: 'break' },
  ];
  },
};
