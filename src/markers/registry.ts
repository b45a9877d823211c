import { arabicParen } from './families/arabic-paren.js';
import { arabic } from './families/arabic.js';
import { circled } from './families/circled.js';
import { di } from './families/di.js';
import { dun } from './families/dun.js';
import { fangmian } from './families/fangmian.js';
import { paren } from './families/paren.js';
import { sequence } from './families/sequence.js';
import { shi } from './families/shi.js';
import { yao } from './families/yao.js';
import { markerParts } from './parts.js';
import type { MarkerStyle } from './style.js';
import type { MarkerFamily, MarkerMatch } from './types.js';

/** Every marker family, in the order they are tried at a place. */
export const markerFamilies: readonly MarkerFamily[] = [
  di, fangmian, shi, yao, dun, paren, arabicParen, arabic, circled, sequence,
];

const byStyle = new Map<MarkerStyle, MarkerFamily>(markerFamilies.map((family) => [family.style, family]));

// The families to try at a character, in registry order: those that may begin with it and those
// that may begin with anything. Other characters get only the latter (usually none).
const anywhere = markerFamilies.filter((family) => family.starts === undefined);
const byFirstChar = new Map<number, readonly MarkerFamily[]>();
for (const family of markerFamilies) {
  for (const char of family.starts ?? '') {
    const code = char.charCodeAt(0);
    if (!byFirstChar.has(code)) byFirstChar.set(code, markerFamilies.filter((each) => each.starts === undefined || each.starts.includes(char)));
  }
}

/** The family of a style. */
export function familyOf(style: MarkerStyle): MarkerFamily {
  return byStyle.get(style) as MarkerFamily;
}

/**
 * The family a style numbers with: 首先 … 其次 and 第一 … 第二 continue one another (the outline
 * lets them, and `check` reports the mix as JY012), so both number as `di`; every other style is
 * its own.
 *
 * @param style A marker style.
 * @returns The style that names its numbering family.
 */
export function numberingFamily(style: MarkerStyle): MarkerStyle {
  return style === 'sequence' ? 'di' : style;
}

/**
 * The marker that starts exactly at `at`, if any.
 *
 * @param text The paragraph or headline text.
 * @param at Offset to look at.
 * @returns The first family's match.
 */
export function matchMarker(text: string, at: number): MarkerMatch | undefined {
  for (const family of byFirstChar.get(text.charCodeAt(at)) ?? anywhere) {
    const found = family.match(text, at);
    // Numbering starts at 1 (GB/T 9704): `0.` or `（0）` is text, never the 0th item.
    if (found && found.ordinal !== 0) return found;
  }
  return undefined;
}

/**
 * Write a number as a marker of a style, in the way a sample marker of the list is written: its
 * bracket width, digit width and delimiter (`（三）` for a list of `（一）`, `3．` for `1．`).
 *
 * @param style The marker family.
 * @param ordinal The number to write.
 * @param sample A marker of the same list as written, if any.
 * @returns The marker.
 */
export function formatMarker(style: MarkerStyle, ordinal: number, sample?: string): string {
  return familyOf(style).format(ordinal, markerParts(sample ?? ''));
}
