/**
 * Columns side by side (SPEC section 9): `pdftotext -layout` and a two-column paste put the lines
 * of two to four columns on one physical line. Within a column, ideographs are never set a space
 * apart; between two columns stands a run of spaces, or a single space where the extractor packed
 * them tight. A line is cut at those places into fragments; the page has as many columns as most
 * of its lines have fragments, and each fragment goes to the column that starts nearest to it.
 * The evidence is the page's own lines (their fragments and where they start), not the widths of
 * one layout.
 */

import { displayWidth } from '../../text/width.js';
import { isInlineSpace } from '../../text/chars.js';

/** A non-blank line of a page, as offsets from the start of its physical line. */
export interface PageRow {
  /** Source offset where the physical line starts. */
  lineStart: number;
  /** Offset of the first character that is not white space, from `lineStart`. */
  from: number;
  /** Offset just past the last character that is not white space, from `lineStart`. */
  to: number;
}

/** One column's part of a physical line: `[from, to)` from the line's start, trimmed. */
export interface Cell {
  column: number;
  from: number;
  to: number;
  /** Display width of the blank between the column's left edge and the text. */
  indent: number;
}

// Share of the page's lines that must have as many fragments as the page has columns.
const agreeingShare = 0.4;
// Pages with fewer lines than this are not taken apart (too little evidence).
const minRows = 6;
// Lines wider than this are paragraphs of an unwrapped text, not a page's lines.
const maxRowLength = 240;
// A column's fragment holds at least this many characters on most lines.
const minFragment = 4;
const maxColumns = 6;

const isWide = (code: number): boolean =>
  (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x3001 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff5e) || code === 0x201c || code === 0x201d;

interface Fragment {
  from: number;
  to: number;
  /** Display width from the line's start to the fragment. */
  x: number;
}

// Cut a line where columns may meet: a run of two or more spaces, or one space between two
// ideographs (or full-width punctuation), which no column's own text has.
function fragments(source: string, row: PageRow, starts: readonly number[] = []): Fragment[] {
  const { lineStart, from, to } = row;
  const found: Fragment[] = [];
  let start = from;
  let x = displayWidth(source, lineStart, lineStart + from);
  let index = from;
  while (index < to) {
    if (!isInlineSpace(source.charCodeAt(lineStart + index))) {
      index++;
      continue;
    }
    let end = index;
    while (end < to && isInlineSpace(source.charCodeAt(lineStart + end))) end++;
    const single = end - index === 1;
    const next = x + displayWidth(source, lineStart + start, lineStart + end);
    // Once the columns are known, a single space where a column starts is a gutter too (`…安全生 3000处。`).
    const atColumn = starts.some((columnStart) => columnStart > 0 && Math.abs(columnStart - next) <= 1);
    if (!single || atColumn || (isWide(source.charCodeAt(lineStart + index - 1)) && isWide(source.charCodeAt(lineStart + end)))) {
      found.push({ from: start, to: index, x });
      x = next;
      start = end;
    }
    index = end;
  }
  found.push({ from: start, to, x });
  return found;
}

/**
 * Take a page's lines apart into columns, when they hold columns side by side.
 *
 * @param source The decoded text.
 * @param rows The page's non-blank lines that are not furniture.
 * @returns Each line's cells, left to right (`undefined` for a line set across the columns,
 *   read whole), or `undefined` when the page has one column.
 */
export function splitColumns(source: string, rows: readonly PageRow[]): Array<Cell[] | undefined> | undefined {
  if (rows.length < minRows || rows.some((row) => row.to > maxRowLength)) return undefined;
  const cut = rows.map((row) => fragments(source, row));
  const counts = new Map<number, number>();
  for (const pieces of cut) counts.set(pieces.length, (counts.get(pieces.length) ?? 0) + 1);
  let columns = 1;
  for (const [count, lines] of counts) if (count > 1 && count <= maxColumns && lines > (counts.get(columns) ?? 0) && lines >= agreeingShare * rows.length) columns = count;
  if (columns === 1) return undefined;
  // Where each column starts: the median start of its fragment on the lines that agree.
  const agreeing = cut.filter((pieces) => pieces.length === columns);
  const short = agreeing.filter((pieces) => pieces.some((piece) => piece.to - piece.from < minFragment)).length;
  if (short * 2 > agreeing.length) return undefined;
  const starts = Array.from({ length: columns }, (_, column) => median(agreeing.map((pieces) => (pieces[column] as Fragment).x)));
  const columnWidth = median(agreeing.map((pieces) => (pieces[0] as Fragment).to - (pieces[0] as Fragment).from));
  const cell = (column: number, piece: Fragment): Cell => ({ column, from: piece.from, to: piece.to, indent: Math.max(0, piece.x - (starts[column] as number)) });
  // The lines above the first that holds every column: a headline set across them, read whole.
  const top = cut.findIndex((pieces) => pieces.length === columns);
  return cut.map((first, index) => {
    if (index < top) return undefined;
    if (first.length === columns) return first.map((piece, column) => cell(column, piece));
    const pieces = fragments(source, rows[index] as PageRow, starts);
    if (pieces.length === columns) return pieces.map((piece, column) => cell(column, piece));
    // One fragment wider than a column, or one that starts between columns: a line across them.
    if (pieces.length === 1) {
      const only = pieces[0] as Fragment;
      if (only.to - only.from > columnWidth * 1.3) return undefined;
    }
    const cells: Cell[] = [];
    for (const piece of pieces) {
      const column = nearest(starts, piece.x);
      const previous = cells[cells.length - 1];
      // Two fragments in one column: a space of the column's own text, not a gutter.
      if (previous !== undefined && previous.column >= column) previous.to = piece.to;
      else cells.push(cell(column, piece));
    }
    return cells;
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}

// The column whose start is nearest to x; a fragment a little left of a start (its line's
// indentation was lost, or a bracket hangs) still belongs to it.
function nearest(starts: readonly number[], x: number): number {
  let best = 0;
  starts.forEach((start, column) => {
    if (Math.abs(start - x) < Math.abs((starts[best] as number) - x)) best = column;
  });
  return best;
}
