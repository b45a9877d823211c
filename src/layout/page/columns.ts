/**
 * Columns side by side (SPEC section 9): `pdftotext -layout` and a two-column paste put the lines
 * of two to four columns on one physical line, separated by runs of spaces that stand at the same
 * places line after line. A gutter is a stretch of character positions that nearly every line of
 * the page leaves blank while many lines have text on both sides of it; where there is none, the
 * page has one column. The thresholds are shares of the page's own lines, not widths of a layout.
 */

/** A non-blank line of a page, as character positions from the start of its physical line. */
export interface PageRow {
  /** Source offset where the physical line starts. */
  lineStart: number;
  /** Offset of the first character that is not white space, from `lineStart`. */
  from: number;
  /** Offset just past the last character that is not white space, from `lineStart`. */
  to: number;
}

/** A gutter between two columns: `[from, to)` in character positions, blank on nearly every line. */
export interface Gutter {
  from: number;
  to: number;
}

// Share of the page's lines that leave a gutter blank (a headline across the columns does not).
const blankShare = 0.9;
// Share of the page's lines with text on both sides of a gutter: a page of one column has none,
// only indented lines or short last lines.
const bothSidesShare = 0.25;
// Pages with fewer lines than this are not taken apart (too little evidence).
const minRows = 6;
// Lines wider than this are paragraphs of an unwrapped text, not a page's lines.
const maxRowLength = 240;
// A column is at least this many characters wide.
const minColumn = 6;

const isSpace = (code: number): boolean => code === 32 || code === 0x3000 || code === 9;

/**
 * Find the gutters of a page whose columns stand side by side.
 *
 * @param source The decoded text.
 * @param rows The page's non-blank lines that are not furniture.
 * @returns The gutters from left to right; none for a page of one column.
 */
export function findGutters(source: string, rows: readonly PageRow[]): Gutter[] {
  if (rows.length < minRows) return [];
  let width = 0;
  for (const row of rows) {
    if (row.to > maxRowLength) return [];
    width = Math.max(width, row.to);
  }
  // For each position: how many lines are blank there, and how many have text on both sides.
  const blank = new Int32Array(width);
  const both = new Int32Array(width + 1);
  for (const { lineStart, from, to } of rows) {
    for (let x = 0; x < width; x++) {
      if (x < from || x >= to || isSpace(source.charCodeAt(lineStart + x))) blank[x] = (blank[x] as number) + 1;
    }
    // Text on both sides of x: from < x < to.
    if (to - from > 2) {
      both[from + 1] = (both[from + 1] as number) + 1;
      both[to - 1] = (both[to - 1] as number) - 1;
    }
  }
  for (let x = 1; x <= width; x++) both[x] = (both[x] as number) + (both[x - 1] as number);
  const needBlank = Math.ceil(blankShare * rows.length);
  const needBoth = Math.max(3, Math.ceil(bothSidesShare * rows.length));
  const gutters: Gutter[] = [];
  let start = -1;
  for (let x = 0; x <= width; x++) {
    const open = x < width && (blank[x] as number) >= needBlank && (both[x] as number) >= needBoth && x >= minColumn;
    if (open && start < 0) start = x;
    if (!open && start >= 0) {
      const previous = gutters[gutters.length - 1];
      if (x < width - minColumn / 2 && (previous === undefined || start - previous.to >= minColumn)) gutters.push({ from: start, to: x });
      start = -1;
    }
  }
  return gutters;
}

/** One column's part of a physical line: `[from, to)` from the line's start, trimmed. */
export interface Cell {
  column: number;
  from: number;
  to: number;
}

/**
 * Cut a line at the gutters of its page.
 *
 * @param source The decoded text.
 * @param row The line.
 * @param gutters The page's gutters.
 * @returns Its cells, left to right; `undefined` when the line crosses a gutter (a headline set
 *   across the columns), which is read whole.
 */
export function cutRow(source: string, row: PageRow, gutters: readonly Gutter[]): Cell[] | undefined {
  const { lineStart, from, to } = row;
  for (const gutter of gutters) {
    for (let x = Math.max(gutter.from, from); x < Math.min(gutter.to, to); x++) {
      if (!isSpace(source.charCodeAt(lineStart + x))) return undefined;
    }
  }
  const cells: Cell[] = [];
  const edges = [0, ...gutters.map((gutter) => gutter.from)];
  edges.forEach((edge, column) => {
    let start = Math.max(edge, from);
    let end = Math.min(column + 1 < edges.length ? (edges[column + 1] as number) : to, to);
    while (start < end && isSpace(source.charCodeAt(lineStart + start))) start++;
    while (end > start && isSpace(source.charCodeAt(lineStart + end - 1))) end--;
    if (end > start) cells.push({ column, from: start, to: end });
  });
  return cells;
}
