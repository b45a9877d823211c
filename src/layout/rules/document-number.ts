import { isDocumentNumber } from '../shape.js';
import type { JoinRule } from './types.js';

/** A document number (发文字号 `国发〔2019〕3号`, GB/T 9704) is a block, and the line after it starts one. */
export const documentNumber: JoinRule = {
  id: 'document-number',
  description: 'A document number (发文字号 `国发〔2019〕3号`, GB/T 9704) is a block, and the line after it starts one.',
  gap: 'any',
  decide: (step) => (isDocumentNumber(step.next.text) || isDocumentNumber(step.last.text) ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['东教发〔2024〕12号', '关于做好全市招生工作的通知'], at: 1, decision: 'break' },
  ];
  },
};
