import type { KindRule } from './types.js';

/** A headline heads something: nothing ends a text. */
export const lastBlock: KindRule = {
  id: 'last-block',
  description: 'The last block of a text is no headline, whatever its shape: a headline heads something.',
  when: 'heading',
  decide: (draft) => (draft.following === undefined ? 'paragraph' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [{ lines: ['第一段正文到此结束了。', '加强组织领导'], at: 1, decision: 'paragraph' }];
  },
};
