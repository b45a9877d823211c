import { endsSentence } from '../shape.js';
import type { KindRule } from './types.js';

/** A heading style (Word's Heading 1–9, `<h2>`, a larger type) is evidence the text rules cannot see. */
export const headingStyle: KindRule = {
  id: 'heading-style',
  description: 'The file set the line as a heading (Heading 1–9, <h2>, a larger type) and it ends no sentence: a headline.',
  when: 'any',
  decide: (draft) => (draft.rows[0]?.facts?.heading !== undefined && !endsSentence(draft.value) ? 'heading' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['第一段正文到此结束了。', '', '各单位要高度重视这项工作，切实加强组织领导，', '', '各单位要高度重视这项工作，切实加强组织领导。'], at: 2, decision: 'heading', facts: [{ line: 2, heading: 1 }, { line: 4, startsParagraph: true }] },
  ];
  },
};
