/**
 * What the layout rules see: a row (a line of the flow, with its width and indentation) and a
 * group (the rows being joined into one block), with the facts of them the rules ask for,
 * each computed once.
 */

import { matchMarker } from '../markers/registry.js';
import type { MarkerMatch } from '../markers/types.js';
import type { MarkerStyle } from '../markers/style.js';
import type { LineFacts } from '../read/types.js';
import { endsOnPause, opensWithLineEndMark } from '../text/chars.js';
import { displayWidth } from '../text/width.js';
import { counts, maxHeadlineWidth } from './profile.js';
import { hasSentenceEnd, isBracketNote, isDateLine, isDocumentNumber, isLabelled } from './shape.js';

/** A non-blank line of the flow with what the layout rules need to know of it. */
export interface Row {
  /** Source offset of the first character that is not white space. */
  start: number;
  /** Source offset just past the last character that is not white space. */
  end: number;
  text: string;
  /** Width of the line including its indentation, in ideographs. */
  width: number;
  indent: number;
  /** Blank lines between this row and the one before it. */
  gap: number;
  /** The stretches of the source that hold its text, when spaces of a justified line are left out. */
  pieces: readonly number[] | undefined;
  /** The marker the row starts with, once asked for (`null`: not yet). */
  marker: MarkerMatch | undefined | null;
  /** What the file said of this line (PDF, Word, HTML), if anything. */
  facts: LineFacts | undefined;
  /** Whether it is set across the columns of its page. */
  spans: boolean;
}

/** Rows being joined into one block, with the widths the rules compare against. */
export interface Group {
  rows: Row[];
  /** The widest row but the last. */
  widestBeforeLast: number;
  /** The widest row. */
  widest: number;
  /** The rows' text joined, once asked for (`null`: not yet; `undefined`: too long to be a headline). */
  short: string | undefined | null;
  /** Whether the rows could be a headline, once asked for (`null`: not yet). */
  headline: boolean | null;
}

/** A new group of one row. */
export const newGroup = (row: Row): Group => ({ rows: [row], widestBeforeLast: 0, widest: row.width, short: null, headline: null });

/** Add a row to a group. */
export function addRow(group: Group, row: Row): void {
  group.widestBeforeLast = group.widest;
  group.widest = Math.max(group.widest, row.width);
  group.rows.push(row);
  group.short = null;
  group.headline = null;
}

export const lastRow = (group: Group): Row => group.rows[group.rows.length - 1] as Row;
export const firstRow = (group: Group): Row => group.rows[0] as Row;

// Only short groups can be headlines; their text is joined once a rule needs it (linear overall).
const shortText = (group: Group): string | undefined => {
  if (group.short === null) group.short = group.rows.length <= counts.maxHeadlineLines ? group.rows.map((row) => row.text).join('') : undefined;
  return group.short;
};

/** Whether the rows of a group, joined, could be a headline (see {@link looksLikeHeadline}). */
export function isHeadlineGroup(group: Group | undefined): boolean {
  if (group === undefined) return false;
  if (group.headline === null) {
    const text = shortText(group);
    group.headline = text !== undefined && looksLikeHeadline(text, group.rows.length);
  }
  return group.headline;
}

// The families that number headlines: 一、（一）1.（1）①. Run-in families (第一，一是 一要 一方面 首先) never do.
const headlineFamilies = new Set<MarkerStyle>(['dun', 'paren', 'arabic', 'arabic-paren', 'circled']);

/** The marker a row starts with; the rules ask many times, it is matched once. */
export function rowMarker(row: Row): MarkerMatch | undefined {
  if (row.marker === null) row.marker = matchMarker(row.text, 0);
  return row.marker;
}

/** Whether a row starts with a marker that can start a line of body text. */
export function startsWithMarker(row: Row): boolean {
  const found = rowMarker(row);
  return found !== undefined && !found.headlineOnly;
}

/** Whether a row starts with a headline family's marker (一、（一）1.), with text after it. */
export function startsHeadlineFamily(row: Row): boolean {
  const found = rowMarker(row);
  return found !== undefined && headlineFamilies.has(found.style) && found.end < row.text.length;
}

/** Whether a marker is of a run-in family (第一，一是 一要 一方面 首先), which never numbers a headline. */
export function startsRunIn(found: MarkerMatch | undefined): boolean {
  return found !== undefined && !headlineFamilies.has(found.style);
}

/** `第一，…。` followed by `第二，…`: whether the next row opens a sibling of the group's first. */
export function opensSibling(first: Row, next: Row): boolean {
  const a = rowMarker(first);
  const b = rowMarker(next);
  return a !== undefined && b !== undefined && a.style === b.style;
}

/**
 * Whether a text could be a headline: short, no sentence end, not a date, a document number or a
 * bracketed note, not ending on a comma.
 *
 * @param text The joined text.
 * @param lineCount How many lines it was set in.
 */
export function looksLikeHeadline(text: string, lineCount: number): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || lineCount > counts.maxHeadlineLines || hasSentenceEnd(trimmed)) return false;
  if (endsOnPause(trimmed) || isDateLine(trimmed) || isDocumentNumber(trimmed) || isBracketNote(trimmed)) return false;
  if (startsRunIn(matchMarker(trimmed, 0)) || !bracketsBalance(trimmed) || opensWithLineEndMark(trimmed)) return false;
  if (isLabelled(trimmed)) return false;
  return displayWidth(trimmed) <= maxHeadlineWidth;
}

// A headline closes every bracket it opens; a wrapped tail like `负责）` does not.
function bracketsBalance(text: string): boolean {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // （ ( 《 〔 open, ） ) 》 〕 close
    if (code === 0xff08 || code === 0x28 || code === 0x300a || code === 0x3014) depth++;
    else if (code === 0xff09 || code === 0x29 || code === 0x300b || code === 0x3015) depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}
