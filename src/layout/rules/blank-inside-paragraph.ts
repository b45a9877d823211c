import { isHeadlineGroup } from '../rows.js';
import type { JoinRule } from './types.js';

/** Across a blank line, a block that cannot be a headline runs on: the blank is inside its paragraph. */
export const blankInsideParagraph: JoinRule = {
  id: 'blank-inside-paragraph',
  description: 'Across a blank line, a block that cannot be a headline runs on: the blank is inside its paragraph.',
  gap: 'blank',
  decide: (step) => (isHeadlineGroup(step.group) ? undefined : 'join'),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['工作取得成效。我们要切实加强组织领导，确保', '', '落到实处，推动工作取得新成效。'], at: 2, decision: 'join' },
  ];
  },
};
