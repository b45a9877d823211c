import type { JoinRule } from './types.js';

/** A headline set across the columns does not run on into a column, nor a column into it. */
export const spansColumns: JoinRule = {
  id: 'spans-columns',
  description: 'A headline set across the columns does not run on into a column, nor a column into it.',
  gap: 'any',
  decide: (step) => (step.last.spans === step.next.spans ? undefined : 'break'),
  examples: [],
};
