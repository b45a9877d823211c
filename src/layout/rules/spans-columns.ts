import type { JoinRule } from './types.js';

/** A headline set across the columns does not run on into a column, nor a column into it. */
export const spansColumns: JoinRule = {
  id: 'spans-columns',
  description: 'A headline set across the columns does not run on into a column, nor a column into it.',
  gap: 'any',
  decide: (step) => (step.last.spans === step.next.spans ? undefined : 'break'),
  examples: [
    { lines: [
      '关于做好安全生产工作的通知',
      '一、总体要求　　　　　　　　　　　　　　    三、保障措施',
      '坚持人民至上、生命至上，统筹发　　　　　    加强组织领导，各部门要按照职责',
      '展和安全，牢固树立安全发展理念。　　　　    分工抓好落实，确保取得实效。',
      '二、重点任务　　　　　　　　　　　　　　    四、工作要求',
      '压紧压实安全生产责任，强化企业　　　　　    各单位要高度重视，认真组织实施',
      '主体责任，提升应急处置能力。　　　　　　    按时报送工作进展情况和成效。',
    ], at: 1, decision: 'break' },
  ],
};
