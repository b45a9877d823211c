/**
 * From pdf.js text items to glyph runs: where each stands on the page and in what type, and the
 * text it holds with the extractor's artefacts taken out (justified spacing between ideographs,
 * control characters, compatibility ideographs that a font's ToUnicode map gives for ordinary ones).
 */

import type { GlyphRun } from './geometry.js';

/** The part of a pdf.js `TextItem` the reader uses. */
export interface TextItemLike {
  str: string;
  transform: readonly number[];
  width: number;
  height: number;
  fontName: string;
}

// A run turned by more than this (in the sine of its angle) is not set on a line of the page:
// a diagonal watermark or a stamp.
const maxSkew = 0.05;

/**
 * The run a text item gives, in page space (origin top left, y down), or `undefined` for an item
 * that holds no text or is not upright (a watermark across the page).
 *
 * @param item The text item, as pdf.js gives it.
 * @param viewport The page's viewport transform at scale 1 (pdf.js `PageViewport.transform`).
 * @returns The run.
 */
export function toGlyphRun(item: TextItemLike, viewport: readonly number[]): GlyphRun | undefined {
  const text = cleanRunText(item.str);
  if (text.trim() === '') return undefined;
  const [a, b, c, d, e, f] = multiply(viewport, item.transform);
  const scaleX = Math.hypot(a, b);
  const scaleY = Math.hypot(c, d);
  if (scaleX === 0 || scaleY === 0 || Math.abs(b / scaleX) > maxSkew || Math.abs(c / scaleY) > maxSkew || a < 0) return undefined;
  // pdf.js gives the width in the item's own unrotated space; the viewport scales it as it does x.
  const width = item.width * Math.hypot(viewport[0] as number, viewport[1] as number);
  return { text, x: e, y: f, width, fontSize: scaleY, font: item.fontName };
}

// Affine matrices as PDF writes them, [a b c d e f]: `m1 × m2`.
function multiply(m1: readonly number[], m2: readonly number[]): [number, number, number, number, number, number] {
  const [a1 = 1, b1 = 0, c1 = 0, d1 = 1, e1 = 0, f1 = 0] = m1;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = m2;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

// e.g. `⼀` (U+2F00 KANGXI RADICAL ONE) for `一`, `⻋` (U+2ECB CJK RADICAL C-SIMPLIFIED CART) for
// `车`, `⺠` for `民`: what a subset font's ToUnicode map says for a glyph that an ordinary
// ideograph shares with a radical.
const compatibilityIdeograph = /[\u2e80-\u2eff\u2f00-\u2fdf\uf900-\ufaff]/gu;
// The radicals of the CJK Radicals Supplement have no NFKC form: these are the ideographs they
// stand for (Unicode's CJKRadicals.txt, and the radical forms that stand for common ideographs);
// and two Kangxi radicals whose glyph in a Simplified Chinese font is the simplified ideograph,
// not their NFKC form (`⼾` is drawn 户, not 戶; `⾭` 青, not 靑).
const radicalIdeographs = new Map([...'⺦丬⺰纟⻅见⻈讠⻉贝⻋车⻌辶⻐钅⻓长⻔门⻙韦⻚页⻛风⻜飞⻠饣⻢马⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙⻳龟⺠民⺟母⺩王⻝食⺮竹⻁虎⻆角⺁厂⺇几⺊卜⺌小⺝月⺪疋⺬示⺯糸⻊足⻏阝⻖阝⻘青⻗雨⻄西⻡首⻣骨⻤鬼⺼肉⺧牛⺨犬⺶羊⻂衤⺅亻⺘扌⺡氵⺣灬⺾艹⼾户⾭青'.matchAll(/(.)(.)/gu)].map(([, radical, ideograph]) => [radical as string, ideograph as string]));
const ideographOf = (char: string): string => radicalIdeographs.get(char) ?? char.normalize('NFKC');

// Control characters (a NUL or a tab a producer left in a string) are not text of the page.
const controlCharacter = /[\u0000-\u0008\u000a-\u001f\u007f]/gu;

/**
 * Count the compatibility ideographs in a text: what {@link cleanRunText} reads as the
 * ideographs they stand for.
 *
 * @param text An item's text as pdf.js gave it.
 */
export function countCompatibilityIdeographs(text: string): number {
  return text.match(compatibilityIdeograph)?.length ?? 0;
}

/**
 * The text of an item as the reader keeps it: compatibility ideographs read as the ideographs
 * they stand for (their NFKC form, or the ideograph a radical stands for), control characters dropped, tabs as spaces, and spaces
 * between two CJK characters or beside CJK punctuation dropped (`中 共 中 央` and `3 、` are
 * justified; `COVID 19`, `1 农业生产稳中有进` and `— 3 —` keep theirs).
 *
 * @param text An item's text as pdf.js gave it.
 */
export function cleanRunText(text: string): string {
  const cleaned = text
    .replace(compatibilityIdeograph, ideographOf)
    .replace(controlCharacter, '')
    .replace(/\t/gu, ' ');
  return cleaned.replace(/(?<=(.?))[ \u00a0\u3000]+(?=(.?))/gu, (spaces, before: string, after: string) =>
    (isCjk(before) && isCjk(after)) || isCjkPunctuation(before) || isCjkPunctuation(after) ? '' : spaces);
}

// CJK punctuation and full-width forms (`、`, `，`, `（`), which no word space stands beside.
const isCjkPunctuation = (char: string): boolean => /^[\u3000-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]$/u.test(char);
// Ideographs, kana, CJK punctuation and full-width forms.
const isCjk = (char: string): boolean => /^[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]$/u.test(char) || /^\p{Script=Han}$/u.test(char);

/**
 * Whether a character is a Latin letter or a digit: the only neighbours between which a space
 * is a word space rather than layout.
 *
 * @param char One character.
 */
export function isLatinOrDigit(char: string): boolean {
  return /^[A-Za-z0-9\u00c0-\u024f]$/u.test(char);
}

/**
 * Join the runs of a line, left to right: no space between them unless the gap is wider than
 * `spaceEm` of the font size and both sides are Latin letters or digits (justified CJK gets none),
 * and one space where the gap is as wide as a tab stop (`2025年1月8日　星期三    要闻    第1版`).
 *
 * @param runs The runs, left to right.
 * @returns The line's text, without spaces at either end.
 */
export function joinRuns(runs: readonly GlyphRun[]): string {
  let text = '';
  let previous: GlyphRun | undefined;
  for (const run of runs) {
    if (previous) {
      const gap = run.x - (previous.x + previous.width);
      const em = Math.min(run.fontSize, previous.fontSize);
      const wordSpace = gap > spaceEm * em && isLatinOrDigit(text.slice(-1)) && isLatinOrDigit(run.text.trimStart().charAt(0));
      if ((wordSpace || gap > tabEm * em) && !/\s$/u.test(text) && !/^\s/u.test(run.text)) text += ' ';
    }
    text += run.text;
    previous = run;
  }
  return text.trim();
}

const spaceEm = 0.3;
const tabEm = 2;
