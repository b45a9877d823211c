import { startsNewsLead } from '../shape.js';
import type { JoinRule } from './types.js';

/** A news agency's lead (`本报讯`, `新华社北京3月5日电`) opens a paragraph. */
export const newsLead: JoinRule = {
  id: 'news-lead',
  description: 'A news agency\'s lead (`本报讯`, `新华社北京3月5日电`) opens a paragraph.',
  gap: 'any',
  decide: (step) => (startsNewsLead(step.next.text) ? 'break' : undefined),
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['全市教育工作会议召开', '本报讯（记者　王华）昨天，全市教育工作会议召开。'], at: 1, decision: 'break' },
  ];
  },
};
