/**
 * Columns and reading order from the geometry of a page: the gutters are the x ranges that no
 * body line crosses, with text set on both sides of them over the same height; a line that
 * crosses a gutter spans the columns (a newspaper's headline) and is read before the columns
 * below it; the columns are read left to right, each top to bottom. A 公文 page has one column;
 * a newspaper page two to four.
 */

import { weightedMode, type Fragment, type GlyphRun, type PageLine, type Row } from './geometry.js';
import { joinRuns } from './runs.js';

/** An x range between columns, with no body text in it. */
interface Gutter {
  start: number;
  end: number;
}

// Body fragments are set within this part of the page's body size; larger type (a headline)
// does not count when gutters are looked for, since it spans them.
const bodySizeTolerance = 0.15;
// A gutter is at least this many ems of the body type wide.
const minGutterEm = 0.5;
// At most this part of the body fragments may cross a gutter (a byline over two columns).
const maxCrossing = 0.05;
// Each side of a gutter holds at least this many fragments…
const minColumnFragments = 3;
// …set over at least this part of the height of the other side (a signature block at the foot
// of a page, right of a short last line, is no column).
const minSharedHeight = 0.5;
// At least this part of a column's fragments start at its left edge, as continuation lines do.
const minAligned = 0.4;
// A column's edge is where at least this part of its lines start or end.
const minEdgeSupport = 0.1;

/**
 * Read a page's body rows into lines in reading order, finding its columns.
 *
 * @param rows The page's rows that are not furniture, top to bottom.
 * @param page The 1-based page number.
 * @returns The lines in reading order, each with its column (`-1` when it spans columns); their
 *   `left` and `right` are the page's text extent until {@link setColumnEdges} sets them.
 */
export function readingOrder(rows: readonly Row[], page: number): { lines: PageLine[]; columns: number } {
  const fragments = rows.flatMap((row) => row.fragments);
  if (fragments.length === 0) return { lines: [], columns: 0 };
  const left = Math.min(...fragments.map((fragment) => fragment.x0));
  const right = Math.max(...fragments.map((fragment) => fragment.x1));
  const size = weightedMode(fragments.map((fragment) => [fragment.fontSize, charCount(fragment)] as const), 0.5) ?? 10;
  const gutters = findGutters(fragments, left, right, size);
  const columnOf = (fragment: Fragment): number => {
    if (gutters.length > 0 && fragment.fontSize > (1 + bodySizeTolerance) * size && standsOverColumns(fragment, fragments, left, right)) return -1;
    let column = 0;
    for (const gutter of gutters) {
      const middle = (gutter.start + gutter.end) / 2;
      if (fragment.x0 < middle && fragment.x1 > middle) return -1;
      if (fragment.x0 >= middle) column++;
    }
    return column;
  };
  const lines: PageLine[] = [];
  for (const row of rows) {
    let runs: GlyphRun[] = [];
    let column: number | undefined;
    const flush = (): void => {
      if (runs.length > 0 && column !== undefined) lines.push(toLine(runs, page, column, left, right));
      runs = [];
    };
    for (const fragment of row.fragments) {
      const at = columnOf(fragment);
      if (at !== column || at === -1) flush();
      column = at;
      runs.push(...fragment.runs);
    }
    flush();
  }
  return { lines: order(lines), columns: gutters.length + 1 };
}

// A headline centred over the page's text with no other text beside it (a short title over three
// columns) spans them as much as one that crosses a gutter.
function standsOverColumns(fragment: Fragment, fragments: readonly Fragment[], left: number, right: number): boolean {
  const em = fragment.fontSize;
  if (Math.abs(fragment.x0 - left - (right - fragment.x1)) > em) return false;
  const top = fragment.y - 0.8 * em;
  const bottom = fragment.y + 0.2 * em;
  return !fragments.some((other) => other !== fragment && other.y - 0.8 * other.fontSize < bottom && other.y + 0.2 * other.fontSize > top);
}

function toLine(runs: GlyphRun[], page: number, column: number, left: number, right: number): PageLine {
  let fontSize = 0;
  let y = 0;
  for (const run of runs) {
    if (run.fontSize > fontSize) {
      fontSize = run.fontSize;
      y = run.y;
    }
  }
  const last = runs[runs.length - 1] as GlyphRun;
  return { page, runs, text: joinRuns(runs), x0: (runs[0] as GlyphRun).x, x1: last.x + last.width, y, fontSize, column, left, right };
}

// Spanning lines part the page into bands, top to bottom; in each band the columns are read left
// to right, each top to bottom, and the spanning line under a band comes after it.
function order(lines: PageLine[]): PageLine[] {
  const ordered: PageLine[] = [];
  let band: PageLine[] = [];
  const flush = (): void => {
    band.sort((a, b) => a.column - b.column || a.y - b.y);
    ordered.push(...band);
    band = [];
  };
  for (const line of lines) {
    if (line.column === -1) {
      flush();
      ordered.push(line);
    } else band.push(line);
  }
  flush();
  return ordered;
}

