import { matchMarker } from '../markers/registry.js';
import type { MarkerMatch } from '../markers/types.js';
import type { MarkerStyle } from '../markers/style.js';
import { forEachLine, isBlankLine } from '../text/lines.js';
import type { LineFacts } from '../read/types.js';
import { displayWidth } from '../text/width.js';
import {
  endsBlock, endsOpen, endsSentence, hasSentenceEnd, isBracketNote, isDateLine, isDocumentNumber,
  isLabelled, isSalutation, maxHeadlineWidth, startsNewsLead, subtitleDashLength,
} from './shape.js';
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

/** A non-blank physical line with what the layout rules need to know of it. */
interface Row {
  /** Source offset of the first character that is not white space. */
  start: number;
  /** Source offset just past the last character that is not white space. */
  end: number;
  text: string;
  /** Width of the line including its indentation, in ideographs. */
  width: number;
  indent: number;
  /** Blank lines between this row and the one before it. */
  gap: number;
  /** The stretches of the source that hold its text, when spaces of a justified line are left out. */
  pieces: readonly number[] | undefined;
  /** The marker the row starts with, once asked for (`null`: not yet). */
  marker: MarkerMatch | undefined | null;
  /** What the file said of this line (PDF, Word, HTML), if anything. */
  facts: LineFacts | undefined;
  /** Whether it is set across the columns of its page. */
  spans: boolean;
}

/** Rows being joined into one block, with the widths the rules compare against. */
interface Group {
  rows: Row[];
  /** The widest row but the last. */
  widestBeforeLast: number;
  /** The widest row. */
  widest: number;
  /** The rows' text joined, once asked for (`null`: not yet; `undefined`: too long to be a headline). */
  short: string | undefined | null;
}

const lastRow = (group: Group): Row => group.rows[group.rows.length - 1] as Row;
const firstRow = (group: Group): Row => group.rows[0] as Row;
// Only short groups can be headlines; their text is joined once a rule needs it (linear overall).
const shortText = (group: Group | undefined): string | undefined => {
  if (group === undefined) return undefined;
  if (group.short === null) group.short = group.rows.length <= 4 ? group.rows.map((row) => row.text).join('') : undefined;
  return group.short;
};
const isHeadlineGroup = (group: Group | undefined): boolean => {
  const text = shortText(group);
  return text !== undefined && looksLikeHeadline(text, (group as Group).rows.length);
};

// Lines are at least this wide to run on; a shorter line always ends its paragraph or headline.
const minColumnWidth = 10;
// Body columns are 16 or more wide; a fragment's line may have lost two of indentation.
const minFragmentWidth = 14;
// No printed column is this wide: such a line is a whole paragraph of a text that was not wrapped.
const maxColumnWidth = 60;
// Newspaper headlines are set narrow; a full line wider than this is body text.
const maxHeadlineColumn = 24;
const headlineFamilies = new Set<MarkerStyle>(['dun', 'paren', 'arabic', 'arabic-paren', 'circled']);
// Words that cannot end a headline or a sentence: a block ending with one runs on.
const openEnding = /[的和与及在对把从为了将被向于以而并且或其之等是要第“《（(]$/u;

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
 * before it).
 *
 * @param source The decoded text.
 * @param visit Called with each block.
 * @param facts What the file said of its lines, in line order (none for a text file): where a
 *   line says whether it starts a paragraph, that decides; where it does not, the text rules do.
 */
export function reflowEach(
  source: string,
  visit: (block: Block) => void,
  facts: readonly LineFacts[] = [],
  furniture: (line: FurnitureLine) => void = () => {},
  note: (note: PageNote) => void = () => {},
): void {
  const wrapped = isWrapped(source);
  let current: Group | undefined;
  let before: Group | undefined;
  let beforeThat: Group | undefined;
  forEachSegment(source, facts, (segment) => {
    const row = toRow(source, segment);
    const told = segment.facts?.startsParagraph;
    if (current && (told === undefined ? wrapped && continues(current, row, { previous: [before, beforeThat] }) : !told)) {
      current.widestBeforeLast = current.widest;
      current.widest = Math.max(current.widest, row.width);
      current.rows.push(row);
      current.short = null;
      return;
    }
    if (current) visit(toBlock(source, current, row, wrapped));
    beforeThat = before;
    before = current;
    current = { rows: [row], widestBeforeLast: 0, widest: row.width, short: null };
  }, furniture, note);
  if (current) visit(toBlock(source, current, undefined, wrapped));
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
    if (width > maxColumnWidth && source.slice(line.contentStart, line.contentEnd).includes('   ')) return;
    if (width > maxColumnWidth) wide += width;
  });
  return wide * 2 < total;
}

