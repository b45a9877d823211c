import { fullLine } from '../profile.js';
import { reference, single } from './measure.js';
import type { JoinRule } from './types.js';

/** A line that fills its column runs on into the next; the first line may have lost its indentation. */
export const fullLineRunsOn: JoinRule = {
  id: 'full-line-runs-on',
  description: 'A line that fills its column runs on into the next; the first line may have lost its indentation.',
  gap: 'run',
  decide: (step) => (step.last.width >= reference(step) - (single(step) ? fullLine.firstLineSlack : fullLine.lineSlack) ? 'join' : 'break'),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['我们要切实加强组织领导，确保各项任务', '落到实处，推动工作取得新成效。'], at: 1, decision: 'join' },
    { lines: ['我们要切实加强组织领导', '确保各项任务落到实处，推动工作取得新成效。'], at: 1, decision: 'break' },
    // A line ending on an open word (的) runs on, even into a headline number (`一、二级`).
    { lines: ['我们要切实加强组织领导，推动工作的', '一、二级指标体系建设取得新成效。'], at: 1, decision: 'join' },
  ];
  },
};
