import type { JoinRule } from './types.js';

/**
 * The first line of the flow opens the first block. The stage applies it before the registry
 * (there is no block yet to join to); it is a rule so that `explain` names it.
 */
export const firstLine: JoinRule = {
  id: 'first-line',
  description: 'The first line of the text opens the first block.',
  gap: 'any',
  decide: () => 'break',
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [{ lines: ['', '加强组织领导', '各单位要高度重视这项工作，切实加强组织领导。'], at: 1, decision: 'break' }];
  },
};
