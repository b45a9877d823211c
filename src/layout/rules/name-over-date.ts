import { isDateLine } from '../shape.js';
import type { KindRule } from './types.js';

/** The name over a date line is a signature (发文机关署名, GB/T 9704), not a headline. */
export const nameOverDate: KindRule = {
  id: 'name-over-date',
  description: 'A headline-shaped block right over a date line is a signature (发文机关署名), a paragraph.',
  when: 'heading',
  decide: (draft) => (draft.following !== undefined && isDateLine(draft.following.text) ? 'paragraph' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [{ lines: ['第一段正文到此结束了。', '', '东川省教育厅', '2024年3月5日'], at: 2, decision: 'paragraph' }];
  },
};
