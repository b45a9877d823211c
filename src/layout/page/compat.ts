/**
 * Compatibility characters (SPEC section 9): PDF extractors emit Kangxi radicals (U+2F00–U+2FDF),
 * CJK radical supplements (U+2E80–U+2EFF) and CJK compatibility ideographs (U+F900–U+FAFF) where
 * the page shows ordinary ideographs (`⼀、` for `一、`). They are read as the ideograph they stand
 * for, their NFKC form, where that is one UTF-16 unit as they are: the text keeps its length, so
 * every offset still points into the source. A supplement without an NFKC form (`⻅`) is left as
 * it is, since no standard says which ideograph it stands for.
 */

const compatRange = /[\u2e80-\u2fdf\uf900-\ufaff]/u;
const compatRanges = /[\u2e80-\u2fdf\uf900-\ufaff]/gu;

/** A text with its compatibility characters read as ideographs. */
export interface CompatReading {
  /** The text, as long as the source, offset for offset. */
  text: string;
  /** How many characters were read as another. */
  count: number;
  /** Offset of the first one, if any. */
  first: number | undefined;
}

/**
 * Read the compatibility characters of a text as the ideographs they stand for.
 *
 * @param source The decoded text.
 * @returns The text as long as the source, and how many characters changed.
 */
export function readCompat(source: string): CompatReading {
  if (!compatRange.test(source)) return { text: source, count: 0, first: undefined };
  let count = 0;
  let first: number | undefined;
  const text = source.replace(compatRanges, (character, offset: number) => {
    const ideograph = character.normalize('NFKC');
    if (ideograph.length !== 1 || ideograph === character) return character;
    count++;
    first ??= offset;
    return ideograph;
  });
  return { text, count, first };
}
