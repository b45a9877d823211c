import { isHeadlineGroup, startsHeadlineFamily, startsWithMarker } from '../rows.js';
import { single } from './measure.js';
import type { JoinRule } from './types.js';

/** Under a one-line numbered headline, a line opening with a marker (`一是…`) starts a block. */
export const markerUnderHeadline: JoinRule = {
  id: 'marker-under-headline',
  description: 'Under a one-line numbered headline, a line opening with a marker (`一是…`) starts a block.',
  gap: 'run',
  decide: (step) => (single(step) && startsHeadlineFamily(step.last) && startsWithMarker(step.next) && isHeadlineGroup(step.group) ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['一、总体要求和主要目标', '一是坚持稳中求进工作总基调，统筹推进各项工作。'], at: 1, decision: 'break' },
  ];
  },
};
