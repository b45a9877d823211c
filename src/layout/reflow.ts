import { forEachLine, isBlankLine } from '../text/lines.js';
import type { LineFacts } from '../read/types.js';
import { displayWidth } from '../text/width.js';
import { endsBlock } from './shape.js';
import { column, fullLine } from './profile.js';
import { addRow, newGroup, type Group, type Row } from './rows.js';
import { demotionRules, firstLine, joinRules, kindRules } from './rules/index.js';
import type { BlockDraft, JoinRule, JoinStep, KindRule } from './rules/types.js';
import { joinRanges, type Range, type TextMap } from './text-map.js';
import { forEachSegment, type PageNote } from './page/segments.js';
import type { FurnitureLine, Segment } from './segment.js';

/** A paragraph or headline rebuilt from the physical lines it was wrapped into: its joined text and the map back to the source. */
export interface Block extends TextMap {
  kind: 'heading' | 'paragraph';
  /** Source offset of the first character. */
  start: number;
  /** Source offset just past the last character. */
  end: number;
  /** Whether its last line fills the column (a long title cut by a blank line runs on). */
  open: boolean;
}

/**
 * What the layout stage decided, told as it decides it (for `jyparse explain`): which rule
 * joined each line of the flow to the block before it or started a block with it, and which
 * rule gave each block its kind.
 */
export interface LayoutTrace {
  /** A line of the flow: whether it runs on (`join`) or starts a block, and the rule that said so. */
  line: (segment: Segment, rule: JoinRule, join: boolean) => void;
  /** A block, complete, and the rule that decided its kind. */
  block: (block: Block, rule: KindRule) => void;
}

/**
 * Rebuild paragraphs and headlines from hard-wrapped lines (SPEC section 4): join wrapped lines,
 * tell blank lines inside a paragraph from paragraph ends, and find the headlines.
 *
 * @param source The decoded text.
 * @returns The blocks in source order.
 */
export function reflow(source: string, facts: readonly LineFacts[] = []): Block[] {
  const blocks: Block[] = [];
  reflowEach(source, (block) => {
    blocks.push(block);
  }, facts);
  return blocks;
}

/**
 * {@link reflow}, handing each block on as soon as it is complete (when the line after it is
 * read), in source order.
 *
 * One pass over the lines after a first that decides whether the text is wrapped at all; rows
 * and groups live only as long as the rules look at them (the group being joined and the two
 * before it). Each line is decided by the join rules (`rules/index.ts`), in order: the first
 * that decides wins.
 *
 * @param source The decoded text.
 * @param visit Called with each block.
 * @param facts What the file said of its lines, in line order (none for a text file): where a
 *   line says whether it starts a paragraph, that decides; where it does not, the text rules do.
 * @param furniture Called with each line of page furniture.
 * @param trace Told of every decision and the rule that made it.
 * @param note Told of what the page stage could not settle (interleaved columns), for a diagnostic.
 */
export function reflowEach(
  source: string,
  visit: (block: Block) => void,
  facts: readonly LineFacts[] = [],
  furniture: (line: FurnitureLine) => void = () => {},
  trace?: LayoutTrace,
  note: (note: PageNote) => void = () => {},
): void {
  const wrapped = isWrapped(source);
  let current: Group | undefined;
  let before: Group | undefined;
  let beforeThat: Group | undefined;
  const emit = (group: Group, following: Row | undefined): void => {
    const { block, rule } = toBlock(source, group, following, wrapped);
    trace?.block(block, rule);
    visit(block);
  };
  forEachSegment(source, facts, (segment) => {
    const row = toRow(source, segment);
    if (current) {
      const step: JoinStep = { group: current, last: current.rows[current.rows.length - 1] as Row, next: row, before, beforeThat, wrapped, told: segment.facts?.startsParagraph };
      const { rule, join } = decideJoin(step);
      trace?.line(segment, rule, join);
      if (join) {
        addRow(current, row);
        return;
      }
      emit(current, row);
    } else trace?.line(segment, firstLine, false);
    beforeThat = before;
    before = current;
    current = newGroup(row);
  }, furniture, note);
  if (current) emit(current, undefined);
}

