import type { JoinRule } from './types.js';

/** The file said whether the line starts a paragraph (Word, HTML): that decides. */
export const readerFacts: JoinRule = {
  id: 'reader-facts',
  description: 'The file said whether the line starts a paragraph (Word, HTML): that decides.',
  gap: 'any',
  decide: (step) => (step.told === undefined ? undefined : step.told ? 'break' : 'join'),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['一段很短的话', '下一行接着写内容，直到写满这一行的宽度。'], at: 1, decision: 'join', facts: [{ line: 1, startsParagraph: false }] },
    { lines: ['我们要切实加强组织领导，确保各项任务', '落到实处，推动工作取得新成效。'], at: 1, decision: 'break', facts: [{ line: 1, startsParagraph: true }] },
  ];
  },
};
