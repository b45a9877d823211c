import { matchMarker } from './registry.js';
import type { MarkerMatch } from './types.js';

/** A marker at a place where markers may stand, and how strong that place is. */
export interface MarkerCandidate extends MarkerMatch {
  /** `start`: the marker opens the paragraph; `inline`: it follows a sentence end inside it. */
  place: 'start' | 'inline';
}

// A sentence ends at 。；：！？ (full- or half-width); closing quotes and brackets may follow it.
const isSentenceEnd = (code: number): boolean =>
  code === 0x3002 || code === 0xff1b || code === 0xff1a || code === 0xff01 || code === 0xff1f ||
  code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f;
const isCloser = (code: number): boolean =>
  code === 0x201d || code === 0x2019 || code === 0xff09 || code === 0x300d || code === 0x300f || code === 0x300b;
const isSpace = (code: number): boolean => code === 32 || code === 0x3000 || code === 9;

// A match is a fresh object of its own: it becomes the candidate (a copy would double the garbage).
function withPlace(match: MarkerMatch, place: MarkerCandidate['place']): MarkerCandidate {
  const candidate = match as MarkerCandidate;
  candidate.place = place;
  return candidate;
}

/**
 * Every marker that stands where markers may stand: at the start of the text, or after a sentence
 * end. Words that merely contain a numeral (统一是, 世界第二、第三) stand elsewhere and are not seen.
 * Linear in the text's length.
 *
 * @param text A paragraph's text.
 * @returns The candidates, in order.
 */
export function markerCandidates(text: string): MarkerCandidate[] {
  const found: MarkerCandidate[] = [];
  let at = 0;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  const first = matchMarker(text, at);
  if (first) found.push(withPlace(first, 'start'));
  for (let index = first ? first.end : at; index < text.length; index++) {
    if (!isSentenceEnd(text.charCodeAt(index))) continue;
    let next = index + 1;
    while (next < text.length && (isCloser(text.charCodeAt(next)) || isSpace(text.charCodeAt(next)))) next++;
    const match = next < text.length ? matchMarker(text, next) : undefined;
    if (match && !match.headlineOnly) {
      found.push(withPlace(match, 'inline'));
      index = match.end - 1;
    } else {
      index = next - 1;
    }
  }
  return found;
}
