import { ruleNotes } from './rule-notes.js';
import type { CheckMessage } from './types.js';

/** One replacement in a text: the UTF-16 range `[start, end)` becomes `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
  /** The rule whose finding it repairs. */
  ruleId: string;
}

/** The offset of each line's start (after `\n`, `\r\n` or a lone `\r`). */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (const match of source.matchAll(/\r\n|\r|\n/gu)) starts.push(match.index + match[0].length);
  return starts;
}

/** Whether a finding's repair is certain: its rule is fixable and it holds what was found and the exact replacement. */
export function isFixable(message: CheckMessage): message is CheckMessage & { actual: string; expected: string } {
  const id = message.ruleId.split('/')[0] ?? '';
  return ruleNotes[id]?.fixable === true && message.actual !== undefined && message.expected !== undefined && !/[\r\n]/u.test(message.actual + message.expected);
}

/**
 * The edits that repair the findings whose repair is certain (see {@link isFixable}): each
 * replaces the finding's range, and only when the text there is what the finding found, so an
 * edit never lands anywhere else. Overlapping edits keep the first.
 *
 * @param source The text the findings are of.
 * @param messages The findings.
 * @returns Non-overlapping edits, in source order.
 */
export function fixEdits(source: string, messages: readonly CheckMessage[]): TextEdit[] {
  const starts = lineStarts(source);
  const edits: TextEdit[] = [];
  for (const message of messages) {
    if (!isFixable(message)) continue;
    const lineStart = starts[message.line - 1];
    const endLineStart = starts[message.endLine - 1];
    if (lineStart === undefined || endLineStart === undefined) continue;
    const start = lineStart + message.column - 1;
    const end = endLineStart + message.endColumn - 1;
    if (source.slice(start, end) !== message.actual || message.actual === message.expected) continue;
    edits.push({ start, end, text: message.expected, ruleId: message.ruleId });
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  return edits.filter((edit, at) => at === 0 || edit.start >= (edits[at - 1]?.end ?? 0));
}

/**
 * Apply edits that do not overlap.
 *
 * @param source The text.
 * @param edits The edits, in source order.
 * @returns The edited text.
 */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  let output = '';
  let at = 0;
  for (const edit of edits) {
    output += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return output + source.slice(at);
}

/** The most passes `fixText` makes (ESLint's number): a repair can reveal another. */
export const maxFixPasses = 10;

/**
 * Repair a text until no certain repair is left: check, edit, check again, at most
 * {@link maxFixPasses} times, stopping if a text comes back (two rules undoing each other).
 *
 * @param source The text.
 * @param checkText Checks a text and returns its findings.
 * @returns The repaired text and the number of edits made.
 */
export function fixText(source: string, checkText: (text: string) => CheckMessage[]): { output: string; edits: number } {
  let output = source;
  let count = 0;
  const seen = new Set([source]);
  for (let pass = 0; pass < maxFixPasses; pass++) {
    const edits = fixEdits(output, checkText(output));
    if (edits.length === 0) break;
    const next = applyEdits(output, edits);
    if (seen.has(next)) break;
    seen.add(next);
    output = next;
    count += edits.length;
  }
  return { output, edits: count };
}
