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

// CJK radical supplements that PDF fonts map ordinary simplified ideographs to and that have no
// NFKC form, with the unified ideograph each is equivalent to (Unicode's
// EquivalentUnifiedIdeograph.txt): `⺠` is `民`, `⻅` is `见`.
const radicalSupplements: Readonly<Record<string, string>> = {
  '⺁': '厂', '⺅': '亻', '⺆': '冂', '⺉': '刂', '⺊': '卜', '⺖': '忄', '⺘': '扌', '⺙': '攵', '⺜': '日', '⺝': '月',
  '⺠': '民', '⺡': '氵', '⺣': '灬', '⺦': '丬', '⺨': '犭', '⺩': '王', '⺬': '示', '⺭': '礻', '⺰': '纟', '⺲': '罒',
  '⺹': '耂', '⺼': '月', '⺾': '艹', '⻁': '虎', '⻂': '衤', '⻄': '西', '⻅': '见', '⻆': '角', '⻈': '讠', '⻉': '贝',
  '⻋': '车', '⻏': '阝', '⻐': '钅', '⻑': '長', '⻓': '长', '⻔': '门', '⻖': '阝', '⻗': '雨', '⻘': '青', '⻙': '韦',
  '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻠': '饣', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟',
  '⻧': '卤', '⻨': '麦', '⻩': '黄', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻌': '辶', '⻍': '辶',
};
const supplementRange = /[\u2e80-\u2eff]/gu;

/**
 * A derived text (an item's title, a field of `document.meta`) with the radical supplements that
 * have no NFKC form read as their equivalent ideograph. Text fields keep them as the source has
 * them, so that the tree still holds the source's characters; a derived field is for reading.
 *
 * @param text Text already read with {@link readCompat}.
 */
export function readSupplements(text: string): string {
  return text.replace(supplementRange, (character) => radicalSupplements[character] ?? character);
}
