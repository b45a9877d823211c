import type { Point, Position } from './position.js';

/** Maps offsets in a text to 1-based line and column, as vfile-location does. */
export interface Location {
  /** The point at `offset` (0-based, may equal the text's length). */
  toPoint(offset: number): Point;
  /** The position of the range `[start, end)`. */
  toPosition(start: number, end: number): Position;
}

/**
 * Index the line starts of a text once, so that every position in the tree comes from one place.
 *
 * @param text The decoded text; `\r\n`, `\r` and `\n` all end a line.
 * @returns A location that converts offsets in O(log lines).
 */
export function location(text: string): Location {
  const starts = [0];
  if (!text.includes('\r')) {
    // Line ends are all `\n`: found by the native search, not a character at a time.
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', end + 1)) starts.push(end + 1);
  } else {
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) starts.push(index + 1);
    }
  }
  // Offsets come in runs: along a paragraph, its figures, the next paragraph. The line of the last
  // offset and the few after it are tried before a binary search.
  let last = 0;
  const toPoint = (offset: number): Point => {
    if (offset >= (starts[last] as number)) {
      const bound = Math.min(starts.length, last + 8);
      for (let line = last; line < bound; line++) {
        if (line + 1 === starts.length || offset < (starts[line + 1] as number)) {
          last = line;
          return { line: line + 1, column: offset - (starts[line] as number) + 1, offset };
        }
      }
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    last = low;
    return { line: low + 1, column: offset - (starts[low] as number) + 1, offset };
  };
  return {
    toPoint,
    toPosition: (start, end) => ({ start: toPoint(start), end: toPoint(end) }),
  };
}
