import { familyOf, matchMarker } from '../../markers/registry.js';
import { displayWidth } from '../../text/width.js';
import { finishHead, type Blocks } from '../head-blocks.js';
import { maxTitleWidth } from '../profile.js';
import type { Block } from '../reflow.js';
import { titleRunsOn } from './title-runs-on.js';
import type { HeadRule } from './types.js';

// `一、总体要求` opening a text is its first section, not its title.
function startsNumberedHeadline(block: Block): boolean {
  const found = matchMarker(block.value, 0);
  return found !== undefined && familyOf(found.style).headings;
}

/**
 * The title of a text that opens with one: the first block, a headline no wider than a title
 * and not numbered, with the headlines that go on with it ({@link titleRunsOn}).
 *
 * @returns The title's blocks, or `undefined` when the text does not open with a title.
 */
export function openingTitle(blocks: Blocks): number[] | undefined {
  const first = blocks.at(0);
  if (!(first?.kind === 'heading' && displayWidth(first.value) <= maxTitleWidth && !startsNumberedHeadline(first))) return undefined;
  const title = [0];
  let after = 1;
  while (blocks.at(after)?.kind === 'heading' && titleRunsOn.decide(blocks, title, after)) title.push(after++);
  return title;
}

/** The first block, a headline, is the title; the paragraphs under it are the head's. */
export const titleFirstBlock: HeadRule = {
  id: 'title-first-block',
  description: 'A text that opens with an unnumbered headline no wider than a title: that headline is the title.',
  decide: (blocks) => {
    const title = openingTitle(blocks);
    return title === undefined ? undefined : finishHead(blocks, title, [], 0, [], (title[title.length - 1] as number) + 1);
  },
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [{ lines: ['关于加强教育工作的通知', '各单位要高度重视这项工作，切实加强组织领导。', '一、总体要求'], at: 0, decision: 'title' }];
  },
};
