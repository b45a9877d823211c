import type { KindRule } from './types.js';

/** What no kind rule calls a headline is body text. */
export const bodyText: KindRule = {
  id: 'body-text',
  description: 'A block no rule before calls a headline is a paragraph.',
  when: 'any',
  decide: () => 'paragraph',
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [{ lines: ['加强组织领导', '', '各单位要高度重视这项工作，切实加强组织领导。', '', '加强组织领导'], at: 2, decision: 'paragraph' }];
  },
};
