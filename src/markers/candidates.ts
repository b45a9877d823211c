import { isCloser, isComma, isInlineSpace, isSentenceStop } from '../text/chars.js';
import { matchMarker } from './registry.js';
import type { MarkerMatch } from './types.js';

/** A marker at a place where markers may stand, and how strong that place is. */
export interface MarkerCandidate extends MarkerMatch {
  /**
   * `start`: the marker opens the paragraph; `inline`: it follows a sentence end inside it;
   * `comma`: it follows a comma or an enumeration comma, in a run of its family (SPEC section 3).
   */
  place: 'start' | 'inline' | 'comma';
}

// A sentence ends at 。；：！？ (full- or half-width); closing quotes and brackets may follow it.
// ，、, separate the members of a comma run.
// What an item must say, at the least, for a marker after a comma to be one: `一是一、二是二`
// repeats marker shapes but its "items" say nothing.
const minRunItemLetters = 2;

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
  while (at < text.length && isInlineSpace(text.charCodeAt(at))) at++;
  const first = matchMarker(text, at);
  if (first) found.push(withPlace(first, 'start'));
  let commas = false;
  for (let index = first ? first.end : at; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const comma = isComma(code);
    if (!comma && !isSentenceStop(code)) continue;
    let next = index + 1;
    while (next < text.length && (isCloser(text.charCodeAt(next)) || isInlineSpace(text.charCodeAt(next)))) next++;
    const match = next < text.length ? matchMarker(text, next) : undefined;
    if (match && !match.headlineOnly) {
      found.push(withPlace(match, comma ? 'comma' : 'inline'));
      commas ||= comma;
      index = match.end - 1;
    } else {
      index = next - 1;
    }
  }
  return commas ? keepRuns(text, found) : found;
}

/**
 * Keep the markers after a comma that belong to a run of their family: the next number of the
 * marker before them, or the first of a run that a later marker continues (`会议强调，一要…；二要…`).
 * A run's items must each say something. Markers at a start or after a sentence end stay.
 */
function keepRuns(text: string, found: readonly MarkerCandidate[]): MarkerCandidate[] {
  const kept: MarkerCandidate[] = [];
  found.forEach((candidate, index) => {
    if (candidate.place !== 'comma') {
      kept.push(candidate);
      return;
    }
    const before = kept[kept.length - 1];
    const after = found[index + 1];
    const says = lettersBetween(text, candidate.end, after?.start ?? text.length) >= minRunItemLetters;
    const continues = before !== undefined && follows(before, candidate) && lettersBetween(text, before.end, candidate.start) >= minRunItemLetters;
    const opens = after !== undefined && follows(candidate, after);
    if (says && (continues || opens)) kept.push(candidate);
  });
  return kept;
}

// Whether `next` continues `previous` in one run: the same family, the next number (最后 ends any).
function follows(previous: MarkerMatch, next: MarkerMatch): boolean {
  if (previous.style !== next.style || previous.ordinal === undefined) return false;
  return next.ordinal === undefined ? next.style === 'sequence' : next.ordinal === previous.ordinal + 1;
}

// How many letters or digits stand in `[from, to)` of the text.
function lettersBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) if (/[\p{L}\p{N}]/u.test(text.charAt(index))) count++;
  return count;
}
