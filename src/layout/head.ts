import { familyOf, matchMarker } from '../markers/registry.js';
import { displayWidth } from '../text/width.js';
import type { Block } from './reflow.js';
import { maxTitleWidth } from './profile.js';
import { hasSentenceEnd, subtitleDashLength } from './shape.js';

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

/** Thrown when the head cannot be told from the blocks read so far. */
const needMore = Symbol('need more blocks');

/** The blocks read so far, which are all of them or the first ones of a document still read. */
class Blocks {
  constructor(
    readonly list: readonly Block[],
    private readonly complete: boolean,
  ) {}

  /** The block at `index`; `undefined` past the end of the document, {@link needMore} past the blocks read. */
  at(index: number): Block | undefined {
    if (index < this.list.length) return this.list[index];
    if (!this.complete) throw needMore;
    return undefined;
  }

  /** Whether `index` is past the last block of the document. */
  ended(index: number): boolean {
    return this.at(index) === undefined;
  }
}

/**
 * Find the title block and its subtitle, and hoist them with the paragraphs directly under them
 * to the front (SPEC section 2: the head comes first, wherever it stood).
 *
 * @param blocks The blocks in source order.
 * @returns The head and the reading order of the other blocks.
 */
export function findHead(blocks: readonly Block[]): Head {
  return decide(new Blocks(blocks, true), true) as Head;
}

/**
 * Find the head from the first blocks of a document, when they decide it: the head is then the
 * one {@link findHead} finds in the whole document, its `order` covers the blocks given, and the
 * blocks after them follow in source order. So the tree can be built while the layout is still
 * read, and a block dies soon after it is made.
 *
 * @param blocks The first blocks of the document, in source order.
 * @param subtitleLater Whether a subtitle line (`——…`), which places the title wherever it stands,
 *   may still come: until one has come, the head waits for the whole document.
 * @returns The head, or `undefined` when more blocks are needed.
 */
export function findHeadEarly(blocks: readonly Block[], subtitleLater: boolean): Head | undefined {
  try {
    return decide(new Blocks(blocks, false), subtitleLater);
  } catch (error) {
    if (error === needMore) return undefined;
    throw error;
  }
}

function decide(blocks: Blocks, subtitleLater: boolean): Head | undefined {
  const { list } = blocks;
  let title: number[] = [];
  let subtitle: number[] = [];
  let subtitleDash = 0;
  let after = 0;

  const dashed = list.findIndex((block, index) => index > 0 && isSubtitleLine(block) && list[index - 1]?.kind === 'heading');
  // A subtitle line anywhere decides the head; none in the blocks read so far decides it only when
  // none can come.
  if (dashed === -1 && subtitleLater) blocks.at(list.length);
  if (dashed > 0) {
    title = [dashed - 1];
    subtitle = [dashed];
    subtitleDash = subtitleDashLength((list[dashed] as Block).value);
    after = dashed + 1;
  } else {
    const first = blocks.at(0);
    if (!(first?.kind === 'heading' && isTitleShaped(first) && !startsNumberedHeadline(first))) return finish(blocks, [], [], 0, [], 0);
    title = [0];
    after = 1;
    while (blocks.at(after)?.kind === 'heading' && titleRunsOn(blocks, title, after)) title.push(after++);
    const repeat = findTitleRepeat(blocks, after, textOf(list, title));
    if (repeat !== -1) {
      let next = repeat + 1;
      while (next - repeat <= 2 && blocks.at(next)?.kind === 'heading') subtitle.push(next++);
      if (subtitle.length > 0 && !blocks.ended(next)) {
        // The lines between the title and its repeat (a lead-in) stay head paragraphs.
        const lead = range(after, next).filter((index) => !subtitle.includes(index));
        return { ...finish(blocks, title, subtitle, 0, lead, next), asParagraph: [repeat] };
      }
      subtitle = [];
    }
  }
  return finish(blocks, title, subtitle, subtitleDash, [], after);
}

// The head paragraphs run from `after` to the first headline; without a title, nothing moves.
function finish(blocks: Blocks, title: number[], subtitle: number[], subtitleDash: number, lead: number[], after: number): Head {
  const count = blocks.list.length;
  if (title.length === 0) return { title, subtitle, subtitleDash, asParagraph: [], order: range(0, count) };
  let end = after;
  while (!blocks.ended(end) && (blocks.at(end) as Block).kind !== 'heading') end++;
  const head = [...lead, ...range(after, end)];
  const before = range(0, Math.min(...title));
  return { title, subtitle, subtitleDash, asParagraph: [], order: [...head, ...before, ...range(end, count)] };
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
function titleRunsOn(blocks: Blocks, title: readonly number[], next: number): boolean {
  const text = textOf(blocks.list, title).trimEnd();
  if (documentKind.test(text)) return false;
  if ((blocks.list[title[title.length - 1] as number] as Block).open) return true;
  return text.includes('关于') || openTitleEnding.test(text) || (blocks.at(next) as Block).value.trimStart().startsWith('关于');
}

// A transcript may repeat its headline over the body, with the subtitle lines under the repeat.
function findTitleRepeat(blocks: Blocks, from: number, title: string): number {
  const wanted = normalize(title);
  for (let index = from; index < from + 3 && !blocks.ended(index); index++) {
    if (normalize((blocks.at(index) as Block).value) === wanted) return index;
  }
  return -1;
}
