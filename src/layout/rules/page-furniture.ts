import type { LineFacts } from '../../read/types.js';
import { findFurniture } from '../page/furniture.js';
import type { PageRule } from './types.js';

/**
 * Page numbers, running headers and footers leave the flow (SPEC section 9). A thin wrapper of
 * the page stage's decision (`page/furniture.ts`), so that `explain` names it.
 */
export const pageFurniture: PageRule = {
  id: 'page-furniture',
  description: 'A page number, running header or footer (by shape, place and repetition across pages) leaves the flow.',
  decide: (source: string, facts: readonly LineFacts[]) => new Set(findFurniture(source, facts).keys()),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['关于做好安全生产工作的通知', '一、总体要求', '坚持人民至上、生命至上，统筹发展和安全，牢固树立安全发', '— 1 —', '\f展理念，以防范化解重大安全风险为主线。', '二、重点任务'], at: 3, decision: 'furniture' },
  ];
  },
};
