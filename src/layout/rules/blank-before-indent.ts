import type { JoinRule } from './types.js';

/** Across a blank line, an indented line opens a paragraph. */
export const blankBeforeIndent: JoinRule = {
  id: 'blank-before-indent',
  description: 'Across a blank line, an indented line opens a paragraph.',
  gap: 'blank',
  decide: (step) => (step.next.indent > step.last.indent ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['我们要切实加强组织领导，确保各项任务', '', '　　落到实处，推动工作取得新成效。'], at: 2, decision: 'break' },
  ];
  },
};
