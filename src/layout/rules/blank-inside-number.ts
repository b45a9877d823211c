import type { JoinRule } from './types.js';

/** Across a blank line, a number or a word cut by the wrap (`…的8` / `0%；`) runs on. */
export const blankInsideNumber: JoinRule = {
  id: 'blank-inside-number',
  description: 'Across a blank line, a number or a word cut by the wrap (`…的8` / `0%；`) runs on.',
  gap: 'blank',
  decide: (step) => (/[0-9０-９A-Za-z]$/u.test(step.last.text) && /^[0-9０-９A-Za-z%％.．]/u.test(step.next.text) ? 'join' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['全年完成投资总额达到人民币12', '', '5亿元，同比增长百分之八。'], at: 2, decision: 'join' },
  ];
  },
};