/** What the join rules know of the blocks before the current one. */
interface Context {
  /** The two blocks before the current one, nearest first. */
  previous: [Group | undefined, Group | undefined];
}

function continues(group: Group, next: Row, context: Context): boolean {
  const last = lastRow(group);
  // A headline set across the columns does not run on into a column, nor a column into it.
  if (last.spans !== next.spans) return false;
  if (subtitleDashLength(next.text) > 0 || startsNewsLead(next.text)) return false;
  // `…的通知` / `各市教育局：`: the addressee under a title is a paragraph of its own.
  if (isSalutation(next.text) && isHeadlineGroup(group) && !/^(?:各|同志|尊敬)/u.test(firstRow(group).text)) return false;
  if (isDateLine(next.text) || isDocumentNumber(next.text) || isDateLine(last.text) || isDocumentNumber(last.text)) return false;
  return next.gap === 0 ? continuesInRun(group, last, next) : continuesAcrossBlank(group, last, next, context);
}

// Within a run of lines, a line that fills its column runs on into the next one.
function continuesInRun(group: Group, last: Row, next: Row): boolean {
  if (last.width < minColumnWidth || last.width > maxColumnWidth) return false;
  // A line that starts with 一、（一）1. or a headline number starts a block of its own, unless
  // the line before it stops mid-phrase (`…坚持` / `1.5亿元`): markers start lines (SPEC 3).
  if (startsHeadlineFamily(next) && !openEnding.test(last.text) && !/[0-9０-９]$/u.test(last.text)) return false;
  const first = group.rows.length === 1;
  const reference = Math.max(next.width, group.widestBeforeLast);
  // An indented line opens a paragraph or headline, unless the line before it is full and runs on
  // (a space of the source that the wrap put at the start of a line).
  if (next.indent > last.indent && (endsSentence(last.text) || last.width < reference - 2)) return false;
  // `（二）…根本动力` / `一是…`: under a numbered headline line, a marker starts a new block.
  if (group.rows.length === 1 && startsHeadlineFamily(last) && startsWithMarker(next) && isHeadlineGroup(group)) return false;
  if (endsSentence(last.text)) {
    // A sentence that ends on a line narrower than any body column ends its paragraph.
    if (last.width < minFragmentWidth) return false;
    // After a sentence end, a headline-family marker (一、（一）1.) opens a paragraph of its own;
    // run-in markers (一是, 第二，) are often inline and may simply have wrapped to the line start.
    if (opensSibling(firstRow(group), next) || startsHeadlineFamily(next)) return false;
    // A short line that could be a headline is not the last line of this paragraph: that would
    // end a sentence. Nor is a narrower line that ends none: it starts a narrower column.
    const column = Math.max(16, group.widest);
    if (next.width < column - 2 && looksLikeHeadline(next.text, 1)) return false;
    if (next.width < last.width - 2 && !endsSentence(next.text)) return false;
    return last.width >= reference - (first ? 2 : 0.5);
  }
  // The first line of a paragraph may have lost its indentation to the extraction.
  return last.width >= reference - (first ? 3 : 2);
}

// Across a blank line, a block runs on unless it ends a sentence or is a headline.
function continuesAcrossBlank(group: Group, last: Row, next: Row, context: Context): boolean {
  const [before] = context.previous;
  if (endsBlock(last.text) || subtitleDashLength(firstRow(group).text) > 0 || next.indent > last.indent) return false;
  if (endsOpen(last.text)) return true;
  const single = group.rows.length === 1;
  const reference = Math.max(next.width, group.widestBeforeLast);
  // A paragraph cut by a column break was set in a column at least this wide.
  const full = last.width >= minFragmentWidth && last.width >= reference - (single ? 3 : 2);
  // A number or a word cut by the wrap (`…的8` / `0%；`) runs on, whatever the block looks like.
  if (/[0-9０-９A-Za-z]$/u.test(last.text) && /^[0-9０-９A-Za-z%％.．]/u.test(next.text)) return true;
  const text = shortText(group);
  const headline = text !== undefined && looksLikeHeadline(text, group.rows.length);
  if (startsHeadlineFamily(next) && headline) return false;
  if (startsWithMarker(next)) return full && !/[)）》」』]$/u.test(last.text);
  if (!headline) return true;
  // A line that ends a sentence and is no wider than this one is the tail of this block's
  // paragraph (except under the title: `同志们：`).
  const tail = endsSentence(next.text) && next.width <= last.width + 1;
  if (before !== undefined && tail && (full || next.width < last.width - 2)) return true;
  if (!full) return false;
  // The first block of a text, shaped like a headline, is the title, however wide it was set.
  if (before === undefined) return false;
  // A full line that could still be a headline: headlines are set narrow and end on a word.
  if (last.width > maxHeadlineColumn || openEnding.test(last.text) || startsRunIn(rowMarker(firstRow(group)))) return true;
  if (firstRow(group).indent > 0) return false; // headlines are indented, paragraph fragments are not
  if (!single) return next.width >= last.width - 1 && group.rows.every((row) => row.width >= last.width - 0.5);
  return singleLineRunsOn(last, next, context);
}

