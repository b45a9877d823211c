import { firstRow, isHeadlineGroup, startsHeadlineFamily } from '../rows.js';
import type { JoinRule } from './types.js';

/** Headlines stacked under headlines at the top are the title's subtitles: across a blank line they end. */
export const blankInTitleStack: JoinRule = {
  id: 'blank-in-title-stack',
  description: 'Headlines stacked under headlines at the top are the title\'s subtitles: across a blank line they end.',
  gap: 'blank',
  decide: (step) => (step.before !== undefined && isHeadlineGroup(step.before) && isHeadlineGroup(step.beforeThat) && !startsHeadlineFamily(firstRow(step.before)) ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['全市工作会议纪要', '', '加强组织领导完善工作机制', '', '推动工作落实见到实效成果显著', '', '各单位要认真贯彻落实会议精神'], at: 6, decision: 'break' },
  ];
  },
};
