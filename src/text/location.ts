import type { Point, Position } from '../tree/types.js';

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
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10 || (code === 13 && text.charCodeAt(index + 1) !== 10)) starts.push(index + 1);
  }
  // Offsets come in runs along a line or the next one: the line of the last one is tried first.
  let last = 0;
  const toPoint = (offset: number): Point => {
    const lineStart = starts[last] as number;
    if (offset >= lineStart && (last + 1 === starts.length || offset < (starts[last + 1] as number))) {
      return { line: last + 1, column: offset - lineStart + 1, offset };
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
