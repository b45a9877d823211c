import { displayWidth } from '../../text/width.js';
import { finishHead } from '../head-blocks.js';
import { maxTitleWidth } from '../profile.js';
import type { Block } from '../reflow.js';
import { hasSentenceEnd, subtitleDashLength } from '../shape.js';
import type { HeadRule } from './types.js';

/** Whether a block is a subtitle line: a dash, then text, no sentence end, no wider than a title. */
export function isSubtitleLine(block: Block): boolean {
  const text = block.value;
  const dash = subtitleDashLength(text);
  return dash > 0 && dash < text.length && !hasSentenceEnd(text) && displayWidth(text) <= maxTitleWidth;
}

/** `…讲话` / `——在…上的讲话`: a dashed line under a headline is the subtitle, the headline the title, wherever they stand. */
export const subtitleDashLine: HeadRule = {
  id: 'subtitle-dash-line',
  description: 'A subtitle line (——…) under a headline, anywhere in the text: that headline is the title, the dashed line its subtitle.',
  anywhere: true,
  decide: (blocks) => {
    const { list } = blocks;
    const dashed = list.findIndex((block, index) => index > 0 && isSubtitleLine(block) && list[index - 1]?.kind === 'heading');
    if (dashed <= 0) return undefined;
    return finishHead(blocks, [dashed - 1], [dashed], subtitleDashLength((list[dashed] as Block).value), [], dashed + 1);
  },
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['在全市教育工作会议上', '——市教育局局长讲话要点', '', '同志们，今天我们召开全市教育工作会议。', '一、总体要求'], at: 1, decision: 'subtitle' },
    { lines: ['在全市教育工作会议上', '——市教育局局长讲话要点', '', '同志们，今天我们召开全市教育工作会议。', '一、总体要求'], at: 0, decision: 'title' },
  ];
  },
};