/**
 * Ask the join rules in order whether a line runs on into the block before it (SPEC section 4).
 *
 * @param step The block so far and the line after it.
 * @returns The first rule that decides, and what it decides.
 */
export function decideJoin(step: JoinStep): { rule: JoinRule; join: boolean } {
  const skip = step.next.gap > 0 ? 'run' : 'blank';
  for (const rule of joinRules) {
    if (rule.gap === skip) continue;
    const decision = rule.decide(step);
    if (decision !== undefined) return { rule, join: decision === 'join' };
  }
  /* c8 ignore next */
  throw new Error('no join rule decided: the last rule of each gap must always decide');
}

function toRow(source: string, segment: Segment): Row {
  const { start, end, indent, gap, pieces } = segment;
  const text = pieces === undefined ? source.slice(start, end) : piecesText(source, pieces);
  const width = indent + displayWidth(text);
  return { start, end, pieces, text, width, indent, gap, marker: null, facts: segment.facts, spans: segment.spans === true };
}

function piecesText(source: string, pieces: readonly number[]): string {
  const parts: string[] = [];
  for (let index = 0; index < pieces.length; index += 2) parts.push(source.slice(pieces[index], pieces[index + 1]));
  return parts.join('');
}

// A text that was never hard-wrapped has most of its characters in lines wider than any column.
function isWrapped(source: string): boolean {
  let total = 0;
  let wide = 0;
  forEachLine(source, (line) => {
    if (isBlankLine(line)) return;
    const width = displayWidth(source, line.start, line.contentEnd);
    total += width;
    // Columns side by side (pdftotext -layout) are wrapped lines, however wide the page.
    if (width > column.maxWidth && source.slice(line.contentStart, line.contentEnd).includes('   ')) return;
    if (width > column.maxWidth) wide += width;
  });
  return wide * 2 < total;
}

// The kind rules decide, then the demotion rules may make a headline a paragraph.
function decideKind(draft: BlockDraft): { kind: Block['kind']; rule: KindRule } {
  const found = firstDecision(kindRules, draft) as { kind: Block['kind']; rule: KindRule };
  return found.kind === 'heading' ? firstDecision(demotionRules, draft) ?? found : found;
}

function firstDecision(rules: readonly KindRule[], draft: BlockDraft): { kind: Block['kind']; rule: KindRule } | undefined {
  for (const rule of rules) {
    const kind = rule.decide(draft);
    if (kind !== undefined) return { kind, rule };
  }
  return undefined;
}

function toBlock(source: string, { rows, widestBeforeLast }: Group, following: Row | undefined, wrapped: boolean): { block: Block; rule: KindRule } {
  const { value, pieces } = joinRows(source, rows);
  const { kind, rule } = decideKind({ value, rows, following, wrapped });
  const first = rows[0] as Row;
  const last = rows[rows.length - 1] as Row;
  const open = !endsBlock(last.text) && (rows.length > 1 ? last.width >= widestBeforeLast - fullLine.openSlack : last.width > column.maxHeadlineColumn);
  return { block: { kind, value, pieces, start: first.start, end: last.end, open }, rule };
}

const isLatinLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

// Join wrapped lines: nothing between CJK characters, one space between Latin words.
function joinRows(source: string, group: readonly Row[]): TextMap {
  const ranges: Range[] = [];
  // The last range of each row: the join puts a space between Latin words only where a line ends.
  const rowEnds = new Set<Range>();
  for (const row of group) {
    if (row.pieces === undefined) ranges.push({ start: row.start, end: row.end });
    else for (let index = 0; index < row.pieces.length; index += 2) ranges.push({ start: row.pieces[index] as number, end: row.pieces[index + 1] as number });
    rowEnds.add(ranges[ranges.length - 1] as Range);
  }
  return joinRanges(source, ranges, (previous, next) =>
    rowEnds.has(previous) && isLatinLetter(source.charCodeAt(previous.end - 1)) && isLatinLetter(source.charCodeAt(next.start)) ? ' ' : '',
  );
}
