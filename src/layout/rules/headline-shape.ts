import { looksLikeHeadline } from '../rows.js';
import type { KindRule } from './types.js';

/** Short, no sentence end, not a date, a number, a note or a label: a headline (SPEC section 4). */
export const headlineShape: KindRule = {
  id: 'headline-shape',
  description: 'A block of at most four lines, no wider than a headline, with no sentence end, date, document number, note or label: a headline.',
  when: 'any',
  decide: (draft) => (looksLikeHeadline(draft.value, draft.wrapped ? draft.rows.length : 1) ? 'heading' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [{ lines: ['第一段正文到此结束了。', '', '加强组织领导', '', '各单位要高度重视这项工作，切实加强组织领导。'], at: 2, decision: 'heading' }];
  },
};
