import { finishHead } from '../head-blocks.js';
import type { HeadRule } from './types.js';

/** A text that opens with no title has none: the blocks stay in source order. */
export const noTitle: HeadRule = {
  id: 'no-title',
  description: 'A text that opens with a numbered headline or a paragraph, with no subtitle line, has no title.',
  decide: (blocks) => finishHead(blocks, [], [], 0, [], 0),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [{ lines: ['一、总体要求', '各单位要高度重视这项工作，切实加强组织领导。'], at: 0, decision: 'headline' }];
  },
};
