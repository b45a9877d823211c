import { finishHead, range, type Blocks } from '../head-blocks.js';
import { counts } from '../profile.js';
import type { Block } from '../reflow.js';
import { openingTitle } from './title-first-block.js';
import type { HeadRule } from './types.js';

const normalize = (text: string): string => text.replace(/\s+/gu, '');

// A transcript may repeat its headline over the body, with the subtitle lines under the repeat.
function findTitleRepeat(blocks: Blocks, from: number, title: string): number {
  const wanted = normalize(title);
  for (let index = from; index < from + counts.titleRepeatWindow && !blocks.ended(index); index++) {
    if (normalize((blocks.at(index) as Block).value) === wanted) return index;
  }
  return -1;
}

/** A title repeated within three blocks, with one or two headlines under the repeat: those are the subtitle. */
export const titleRepeat: HeadRule = {
  id: 'title-repeat',
  description: 'The title repeated within the next three blocks, with headlines under the repeat: they are the subtitle, the repeat a paragraph.',
  decide: (blocks) => {
    const title = openingTitle(blocks);
    if (title === undefined) return undefined;
    const after = (title[title.length - 1] as number) + 1;
    const repeat = findTitleRepeat(blocks, after, blocks.textOf(title));
    if (repeat === -1) return undefined;
    const subtitle: number[] = [];
    let next = repeat + 1;
    while (next - repeat <= counts.maxSubtitleBlocks && blocks.at(next)?.kind === 'heading') subtitle.push(next++);
    if (subtitle.length === 0 || blocks.ended(next)) return undefined;
    // The lines between the title and its repeat (a lead-in) stay head paragraphs.
    const lead = range(after, next).filter((index) => !subtitle.includes(index));
    return { ...finishHead(blocks, title, subtitle, 0, lead, next), asParagraph: [repeat] };
  },
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [
    { lines: ['全市教育工作会议讲话', '', '全市教育工作会议讲话', '', '市委书记王明同志', '', '同志们，今天我们召开全市教育工作会议。', '一、总体要求'], at: 4, decision: 'subtitle' },
  ];
  },
};
