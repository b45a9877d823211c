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
