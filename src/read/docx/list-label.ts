import type { LevelDefinition } from './numbering.js';
import { formatListNumber } from './number-format.js';

// Bullets set in a symbol font are stored as private-use code points (U+F0xx); the glyphs they
// show in Symbol and Wingdings, which a reader of the text needs instead.
const symbolBullets: Readonly<Record<number, string>> = {
  0xf0b7: '•', 0xf06c: '●', 0xf06e: '■', 0xf0a7: '▪', 0xf0a8: '◆', 0xf0d8: '➢', 0xf076: '❖', 0xf0fc: '✓', 0xf0b2: '◇',
};

const bulletText = (text: string): string =>
  text.replace(/[\uf000-\uf0ff]/gu, (char) => symbolBullets[char.charCodeAt(0)] ?? '•');

// e.g. `%1`, `%2`: the number of level 1, 2 (levels are 0-based in the file, 1-based here)
const placeholder = /%([1-9])/gu;

// A number that ends in a letter or a digit (`1`, `一`, `iv`) would run into the text; one that
// ends in punctuation or is a closed glyph (`一、`, `（一）`, `①`, `⑴`, `•`) would not.
const runsIntoText = /[\p{L}\p{Nd}\p{Nl}]$/u;

/**
 * The label Word draws before a numbered paragraph, as a typist would have typed it.
 *
 * `w:lvlText` with each `%N` replaced by level N's count in level N's format (all in decimal under
 * `w:isLgl`). What Word puts after the label (`w:suff`, a tab by default) is layout, not text,
 * unless the label would run into the text: then it is a space (`1 农业生产…`), as typed.
 *
 * @param levels The list's levels.
 * @param ilvl The paragraph's level.
 * @param counts The list's counts by level (`undefined`: not counted since its last restart).
 * @returns The label, e.g. `一、`, `（二）`, `3.`, `①`, `第四，`, `1.2`.
 */
export function listLabel(levels: ReadonlyArray<LevelDefinition | undefined>, ilvl: number, counts: ReadonlyArray<number | undefined>): string {
  const level = levels[ilvl] as LevelDefinition;
  if (level.format === 'bullet') return bulletText(level.text);
  const label = level.text.replace(placeholder, (_, digit: string) => {
    const index = Number(digit) - 1;
    const referenced = levels[index];
    // A level not counted yet shows one less than its start: Word's `0.1` under no `1`.
    const value = counts[index] ?? Math.max(0, (referenced?.start ?? 1) - 1);
    return formatListNumber(value, level.legal ? 'decimal' : (referenced?.format ?? 'decimal'));
  });
  return level.suffix !== 'nothing' && runsIntoText.test(label) ? `${label} ` : label;
}
