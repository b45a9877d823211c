/**
 * The page stage: the lines of a text as the layout rules read them (SPEC section 9). Page
 * furniture leaves the flow, columns set side by side are read one after another, page by page,
 * and the spaces of a justified line are left out of its text. A plain text passes through line
 * by line.
 */

import type { FurnitureKind, LineFacts } from '../../read/types.js';
import { forEachLine, isBlankLine, type Line } from '../../text/lines.js';
import { displayWidth } from '../../text/width.js';
import type { FurnitureLine, Segment } from '../segment.js';
import { splitColumns, type Cell, type PageRow } from './columns.js';
import { findFurniture } from './furniture.js';
import { splitGluedColumns } from './glued.js';

/** What the page stage doubts about a page (SPEC section 9): columns it could not surely take apart. */
export interface PageNote {
  kind: 'interleaved-columns';
  /** Source offsets of the page's first and last lines of the flow. */
  start: number;
  end: number;
  page: number;
  columns: number;
}

// A page whose glued columns cost more than this per line to read is reported: its lines could
// not be put back in their columns without many empty rows mid-paragraph or baselines out of order.
const maxGluedDoubt = 0.25;

// A text without form feeds is taken apart into pages of at most this many lines.
const maxPageLines = 400;

/** A line of the page being read, kept until the page ends. */
interface Held extends PageRow {
  index: number;
  blank: boolean;
  furniture: FurnitureKind | undefined;
  facts: LineFacts | undefined;
  page: number;
}

/**
 * Visit the segments of a text in reading order, and its furniture in source order.
 *
 * @param source The decoded text (compatibility characters already read).
 * @param facts What the file said of its lines, in line order.
 * @param visit Called with each segment of the flow.
 * @param furniture Called with each furniture line.
 * @param note Called with what the stage doubts about a page.
 */
export function forEachSegment(
  source: string,
  facts: readonly LineFacts[],
  visit: (segment: Segment) => void,
  furniture: (line: FurnitureLine) => void,
  note: (note: PageNote) => void = () => {},
): void {
  const found = findFurniture(source, facts);
  let nextFact = 0;
  let page = 1;
  let held: Held[] = [];
  // A page break (a form feed, furniture) says nothing of paragraphs: the blank lines around it are
  // the page's margins, and the line after it may go on with the paragraph before it.
  let broken = false;
  const emit = (segment: Segment): void => {
    if (broken) segment.gap = 0;
    broken = false;
    visit(segment);
  };
  const flush = (): void => {
    readPage(source, held, emit, furniture, () => {
      broken = true;
    }, note);
    held = [];
  };
  forEachLine(source, (line) => {
    const feed = line.start < line.contentStart && source.slice(line.start, line.contentStart).includes('\f');
    if (feed || held.length >= maxPageLines) {
      flush();
      if (feed) {
        page++;
        broken = true;
      }
    }
    while (nextFact < facts.length && (facts[nextFact] as LineFacts).line < line.index) nextFact++;
    const fact = facts[nextFact]?.line === line.index ? facts[nextFact] : undefined;
    held.push(toHeld(line, found.get(line.index), fact, page));
  });
  flush();
}

function toHeld(line: Readonly<Line>, furniture: FurnitureKind | undefined, facts: LineFacts | undefined, page: number): Held {
  return {
    index: line.index, lineStart: line.start, from: line.contentStart - line.start, to: line.contentEnd - line.start,
    blank: isBlankLine(line), furniture, facts, page,
  };
}

