import { location, type Location } from '../../text/location.js';
import type { Point, Position } from '../types.js';

// What reflow drops between the pieces of a joined text: line breaks and layout white space.
const isLayout = (char: string): boolean =>
  char === '\n' || char === '\r' || char === ' ' || char === '\t' || char === '\u3000' || char === '\u00a0';

/** The source of a tree, with the one map from offsets to lines and columns. */
export interface SourceText {
  /** The decoded text, when known. */
  text: string | undefined;
  location: Location | undefined;
}

/**
 * Wrap a decoded text for position look-ups.
 *
 * @param text The decoded text, or `undefined` when only the tree is known.
 * @returns The source.
 */
export function sourceText(text: string | undefined): SourceText {
  return { text, location: text === undefined ? undefined : location(text) };
}

/**
 * The source offset of every character of a joined text (a paragraph's `value`, a marker) that
 * starts at `start`, plus one for its end: reflow removed line breaks and layout white space, so
 * each character is found by skipping those.
 *
 * @param source The source.
 * @param start Source offset of the text's first character.
 * @param written The text as the tree holds it.
 * @returns `written.length + 1` offsets.
 */
export function alignOffsets(source: SourceText, start: number, written: string): number[] {
  const offsets: number[] = [];
  const text = source.text;
  if (text === undefined) {
    for (let index = 0; index <= written.length; index++) offsets.push(start + index);
    return offsets;
  }
  let at = start;
  for (const char of written) {
    let probe = at;
    while (probe < text.length && text[probe] !== char && isLayout(text.charAt(probe))) probe++;
    // A character the join added (a space between Latin words) stands where the line broke.
    if (text.startsWith(char, probe)) {
      offsets.push(probe);
      at = probe + char.length;
    } else {
      offsets.push(at);
    }
    if (char.length === 2) offsets.push(offsets[offsets.length - 1] as number + 1);
  }
  offsets.push(at);
  return offsets;
}

/**
 * The point at a source offset.
 *
 * @param source The source.
 * @param offset A source offset.
 * @param near A point on the same line, used when the source is not known.
 */
export function pointAt(source: SourceText, offset: number, near: Point): Point {
  if (source.location) return source.location.toPoint(offset);
  return { line: near.line, column: near.column + (offset - near.offset), offset };
}

/**
 * The range that a text written at `start` (a marker as the tree holds it) takes in the source.
 *
 * @param source The source.
 * @param start Where the text starts.
 * @param written The text.
 * @returns Its range; the end is exclusive.
 */
export function spanOf(source: SourceText, start: Point, written: string): Position {
  const offsets = alignOffsets(source, start.offset, written);
  const last = written.length === 0 ? start.offset : (offsets[written.length - 1] as number) + 1;
  return { start: { ...start }, end: pointAt(source, last, start) };
}
