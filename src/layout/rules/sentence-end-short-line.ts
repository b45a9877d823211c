import { endsSentence } from '../shape.js';
import { column } from '../profile.js';
import type { JoinRule } from './types.js';

/** A line that ends a sentence and is narrower than any body column ends its paragraph. */
export const sentenceEndShortLine: JoinRule = {
  id: 'sentence-end-short-line',
  description: 'A line that ends a sentence and is narrower than any body column ends its paragraph.',
  gap: 'run',
  decide: (step) => (endsSentence(step.last.text) && step.last.width < column.minFragmentWidth ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['各单位要认真贯彻执行。', '下一段落从这里开始写起来，直到写满这一行。'], at: 1, decision: 'break' },
  ];
  },
};
