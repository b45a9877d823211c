/**
 * The blocks the head rules read (`rules/title-*.ts`, `rules/subtitle-dash-line.ts`), and the
 * reading order they make of them.
 */

import type { Block } from './reflow.js';

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

/**
 * The blocks read so far, which are all of them or the first ones of a document still read.
 * Asked for a block past those read, it answers `undefined` and notes that more were needed:
 * a decision made on such an answer is not taken.
 */
export class Blocks {
  /** Whether a rule asked for a block not read yet. */
  short = false;

  constructor(
    readonly list: readonly Block[],
    readonly complete: boolean,
  ) {}

  /** The block at `index`; `undefined` past the end of the document or past the blocks read. */
  at(index: number): Block | undefined {
    if (index < this.list.length) return this.list[index];
    if (!this.complete) this.short = true;
    return undefined;
  }

  /** Whether `index` is past the last block (of the document, or of those read). */
  ended(index: number): boolean {
    return this.at(index) === undefined;
  }

  /** The blocks' text joined. */
  textOf(indices: readonly number[]): string {
    return indices.map((index) => (this.list[index] as Block).value).join('');
  }
}

/**
 * The head of a document: its title and subtitle, and the reading order with the head
 * paragraphs (those from `after` to the first headline, and `lead`) first. Without a title,
 * nothing moves.
 */
export function finishHead(blocks: Blocks, title: number[], subtitle: number[], subtitleDash: number, lead: number[], after: number): Head {
  const count = blocks.list.length;
  if (title.length === 0) return { title, subtitle, subtitleDash, asParagraph: [], order: range(0, count) };
  let end = after;
  while (!blocks.ended(end) && (blocks.at(end) as Block).kind !== 'heading') end++;
  const head = [...lead, ...range(after, end)];
  const before = range(0, Math.min(...title));
  return { title, subtitle, subtitleDash, asParagraph: [], order: [...head, ...before, ...range(end, count)] };
}

/** The whole numbers from `from` up to `to`, not included. */
export function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let index = from; index < to; index++) out.push(index);
  return out;
}