// Read one page: furniture out, then the columns one after another, or the lines in order.
function readPage(
  source: string, lines: readonly Held[], visit: (segment: Segment) => void, furniture: (line: FurnitureLine) => void, pageBreak: () => void,
  note: (note: PageNote) => void,
): void {
  const body = lines.filter((line) => !line.blank && line.furniture === undefined);
  // Glued columns (default pdftotext) have no positions; columns side by side have.
  const glued = splitGluedColumns(source, body);
  const split = glued?.cells ?? splitColumns(source, body);
  const first = body[0];
  const last = body[body.length - 1];
  if (glued !== undefined && glued.doubt > maxGluedDoubt && first !== undefined && last !== undefined) {
    note({ kind: 'interleaved-columns', start: first.lineStart + first.from, end: last.lineStart + last.to, page: first.page, columns: glued.columns });
  }
  const cellsOf = new Map<Held, Cell[] | undefined>();
  let width = 1;
  if (split !== undefined) {
    body.forEach((line, index) => {
      const cells = split[index];
      cellsOf.set(line, cells);
      for (const cell of cells ?? []) width = Math.max(width, cell.column + 1);
    });
  }
  const columns: Segment[][] = Array.from({ length: width }, () => []);
  const gaps = columns.map(() => 0);
  for (const line of lines) {
    if (line.blank) {
      gaps.forEach((gap, column) => {
        gaps[column] = gap + 1;
      });
      continue;
    }
    if (line.furniture !== undefined) {
      furniture({ kind: line.furniture, start: line.lineStart + line.from, end: line.lineStart + line.to, page: line.page });
      pageBreak();
      gaps.fill(0);
      continue;
    }
    const cells = cellsOf.get(line);
    if (cells === undefined) {
      // One column, or a line across the columns (a headline over them): read whole, in column 0.
      const segment = toSegment(source, line, line.from, line.to, displayWidth(source, line.lineStart, line.lineStart + line.from), gaps[0] as number, 0);
      if (split === undefined) visit(segment);
      else {
        segment.spans = true;
        columns[0]?.push(segment);
      }
      gaps.fill(0);
      continue;
    }
    const seen = new Set<number>();
    for (const cell of cells) {
      // Glued lines stand in no rows of the text: a blank line there parts blocks of the page, not paragraphs.
      const gap = glued === undefined ? cellGap(gaps[cell.column] as number) : 0;
      columns[cell.column]?.push(toSegment(source, line, cell.from, cell.to, cell.indent, gap, cell.column));
      gaps[cell.column] = 0;
      seen.add(cell.column);
    }
    gaps.forEach((gap, column) => {
      if (!seen.has(column)) gaps[column] = gap + 1;
    });
  }
  if (split !== undefined) for (const column of columns) for (const segment of column) visit(segment);
}

// In columns side by side, a row left empty in one column is the room a headline or a line of
// another column took, not a blank line of this one; only two empty rows or more part paragraphs.
const cellGap = (empty: number): number => (empty >= 2 ? empty - 1 : 0);

const isIdeograph = (code: number): boolean => (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
const isFullWidthPunctuation = (code: number): boolean => (code >= 0x3001 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff5e);
const isWide = (code: number): boolean => isIdeograph(code) || isFullWidthPunctuation(code);

function toSegment(source: string, line: Held, from: number, to: number, indent: number, gap: number, column: number): Segment {
  const start = line.lineStart + from;
  const end = line.lineStart + to;
  const segment: Segment = { line: line.index, start, end, indent, gap, page: line.page, column };
  const pieces = justifiedPieces(source, start, end);
  if (pieces !== undefined) segment.pieces = pieces;
  if (line.facts !== undefined) segment.facts = line.facts;
  return segment;
}

/**
 * The stretches of a justified line without the spaces it was spread with (`中 共 中 央 总 书
 * 记`): where most neighbouring wide characters stand a single space apart, those spaces are
 * layout. Spaces next to Latin letters or digits are text.
 *
 * @returns `[start, end, …]`, or `undefined` when the line is not spread.
 */
function justifiedPieces(source: string, start: number, end: number): number[] | undefined {
  let spread = 0;
  let close = 0;
  for (let index = start + 1; index < end - 1; index++) {
    const code = source.charCodeAt(index);
    if (!isWide(source.charCodeAt(index - 1))) continue;
    if (code === 32 && isWide(source.charCodeAt(index + 1))) spread++;
    else if (isWide(code)) close++;
  }
  if (spread < 3 || spread < close) return undefined;
  const pieces: number[] = [];
  let from = start;
  for (let index = start + 1; index < end - 1; index++) {
    if (source.charCodeAt(index) === 32 && isWide(source.charCodeAt(index - 1)) && isWide(source.charCodeAt(index + 1))) {
      pieces.push(from, index);
      from = index + 1;
    }
  }
  pieces.push(from, end);
  return pieces;
}
