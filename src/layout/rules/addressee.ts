import { isHeadlineGroup } from '../rows.js';
import { isSalutation } from '../shape.js';
import { salutationGroupOpeners } from '../lexicon.js';
import { first } from './measure.js';
import type { JoinRule } from './types.js';

/** An addressee or salutation (`各市教育局：`, `同志们：`) under a headline is a paragraph of its own (GB/T 9704 主送机关). */
export const addressee: JoinRule = {
  id: 'addressee',
  description: 'An addressee or salutation (`各市教育局：`, `同志们：`) under a headline is a paragraph of its own (GB/T 9704 主送机关).',
  gap: 'any',
  decide: (step) => (isSalutation(step.next.text) && isHeadlineGroup(step.group) && !salutationGroupOpeners.test(first(step).text) ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['关于做好全市招生工作的通知', '各区县教育局：'], at: 1, decision: 'break' },
  ];
  },
};