function findGutters(fragments: readonly Fragment[], left: number, right: number, size: number): Gutter[] {
  const body = fragments.filter((fragment) => Math.abs(fragment.fontSize - size) <= bodySizeTolerance * size);
  const start = Math.floor(left);
  const coverage = new Array<number>(Math.ceil(right) - start + 1).fill(0);
  for (const fragment of body) {
    for (let x = Math.ceil(fragment.x0 - start); x <= Math.floor(fragment.x1 - start); x++) coverage[x] = (coverage[x] as number) + 1;
  }
  const allowed = Math.max(1, Math.floor(maxCrossing * body.length));
  let gutters: Gutter[] = [];
  let open: number | undefined;
  coverage.forEach((count, x) => {
    if (count <= allowed) open ??= x;
    else if (open !== undefined) {
      if (open > 0 && x - open >= minGutterEm * size) gutters.push({ start: start + open, end: start + x });
      open = undefined;
    }
  });
  // Each gutter is judged by the columns on either side of it, up to the next gutters; one that
  // does not part columns goes, and its neighbours are judged again.
  for (let changed = true; changed;) {
    const kept = gutters.filter((gutter, index) => partsColumns(gutter, body, gutters[index - 1]?.end ?? left, gutters[index + 1]?.start ?? right));
    changed = kept.length < gutters.length;
    gutters = kept;
  }
  return gutters;
}

// A gutter parts columns when few lines cross it and the columns on both sides hold text over
// the same height, the right one's lines starting at one edge.
function partsColumns(gutter: Gutter, body: readonly Fragment[], from: number, to: number): boolean {
  const leftSide = body.filter((fragment) => fragment.x1 <= gutter.start + 1 && fragment.x0 >= from - 1);
  const rightSide = body.filter((fragment) => fragment.x0 >= gutter.end - 1 && fragment.x1 <= to + 1);
  const crossing = body.filter((fragment) => fragment.x0 < gutter.start && fragment.x1 > gutter.end).length;
  if (leftSide.length < minColumnFragments || rightSide.length < minColumnFragments) return false;
  if (crossing > maxCrossing * (leftSide.length + rightSide.length)) return false;
  const span = (side: readonly Fragment[]): [number, number] => [Math.min(...side.map((f) => f.y)), Math.max(...side.map((f) => f.y))];
  const [leftTop, leftBottom] = span(leftSide);
  const [rightTop, rightBottom] = span(rightSide);
  const shared = Math.min(leftBottom, rightBottom) - Math.max(leftTop, rightTop);
  if (shared < minSharedHeight * Math.min(leftBottom - leftTop, rightBottom - rightTop)) return false;
  const edge = weightedMode(rightSide.map((fragment) => [fragment.x0, 1] as const), 1) as number;
  return rightSide.filter((fragment) => Math.abs(fragment.x0 - edge) <= 1.5).length >= minAligned * rightSide.length;
}

/**
 * The characters of a fragment, its weight when the body size is counted.
 *
 * @param fragment The fragment.
 */
export function charCount(fragment: { runs: readonly GlyphRun[] }): number {
  let count = 0;
  for (const run of fragment.runs) count += run.text.length;
  return count;
}

/**
 * Set each line's `left` and `right` to the edges of the column it is set in: where most of the
 * column's lines start (continuation lines start at the edge; first lines are indented, headlines
 * centred) and where its full lines end. Pages of one column share their edges, so that a last
 * page of a few lines is measured against the others.
 *
 * @param pages Each page's lines and how many columns it has.
 */
export function setColumnEdges(pages: ReadonlyArray<{ lines: PageLine[]; columns: number }>): void {
  const single = pages.filter((page) => page.columns === 1).flatMap((page) => page.lines);
  const singleEdges = edgesOf(single);
  for (const page of pages) {
    for (let column = 0; column < page.columns; column++) {
      const lines = page.lines.filter((line) => line.column === column);
      const edges = page.columns === 1 && singleEdges ? singleEdges : edgesOf(lines);
      if (!edges) continue;
      for (const line of lines) [line.left, line.right] = edges;
    }
  }
}

function edgesOf(lines: readonly PageLine[]): [number, number] | undefined {
  if (lines.length === 0) return undefined;
  return [commonEdge(lines.map((line) => line.x0), 'start'), commonEdge(lines.map((line) => line.x1), 'end')];
}

// The outermost place where several lines start (or end): continuation lines start at the
// column's edge and full lines end at it, however many first lines are indented; a stray line
// (a number hanging in the margin) does not move the edge.
function commonEdge(values: readonly number[], side: 'start' | 'end'): number {
  const support = Math.max(2, Math.ceil(minEdgeSupport * values.length));
  const sorted = [...values].sort((a, b) => a - b);
  const supported: number[] = [];
  // How many values lie within 1.5 pt of each: a window sliding over the sorted values.
  let low = 0;
  let high = 0;
  for (const value of sorted) {
    while ((sorted[low] as number) < value - 1.5) low++;
    while (high < sorted.length && (sorted[high] as number) <= value + 1.5) high++;
    if (high - low >= support) supported.push(value);
  }
  const from = supported.length > 0 ? supported : sorted;
  return (side === 'start' ? from[0] : from[from.length - 1]) as number;
}
