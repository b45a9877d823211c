import type { JoinRule } from './types.js';

/** A text whose lines are mostly wider than any column was never hard-wrapped: every line is a block. */
export const unwrappedText: JoinRule = {
  id: 'unwrapped-text',
  description: 'A text whose lines are mostly wider than any column was never hard-wrapped: every line is a block.',
  gap: 'any',
  decide: (step) => (step.wrapped ? undefined : 'break'),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['各单位要高度重视安全生产工作，切实加强组织领导，落实工作责任，完善工作机制，强化督促检查，确保各项任务落到实处，推动全市安全生产形势持续稳定向好。', '同时要加强宣传引导，营造良好氛围，推动形成全社会共同关心支持安全生产工作的良好局面，为全市经济社会持续健康发展提供坚强有力的安全保障。'], at: 1, decision: 'break' },
  ];
  },
};
