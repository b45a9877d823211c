import type { JoinRule } from './types.js';

/** The first block of a text, shaped like a headline, is the title, however wide it was set. */
export const blankAfterTitle: JoinRule = {
  id: 'blank-after-title',
  description: 'The first block of a text, shaped like a headline, is the title, however wide it was set.',
  gap: 'blank',
  decide: (step) => (step.before === undefined ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['关于进一步加强全市教育工作的通知', '', '各区县教育局要认真贯彻落实。'], at: 2, decision: 'break' },
  ];
  },
};
