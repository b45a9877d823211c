import { familyOf, matchMarker } from '../markers/registry.js';
import { displayWidth } from '../text/width.js';
import type { Block } from './reflow.js';
import { hasSentenceEnd, maxTitleWidth, subtitleDashLength } from './shape.js';

/** Where the document's head is, and the order the blocks are read in. */
export interface Head {
  /** Blocks that make up the title (joined without a separator). */
  title: number[];
  /** Blocks that make up the subtitle (joined with a space), and the dash to drop from the first. */
  subtitle: number[];
  subtitleDash: number;
  /** Headline-shaped blocks to read as paragraphs (a repeat of the title). */
  asParagraph: number[];
  /** Every other block, head paragraphs first, then the rest in source order. */
  order: number[];
}

// The kinds of official documents (文种) that end a title: `…关于…的意见` is complete, `…关于促进…` is not.
const documentKind = /(?:意见|通知|通报|决定|决议|办法|规定|规划|方案|报告|函|批复|请示|纪要|要点|公告|通告|命令|议案|条例|细则|计划|总结|讲话|公报|指引|指南|措施|要览|综述)$/u;
// A title line that ends on one of these words runs on into the next line.
const openTitleEnding = /[的之与和及在于对为把从、，]$/u;

const normalize = (text: string): string => text.replace(/\s+/gu, '');

/**
 * Find the title block and its subtitle, and hoist them with the paragraphs directly under them
 * to the front (SPEC section 2: the head comes first, wherever it stood).
 *
 * @param blocks The blocks in source order.
 * @returns The head and the reading order of the other blocks.
 */
export function findHead(blocks: readonly Block[]): Head {
  const none: Head = { title: [], subtitle: [], subtitleDash: 0, asParagraph: [], order: blocks.map((_, index) => index) };
  let title: number[] = [];
  let subtitle: number[] = [];
  let subtitleDash = 0;
  let after = 0;

  const dashed = blocks.findIndex((block, index) => index > 0 && isSubtitleLine(block) && blocks[index - 1]?.kind === 'heading');
  if (dashed > 0) {
    title = [dashed - 1];
    subtitle = [dashed];
    subtitleDash = subtitleDashLength((blocks[dashed] as Block).value);
    after = dashed + 1;
  } else if (blocks[0]?.kind === 'heading' && isTitleShaped(blocks[0]) && !startsNumberedHeadline(blocks[0])) {
    title = [0];
    after = 1;
    while (blocks[after]?.kind === 'heading' && titleRunsOn(blocks, title, after)) title.push(after++);
    const repeat = findTitleRepeat(blocks, after, textOf(blocks, title));
    if (repeat !== -1) {
      let next = repeat + 1;
      while (next < blocks.length && next - repeat <= 2 && blocks[next]?.kind === 'heading') subtitle.push(next++);
      if (subtitle.length > 0 && next < blocks.length) {
        // The lines between the title and its repeat (a lead-in) stay head paragraphs.
        const lead = range(after, next).filter((index) => !subtitle.includes(index));
        return { ...finish(blocks, title, subtitle, 0, lead, next), asParagraph: [repeat] };
      }
      subtitle = [];
    }
  } else {
    return none;
  }
  return finish(blocks, title, subtitle, subtitleDash, [], after);
}

function finish(blocks: readonly Block[], title: number[], subtitle: number[], subtitleDash: number, lead: number[], after: number): Head {
  let end = after;
  while (end < blocks.length && blocks[end]?.kind !== 'heading') end++;
  const head = [...lead, ...range(after, end)];
  const before = range(0, Math.min(...title));
  return { title, subtitle, subtitleDash, asParagraph: [], order: [...head, ...before, ...range(end, blocks.length)] };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let index = from; index < to; index++) out.push(index);
  return out;
}

function textOf(blocks: readonly Block[], indices: readonly number[]): string {
  return indices.map((index) => (blocks[index] as Block).value).join('');
}

function isSubtitleLine(block: Block): boolean {
  const text = block.value;
  const dash = subtitleDashLength(text);
  return dash > 0 && dash < text.length && !hasSentenceEnd(text) && displayWidth(text) <= maxTitleWidth;
}

// `一、总体要求` opening a text is its first section, not its title.
function startsNumberedHeadline(block: Block): boolean {
  const found = matchMarker(block.value, 0);
  return found !== undefined && familyOf(found.style).headings;
}

function isTitleShaped(block: Block): boolean {
  return displayWidth(block.value) <= maxTitleWidth;
}

// `东川省教育厅` / `关于做好…的` / `通知`: the issuer, the subject and the kind of document are one title.
// A long title set full width and cut by a blank line runs on too.
function titleRunsOn(blocks: readonly Block[], title: readonly number[], next: number): boolean {
  const text = textOf(blocks, title).trimEnd();
  if (documentKind.test(text)) return false;
  if ((blocks[title[title.length - 1] as number] as Block).open) return true;
  return text.includes('关于') || openTitleEnding.test(text) || (blocks[next] as Block).value.trimStart().startsWith('关于');
}

// A transcript may repeat its headline over the body, with the subtitle lines under the repeat.
function findTitleRepeat(blocks: readonly Block[], from: number, title: string): number {
  const wanted = normalize(title);
  for (let index = from; index < Math.min(blocks.length, from + 3); index++) {
    if (normalize((blocks[index] as Block).value) === wanted) return index;
  }
  return -1;
}
