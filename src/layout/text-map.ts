/**
 * A text assembled from stretches of the source (wrapped lines joined), with the map back to
 * source offsets that positions and figures need.
 *
 * Every block of a document carries one until the tree takes it, so the map is kept flat: three
 * numbers a stretch in one array, `at` (offset in the joined text), `length` and `offset` (source
 * offset of its first character). A stretch that is not in the source (the space the join puts
 * between two Latin words) has a negative length, and every character of it maps to `offset`.
 */
export interface TextMap {
  value: string;
  /** `[at, length, offset]` for each stretch, in order; `length` < 0 for added text. */
  pieces: readonly number[];
}

/** A stretch of the source: `[start, end)`. */
export interface Range {
  start: number;
  end: number;
}

const stride = 3;

/**
 * Join ranges of the source into one text with its map, putting `separator(previous, next)`
 * between two ranges (text that is not in the source, mapped to where the next range starts).
 * The text is built in one piece, not appended a range at a time, which would leave a rope that
 * every later scan of the text walks through.
 *
 * @param source The whole source text.
 * @param ranges The ranges, in order; empty ones are left out.
 * @param separator What goes between two ranges (`''` for nothing).
 */
export function joinRanges(source: string, ranges: readonly Range[], separator: (previous: Range, next: Range) => string): TextMap {
  if (ranges.length === 1) {
    const { start, end } = ranges[0] as Range;
    return { value: source.slice(start, end), pieces: end > start ? [0, end - start, start] : [] };
  }
  const parts: string[] = [];
  const pieces: number[] = [];
  let at = 0;
  ranges.forEach((range, index) => {
    if (index > 0) {
      const added = separator(ranges[index - 1] as Range, range);
      if (added.length > 0) {
        parts.push(added);
        pieces.push(at, -added.length, range.start);
        at += added.length;
      }
    }
    if (range.end > range.start) {
      parts.push(source.slice(range.start, range.end));
      pieces.push(at, range.end - range.start, range.start);
      at += range.end - range.start;
    }
  });
  // A copy to its length: an array grown by push keeps spare slots, and the map stays with the block.
  return { value: parts.join(''), pieces: pieces.slice() };
}

// The index in `pieces` of the stretch that holds `index` of the joined text.
function pieceAt(pieces: readonly number[], index: number): number {
  let low = 0;
  let high = pieces.length / stride - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((pieces[middle * stride] as number) <= index) low = middle;
    else high = middle - 1;
  }
  return low * stride;
}

// The source offset of `index`, which lies in the stretch at `piece` (or just past its end).
function offsetIn(pieces: readonly number[], piece: number, index: number): number {
  const at = pieces[piece] as number;
  const length = pieces[piece + 1] as number;
  const offset = pieces[piece + 2] as number;
  return length < 0 ? offset : offset + (index - at);
}

/**
 * The source offset of a place in the joined text.
 *
 * @param map The map.
 * @param index Offset in `map.value`; `map.value.length` maps to just past the last stretch.
 */
export function sourceOffset(map: TextMap, index: number): number {
  const { pieces } = map;
  if (pieces.length === 0) return 0;
  if (index >= map.value.length) {
    const last = pieces.length - stride;
    const length = pieces[last + 1] as number;
    return (pieces[last + 2] as number) + (length < 0 ? 0 : length);
  }
  return offsetIn(pieces, pieceAt(pieces, index), index);
}

/**
 * The source offset just past the character before `index`: where a range ending at `index` ends.
 *
 * @param map The map.
 * @param index End offset in `map.value` (exclusive), at least 1.
 */
export function sourceEndOffset(map: TextMap, index: number): number {
  if (index <= 0) return sourceOffset(map, 0);
  const { pieces } = map;
  if (pieces.length === 0) return 0;
  return offsetIn(pieces, pieceAt(pieces, index - 1), index);
}

/**
 * The source range a stretch of the joined text covers: from its first character to just past its
 * last, or, where columns were read one after another and the text runs back up the source (a
 * paragraph cut by a column break), from the lowest to the highest offset it holds.
 *
 * @param map The map.
 * @param from Start offset in `map.value`.
 * @param to End offset in `map.value` (exclusive).
 */
export function sourceSpan(map: TextMap, from: number, to: number): [number, number] {
  const start = sourceOffset(map, from);
  const end = sourceEndOffset(map, to);
  if (start <= end) return [start, end];
  const { pieces } = map;
  let low = Math.min(start, end);
  let high = Math.max(start, end);
  for (let piece = pieceAt(pieces, from); piece < pieces.length && (pieces[piece] as number) < to; piece += stride) {
    const length = pieces[piece + 1] as number;
    const offset = pieces[piece + 2] as number;
    low = Math.min(low, offset);
    high = Math.max(high, offset + Math.max(0, length));
  }
  return [low, high];
}
