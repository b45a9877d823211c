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

/** An empty map. */
export function emptyTextMap(): TextMap {
  return { value: '', pieces: [] };
}

/**
 * Append a stretch of the source.
 *
 * @param map The map to grow.
 * @param source The whole source text.
 * @param start Offset of the stretch in the source.
 * @param end End of the stretch (exclusive).
 */
export function appendSource(map: TextMap, source: string, start: number, end: number): void {
  if (end <= start) return;
  map.pieces.push({ at: map.value.length, length: end - start, offset: start, virtual: false });
  map.value += source.slice(start, end);
}

/**
 * Append text that is not in the source (the space that keeps two Latin words apart), mapped to
 * the place where the line broke.
 *
 * @param map The map to grow.
 * @param text The text to add.
 * @param offset The source offset it stands for.
 */
export function appendVirtual(map: TextMap, text: string, offset: number): void {
  map.pieces.push({ at: map.value.length, length: text.length, offset, virtual: true });
  map.value += text;
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
