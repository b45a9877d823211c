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

/** A stretch of the source to join, or (with `virtual`) text the join adds at `start`. */
export interface Stretch {
  start: number;
  end: number;
  virtual?: string;
}

/**
 * Join stretches of the source into one text with its map. The text is built in one piece (not
 * appended to a string one stretch at a time, which leaves a rope that every later scan of the
 * text walks through).
 *
 * @param source The whole source text.
 * @param stretches The stretches, in order; empty ones are left out.
 */
export function joinedTextMap(source: string, stretches: readonly Stretch[]): TextMap {
  const parts = stretches.map(({ start, end, virtual }) => virtual ?? source.slice(start, end));
  let count = 0;
  for (const text of parts) if (text.length > 0) count++;
  // Sized up front: the map stays with the block, and an array grown by push keeps spare slots.
  const pieces = new Array<Piece>(count);
  let at = 0;
  let kept = 0;
  stretches.forEach(({ start, virtual }, index) => {
    const { length } = parts[index] as string;
    if (length === 0) return;
    pieces[kept++] = { at, length, offset: start, virtual: virtual !== undefined };
    at += length;
  });
  return { value: parts.length === 1 ? (parts[0] as string) : parts.join(''), pieces };
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
