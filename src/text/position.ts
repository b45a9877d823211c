/** Places in the decoded text, as unist positions count them. */

/** One place in the decoded text: 1-based line and column, 0-based offset. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** A range in the decoded text; `end` is exclusive. */
export interface Position {
  start: Point;
  end: Point;
  /** 1-based page the range starts on, where the file has pages (a PDF; SPEC section 10). */
  page?: number;
}
