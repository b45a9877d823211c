/**
 * Columns glued together (SPEC section 9, class 5 of issue 13): default `pdftotext` writes the
 * lines of a newspaper page in the order of their baselines, and where lines of neighbouring
 * columns stand on one baseline with a narrow gutter between them it glues them into one line
 * with a single space (`…主 到，一些…服 街道要…`). Lines of columns whose baselines differ (a
 * headline's margin shifts a column) come one after another, interleaved. Nothing in the text
 * says where a line stands on the page.
 *
 * The page's own lines are the evidence: a glued line's pieces are as wide as a column (the
 * width the page's glued lines agree on), and the lines come in the order of their rows. Each
 * line goes to the columns that keep the rows in order at the least cost: a row left empty costs
 * a little in a column whose paragraph has ended (a headline's margin), much in a column whose
 * last line filled it without ending a sentence (a paragraph has no empty rows), and a headline
 * marker does not continue such a paragraph. A small beam search finds the cheapest reading.
 */

import { matchMarker } from '../../markers/registry.js';
import { isInlineSpace } from '../../text/chars.js';
import { displayWidth } from '../../text/width.js';
import type { Cell, PageRow } from './columns.js';

/** Where a page's glued columns were taken apart, and how sure the reading is. */
export interface GluedColumns {
  /** Each line's cells, left to right; `undefined` for a line set across the columns. */
  cells: Array<Cell[] | undefined>;
  /** How many columns the page has. */
  columns: number;
  /** Average cost of a line of the cheapest reading (0: every row in order, no doubt). */
  doubt: number;
}

/** One decision the page stage makes, as a named layout rule (for the rule registry of issue 8). */
export const gluedColumnsRule = {
  id: 'page-glued-columns',
  description:
    'Lines of neighbouring columns glued with one space (default pdftotext) are taken apart where a piece is as wide as the page\'s columns, and the interleaved lines go back to their columns in row order.',
  examples: [
    { input: '要任务是深入学习贯彻党的二十大精神，总 务群众“最后一公里”不够畅通等问题，必', output: 'two cells: column 1 and column 2 of one row' },
    { input: '下。 / 全评价…专项检 在4月底前…预案 / 查，…全年 修订，…预案', output: 'the third line goes to columns 2 and 3: column 2 was mid-paragraph' },
  ],
} as const;

// The page's lines must agree on this many glued lines before they are taken apart.
const minGluedLines = 3;
// A share of the lines may start indented (a stray space); more, and the page has positions.
const maxIndentedShare = 0.05;
// A piece this much narrower than the column (in ideographs) is a short line: its paragraph ended.
const fullSlack = 1.5;
const beamWidth = 48;
// A reading with a column more must cost at most this share of the one with fewer.
const moreColumnsShare = 0.62;
const maxColumns = 6;

const isWide = (code: number): boolean =>
  (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0x3001 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff5e) || code === 0x201c || code === 0x201d;
// A line that starts with one of these continues the line before it.
const continuation = /^[，。、；：！？）》」』”’,.;:!?)]/u;
const sentenceEnd = /[。！？；：!?;:][”’」』）)]*$/u;

interface Piece {
  from: number;
  to: number;
  width: number;
  text: string;
}

/**
 * Take apart a page whose columns the extractor glued and interleaved.
 *
 * @param source The decoded text.
 * @param rows The page's non-blank lines that are not furniture, in order.
 * @returns The cells of each line, or `undefined` when the page is not such a page.
 */
