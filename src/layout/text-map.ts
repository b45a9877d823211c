/** One stretch of a joined text, copied from the source or (virtual) added by the join. */
interface Piece {
  /** Offset in the joined text. */
  at: number;
  /** Length in the joined text. */
  length: number;
  /** Source offset of the stretch's first character. */
  offset: number;
  /** Added text (a space between Latin words): every character maps to `offset`. */
  virtual: boolean;
}

/**
 * A text assembled from stretches of the source (wrapped lines joined), with the map back to
 * source offsets that positions and figures need.
 */
export interface TextMap {
  value: string;
  pieces: Piece[];
}

/** A stretch of the source: `[start, end)`. */
export interface Range {
  start: number;
  end: number;
}

/**
 * Join ranges of the source into one text with its map, putting `separator(previous, next)`
 * between two ranges (text that is not in the source, mapped to where the next range starts).
 * The text is built in one piece, not appended a range at a time, which would leave a rope that
 * every later scan of the text walks through; the map's arrays are sized exactly, as they stay
 * with the block.
 *
 * @param source The whole source text.
 * @param ranges The ranges, in order; empty ones are left out.
 * @param separator What goes between two ranges (`''` for nothing).
 */
export function joinRanges(source: string, ranges: readonly Range[], separator: (previous: Range, next: Range) => string): TextMap {
  if (ranges.length === 1) {
    const { start, end } = ranges[0] as Range;
    return { value: source.slice(start, end), pieces: end > start ? [{ at: 0, length: end - start, offset: start, virtual: false }] : [] };
  }
  const parts: string[] = [];
  ranges.forEach((range, index) => {
    if (index > 0) parts.push(separator(ranges[index - 1] as Range, range));
    parts.push(source.slice(range.start, range.end));
  });
  let count = 0;
  for (const part of parts) if (part.length > 0) count++;
  const pieces = new Array<Piece>(count);
  let at = 0;
  let kept = 0;
  parts.forEach((part, index) => {
    if (part.length === 0) return;
    // Even parts are ranges, odd ones the separators before range (index + 1) / 2.
    const virtual = index % 2 === 1;
    const range = ranges[virtual ? (index + 1) / 2 : index / 2] as Range;
    pieces[kept++] = { at, length: part.length, offset: range.start, virtual };
    at += part.length;
  });
  return { value: parts.join(''), pieces };
}

function pieceAt(map: TextMap, index: number): Piece | undefined {
  const { pieces } = map;
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((pieces[middle] as Piece).at <= index) low = middle;
    else high = middle - 1;
  }
  return pieces[low];
}

/**
 * The source offset of a place in the joined text.
 *
 * @param map The map.
 * @param index Offset in `map.value`; `map.value.length` maps to just past the last stretch.
 */
export function sourceOffset(map: TextMap, index: number): number {
  if (index >= map.value.length) {
    const last = map.pieces[map.pieces.length - 1];
    return last ? last.offset + (last.virtual ? 0 : last.length) : 0;
  }
  const piece = pieceAt(map, index);
  if (!piece) return 0;
  return piece.virtual ? piece.offset : piece.offset + (index - piece.at);
}

/**
 * The source offset just past the character before `index`: where a range ending at `index` ends.
 *
 * @param map The map.
 * @param index End offset in `map.value` (exclusive), at least 1.
 */
export function sourceEndOffset(map: TextMap, index: number): number {
  if (index <= 0) return sourceOffset(map, 0);
  const piece = pieceAt(map, index - 1);
  if (!piece) return 0;
  return piece.virtual ? piece.offset : piece.offset + (index - piece.at);
}
