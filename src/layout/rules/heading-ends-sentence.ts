import { endsSentence } from '../shape.js';
import type { KindRule } from './types.js';

/** A block that ends a sentence (`……`, `：`) is no headline. */
export const headingEndsSentence: KindRule = {
  id: 'heading-ends-sentence',
  description: 'A headline-shaped block that ends a sentence (an ellipsis) is a paragraph.',
  when: 'heading',
  decide: (draft) => (endsSentence(draft.value) ? 'paragraph' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [{ lines: ['第一段正文到此结束了。', '', '加强组织领导等工作……', '', '各单位要高度重视这项工作，切实加强组织领导。'], at: 2, decision: 'paragraph' }];
  },
};
