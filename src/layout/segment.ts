/**
 * The unit the layout rules read: a line as it stands on the page, in reading order. For a plain
 * text it is a physical line; for a page read side by side (`pdftotext -layout`, two columns
 * pasted together) it is one column's part of a physical line; page furniture (page numbers,
 * running headers) is taken out of the flow and kept apart. The page stage (`page/`) makes them
 * from the source text and the reader's facts; the join and headline rules take them from there.
 */

import type { FurnitureKind, LineFacts } from '../read/types.js';

/** One line of the flow, in reading order. */
export interface Segment {
  /** 0-based index of the source line it is (part of). */
  line: number;
  /** Source offset of its first character that is not layout white space. */
  start: number;
  /** Source offset just past its last character that is not layout white space. */
  end: number;
  /**
   * The stretches of the source that hold its text, as `[start, end, start, end, …]`, when they
   * are not the whole of `[start, end)`: the spaces a justified line was spread with
   * (`中 共 中 央`) are layout and left out. Absent: the text is `source.slice(start, end)`.
   */
  pieces?: readonly number[];
  /** Display width of the layout white space before it, from the left edge of its column. */
  indent: number;
  /** Blank lines between it and the segment before it in the flow (0 inside a run of lines). */
  gap: number;
  /** 1-based page (pages end at form feeds, or where the page stage saw a page break). */
  page: number;
  /** 0-based column on its page (0 when the page has one column). */
  column: number;
  /** Whether it is set across the columns of its page (a headline over them). */
  spans?: boolean;
  /** What the file said of its line, when the file said anything. */
  facts?: LineFacts;
}

/** A piece of page furniture taken out of the flow, in source order (`document.furniture`). */
export interface FurnitureLine {
  kind: FurnitureKind;
  /** Source offset of its first character that is not layout white space. */
  start: number;
  /** Source offset just past its last character that is not layout white space. */
  end: number;
  page: number;
}
