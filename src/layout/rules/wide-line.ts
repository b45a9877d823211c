import { column } from '../profile.js';
import type { JoinRule } from './types.js';

/** A line wider than any printed column is a whole paragraph of a text that was not wrapped. */
export const wideLine: JoinRule = {
  id: 'wide-line',
  description: 'A line wider than any printed column is a whole paragraph of a text that was not wrapped.',
  gap: 'run',
  decide: (step) => (step.last.width > column.maxWidth ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['各单位要高度重视安全生产工作，切实加强组织', '领导，落实工作责任，完善工作机制，强化督促检查。', '同时要加强宣传引导，营造良好氛围，推动形成全社会共同关心支持安全生产工作的良好局面，为全市经济社会持续健康发展提供坚强有力的安全保障和良好环境。', '各单位要高度重视安全生产工作，切实加强组织', '领导，落实工作责任，完善工作机制，强化督促检查。', '各单位要高度重视安全生产工作，切实加强组织', '领导，落实工作责任，完善工作机制，强化督促检查。'], at: 3, decision: 'break' },
  ];
  },
};
