import { endsSentence } from '../shape.js';
import { acrossBlank, fullLine } from '../profile.js';
import { fullBeforeBlank } from './measure.js';
import type { JoinRule } from './types.js';

/** Across a blank line, a line that ends a sentence and is no wider is the tail of the block's paragraph (not under the title). */
export const blankBeforeTail: JoinRule = {
  id: 'blank-before-tail',
  description: 'Across a blank line, a line that ends a sentence and is no wider is the tail of the block\'s paragraph (not under the title).',
  gap: 'blank',
  decide: (step) => {
    const tail = endsSentence(step.next.text) && step.next.width <= step.last.width + acrossBlank.tailSlack;
    return step.before !== undefined && tail && (fullBeforeBlank(step) || step.next.width < step.last.width - fullLine.narrowerSlack) ? 'join' : undefined;
  },
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['第一段正文到此结束了。', '', '加强组织领导和工作机制建设', '', '确保落实。'], at: 4, decision: 'join' },
  ];
  },
};