export function splitGluedColumns(source: string, rows: readonly PageRow[]): GluedColumns | undefined {
  if (rows.length < minGluedLines * 2) return undefined;
  if (rows.filter((row) => row.from > 0).length > maxIndentedShare * rows.length) return undefined;
  const first = rows.map((row) => cut(source, row, undefined));
  const inner = first.flatMap((pieces) => pieces.slice(0, -1).map((piece) => piece.width));
  if (inner.length < minGluedLines) return undefined;
  const column = median(inner);
  if (column < 8) return undefined;
  const pieces = rows.map((row) => cut(source, row, column));
  const glued = (line: Piece[]): boolean => line.length >= 2 && line.slice(0, -1).every((piece) => Math.abs(piece.width - column) <= fullSlack + 0.5) && line.every((piece) => piece.width <= column + 1);
  const counts = new Map<number, number>();
  for (const line of pieces) if (glued(line)) counts.set(line.length, (counts.get(line.length) ?? 0) + 1);
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  if (total < minGluedLines) return undefined;
  let columns = 0;
  for (const [count, lines] of counts) if (lines >= 2 && count > columns && count <= maxColumns) columns = count;
  if (columns < 2) return undefined;
  // The lines above the first block (between blank lines) that holds a glued line: the head of
  // the page set across the columns (the headline), read whole.
  const firstGlued = pieces.findIndex(glued);
  let top = firstGlued;
  while (top > 0 && !blankBefore(source, rows, top)) top--;
  const lines = pieces.slice(top);
  const blockStarts = lines.map((_, index) => index > 0 && blankBefore(source, rows, top + index));
  let placed = readRows(lines, blockStarts, columns, column);
  const least = columns;
  for (let more = least + 1; more <= Math.min(maxColumns, least + 2); more++) {
    const tried = readRows(lines, blockStarts, more, column);
    if (tried.cost < placed.cost * moreColumnsShare) {
      placed = tried;
      columns = more;
    }
  }
  const cells: Array<Cell[] | undefined> = pieces.map((line, index) => {
    if (index < top) return undefined;
    const at = placed.placements[index - top];
    if (at === undefined) return undefined;
    return line.map((piece, offset) => ({ column: at + offset, from: piece.from, to: piece.to, indent: 0 }));
  });
  return { cells, columns, doubt: placed.cost / Math.max(1, rows.length - top) };
}

// Whether a blank line stands before the row at `index`.
function blankBefore(source: string, rows: readonly PageRow[], index: number): boolean {
  const previous = rows[index - 1] as PageRow;
  const row = rows[index] as PageRow;
  let breaks = 0;
  for (let at = previous.lineStart + previous.to; at < row.lineStart; at++) if (source.charCodeAt(at) === 10) breaks++;
  return breaks >= 2;
}

// Cut a line where columns meet: one space between two ideographs (no column's own text has
// one), a run of spaces, or, once the column width is known, a single space where the piece
// before it is as wide as a column (`…专项经费 3200万元`).
function cut(source: string, row: PageRow, column: number | undefined): Piece[] {
  const base = row.lineStart;
  const pieces: Piece[] = [];
  let start = row.from;
  for (let index = row.from; index < row.to; index++) {
    if (!isInlineSpace(source.charCodeAt(base + index))) continue;
    let end = index;
    while (end < row.to && isInlineSpace(source.charCodeAt(base + end))) end++;
    const width = displayWidth(source, base + start, base + index);
    const between = isWide(source.charCodeAt(base + index - 1)) && isWide(source.charCodeAt(base + end));
    const full = column !== undefined && width >= column - fullSlack && width <= column + 1;
    if (end - index > 1 || between || full) {
      pieces.push({ from: start, to: index, width, text: source.slice(base + start, base + index) });
      start = end;
    }
    index = end - 1;
  }
  pieces.push({ from: start, to: row.to, width: displayWidth(source, base + start, base + row.to), text: source.slice(base + start, base + row.to) });
  return pieces;
}

interface State {
  /** Rows each column has filled. */
  filled: number[];
  /** How much each column wants its next row filled: 1 mid-paragraph, 0 after a paragraph end. */
  hungry: number[];
  /**
   * The order the columns come in within a row: where their baselines stand against each other
   * (a headline's margin moves a column's lines down against its neighbours'). It holds from row
   * to row until something moves a column again.
   */
  order: number[];
  /**
   * The columns the current block has lines in. The extractor writes a page as blocks, one after
   * another (a column read whole, then two columns glued): the rows are in order within a block,
   * and a new block may start anywhere.
   */
  active: boolean[];
  cost: number;
  /** The column of the first piece of each line so far (a persistent list, newest first). */
  path: { at: number; before: State['path'] } | undefined;
}

