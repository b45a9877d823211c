import { endsSentence } from '../shape.js';
import { fullLine } from '../profile.js';
import { reference } from './measure.js';
import type { JoinRule } from './types.js';

/** An indented line opens a block, unless the line before it is full and runs on (a space the wrap put at a line start). */
export const indentedLine: JoinRule = {
  id: 'indented-line',
  description: 'An indented line opens a block, unless the line before it is full and runs on (a space the wrap put at a line start).',
  gap: 'run',
  decide: (step) => (step.next.indent > step.last.indent && (endsSentence(step.last.text) || step.last.width < reference(step) - fullLine.narrowerSlack) ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['　　我们要进一步加强组织领导，切实把各项', '任务落到实处，推动工作不断取得新的成效。', '　　同时要加强督促检查，确保工作取得实效。'], at: 2, decision: 'break' },
  ];
  },
};