// One full line without a sentence end, before a blank: a paragraph cut by a column break, or a
// headline as wide as the column. The first line is the title, and headlines stacked under
// headlines are the title's subtitles; otherwise a line as wide as the next, or right under a
// headline, is the first part of a paragraph.
function singleLineRunsOn(last: Row, next: Row, context: Context): boolean {
  if (/[：:]/u.test(last.text)) return true;
  const [before, beforeThat] = context.previous;
  if (before === undefined) return false; // the first line of a text is its title
  const beforeIsHeadline = isHeadlineGroup(before);
  if (beforeIsHeadline && isHeadlineGroup(beforeThat) && !startsHeadlineFamily(firstRow(before))) return false;
  const underHeadline = beforeIsHeadline && !startsHeadlineFamily(last);
  const asWideAsNext = next.width >= 15.5 && last.width >= next.width - 0.5 && last.width <= next.width + 1;
  return asWideAsNext || underHeadline;
}

// The rules ask for a row's marker many times; it is matched once.
function rowMarker(row: Row): MarkerMatch | undefined {
  if (row.marker === null) row.marker = matchMarker(row.text, 0);
  return row.marker;
}

function startsWithMarker(row: Row): boolean {
  const found = rowMarker(row);
  return found !== undefined && !found.headlineOnly;
}

function startsHeadlineFamily(row: Row): boolean {
  const found = rowMarker(row);
  return found !== undefined && headlineFamilies.has(found.style) && found.end < row.text.length;
}

// Run-in families (第一，一是 一要 一方面 首先) never number a headline.
function startsRunIn(found: MarkerMatch | undefined): boolean {
  return found !== undefined && !headlineFamilies.has(found.style);
}

// `第一，…。` followed by `第二，…`: the next line opens a sibling item, so the paragraph ends.
function opensSibling(first: Row, next: Row): boolean {
  const a = rowMarker(first);
  const b = rowMarker(next);
  return a !== undefined && b !== undefined && a.style === b.style;
}

/**
 * Whether a text could be a headline: short, no sentence end, not a date, a document number or a
 * bracketed note, not ending on a comma.
 *
 * @param text The joined text.
 * @param lineCount How many lines it was set in.
 */
export function looksLikeHeadline(text: string, lineCount: number): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || lineCount > 4 || hasSentenceEnd(trimmed)) return false;
  if (/[：:，,、]$/u.test(trimmed) || isDateLine(trimmed) || isDocumentNumber(trimmed) || isBracketNote(trimmed)) return false;
  if (startsRunIn(matchMarker(trimmed, 0)) || !bracketsBalance(trimmed) || /^[，。、；：！？”’）》」』】…)]/u.test(trimmed)) return false;
  if (isLabelled(trimmed)) return false;
  return displayWidth(trimmed) <= maxHeadlineWidth;
}

function toBlock(source: string, { rows: group, widestBeforeLast }: Group, following: Row | undefined, wrapped: boolean): Block {
  const { value, pieces } = joinRows(source, group);
  const heading = group[0]?.facts?.heading;
  // A heading style (Word's Heading 1–9, `<h2>`, a larger type) is evidence the text rules cannot see.
  let kind: Block['kind'] = (heading !== undefined && !endsSentence(value)) || looksLikeHeadline(value, wrapped ? group.length : 1) ? 'heading' : 'paragraph';
  // A headline heads something: the name over a date line is a signature, and nothing ends a text.
  if (kind === 'heading' && (!following || isDateLine(following.text))) kind = 'paragraph';
  if (kind === 'heading' && endsSentence(value)) kind = 'paragraph';
  const first = group[0] as Row;
  const last = group[group.length - 1] as Row;
  const open = !endsBlock(last.text) && (group.length > 1 ? last.width >= widestBeforeLast - 0.5 : last.width > maxHeadlineColumn);
  return { kind, value, pieces, start: first.start, end: last.end, open };
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

// A headline closes every bracket it opens; a wrapped tail like `负责）` does not.
function bracketsBalance(text: string): boolean {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // （ ( 《 〔 open, ） ) 》 〕 close
    if (code === 0xff08 || code === 0x28 || code === 0x300a || code === 0x3014) depth++;
    else if (code === 0xff09 || code === 0x29 || code === 0x300b || code === 0x3015) depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}