// The cheapest way to put the lines into rows of the columns, in order.
function readRows(lines: readonly Piece[][], blockStarts: readonly boolean[], columns: number, column: number): { placements: Array<number | undefined>; cost: number } {
  const all = Array.from({ length: columns }, (_, index) => index);
  let beam: State[] = [{ filled: Array(columns).fill(0), hungry: Array(columns).fill(0), order: all, active: Array(columns).fill(false), cost: 0, path: undefined }];
  const skip = -1;
  for (const [lineIndex, line] of lines.entries()) {
    if (blockStarts[lineIndex] === true) beam = beam.map((state) => ({ ...state, active: Array(columns).fill(false) }));
    const next = new Map<string, State>();
    const keep = (state: State): void => {
      const least = Math.min(...state.filled);
      const key = `${state.filled.map((rows) => rows - least).join(',')}|${state.hungry.join(',')}|${state.order.join(',')}|${state.active.join(',')}`;
      const old = next.get(key);
      if (old === undefined || old.cost > state.cost) next.set(key, state);
    };
    for (const state of beam) {
      if (line.length > columns) {
        keep({ ...state, path: { at: skip, before: state.path } });
        continue;
      }
      for (let at = 0; at + line.length <= columns; at++) keep(place(state, line, at, column));
    }
    beam = [...next.values()].sort((a, b) => a.cost - b.cost).slice(0, beamWidth);
  }
  // Columns end near the same row (a page's columns are full, or balanced on the last page): a
  // column that ends far above the others held a few lines that belong elsewhere.
  const ending = (state: State): number => {
    const last = Math.max(...state.filled);
    return state.cost + state.filled.reduce((sum, rows) => sum + (last - rows) * endRowCost, 0);
  };
  const best = beam.reduce((a, b) => (ending(b) < ending(a) ? b : a));
  const placements: Array<number | undefined> = [];
  for (let path = best.path; path !== undefined; path = path.before) placements.push(path.at === skip ? undefined : path.at);
  return { placements: placements.reverse(), cost: ending(best) };
}

// A row left empty in a column: cheap after a paragraph end, dear in the middle of a paragraph.
const emptyRowCost = (hungry: number): number => 0.6 + 3 * hungry;
// A row a column ends short of the others'.
const endRowCost = 0.3;
// A column that comes before one it came after in the rows above: a margin moved it.
const reorderCost = 0.5;

function place(state: State, line: readonly Piece[], at: number, column: number): State {
  const filled = [...state.filled];
  const hungry = [...state.hungry];
  const group = new Set(line.map((_, offset) => at + offset));
  let cost = state.cost;
  // The row the line stands on: below the last row of each of its columns, and not above a row
  // another column has filled already (the lines come in the order of their baselines).
  let level = 0;
  for (const index of group) level = Math.max(level, (filled[index] as number) + 1);
  filled.forEach((rows, index) => {
    if (!group.has(index) && state.active[index] === true) level = Math.max(level, rows);
  });
  // Columns pending on this row that came before these in the rows above.
  const pending = state.order.filter((index) => !group.has(index) && state.active[index] === true && filled[index] === level - 1);
  const firstOfGroup = Math.min(...state.order.flatMap((index, position) => (group.has(index) ? [position] : [])));
  for (const index of pending) if (state.order.indexOf(index) < firstOfGroup) cost += reorderCost;
  filled.forEach((rows, index) => {
    // Rows a column of the block skipped: empty rows in it.
    if (!group.has(index) && state.active[index] !== true) return;
    const wanted = level - 1;
    if (rows < wanted) {
      cost += (wanted - rows) * emptyRowCost(hungry[index] as number);
      filled[index] = wanted;
      hungry[index] = 0;
    }
  });
  line.forEach((piece, offset) => {
    const index = at + offset;
    const wants = hungry[index] as number;
    if (wants > 0.5 && startsHeadline(piece.text)) cost += 3;
    if (wants === 0 && continuation.test(piece.text)) cost += 2;
    filled[index] = level;
    hungry[index] = piece.width < column - fullSlack ? 0 : sentenceEnd.test(piece.text) ? 0.3 : 1;
  });
  // This row's order: the columns placed on it, then these, then the rest as they were.
  const done = state.order.filter((index) => !group.has(index) && state.filled[index] === level);
  const rest = state.order.filter((index) => !group.has(index) && !done.includes(index));
  const order = [...done, ...[...group].sort((a, b) => a - b), ...rest];
  const active = state.active.map((was, index) => was || group.has(index));
  return { filled, hungry, order, active, cost, path: { at, before: state.path } };
}

// `一、` `（二）` `3.` at the start of a piece: a headline or an item, never the middle of a paragraph.
function startsHeadline(text: string): boolean {
  const found = matchMarker(text, 0);
  return found !== undefined && ['dun', 'paren', 'arabic', 'arabic-paren', 'circled'].includes(found.style);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}
