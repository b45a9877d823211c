/**
 * Page furniture in extracted text (SPEC section 9): page numbers, running headers and footers,
 * which a PDF extractor writes into the flow at every page break. They are found by their shape
 * (`— 3 —`, `第3页 共9页`, `第1版`, a date with its weekday), by their place (next to a form feed,
 * next to other furniture) and by repetition across pages (the same line, its digits aside), not
 * by any document's words.
 */

import type { FurnitureKind, LineFacts } from '../../read/types.js';
import { forEachLine, isBlankLine } from '../../text/lines.js';
import { displayWidth } from '../../text/width.js';

// Furniture lines are short: a running header of a newspaper page is the widest (`2024年1月15日
// 星期一   要 闻   第1版`), and pdftotext -layout spreads it over the page width with spaces.
const maxFurnitureWidth = 48;
// How far (in non-blank lines) a repeated line may stand from a page break or other furniture.
const nearBreak = 2;

const digit = '[0-9０-９]';
const dash = '[—–\\-－─━~～]';
/** Page numbers as printed: `— 3 —`, `－3－`, `- 3 -`, `第3页`, `第 3 页 共 9 页`, `3/9`, `Page 3 of 9`. */
const pageNumberShapes: readonly RegExp[] = [
  new RegExp(`^${dash}{1,2}\\s*${digit}{1,4}\\s*${dash}{1,2}$`, 'u'),
  new RegExp(`^第\\s*${digit}{1,4}\\s*页(?:\\s*[,，/／]?\\s*共\\s*${digit}{1,4}\\s*页)?$`, 'u'),
  new RegExp(`^共\\s*${digit}{1,4}\\s*页\\s*[,，]?\\s*第\\s*${digit}{1,4}\\s*页$`, 'u'),
  new RegExp(`^${digit}{1,4}\\s*[/／]\\s*${digit}{1,4}$`, 'u'),
  new RegExp(`^(?:page|p\\.)\\s*${digit}{1,4}(?:\\s*(?:of|/)\\s*${digit}{1,4})?$`, 'iu'),
];
const barePageNumber = new RegExp(`^${digit}{1,3}$`, 'u');
/** A newspaper's running header: its page (`第1版`, `A2版`) or its date with the weekday. */
const headerShapes: readonly RegExp[] = [
  new RegExp(`(?:^|\\s)第\\s*${digit}{1,3}\\s*版(?:\\s|$)`, 'u'),
  new RegExp(`^[A-Za-z]?${digit}{1,2}\\s*版$`, 'u'),
  new RegExp(`${digit}{4}\\s*年\\s*${digit}{1,2}\\s*月\\s*${digit}{1,2}\\s*日\\s*[（(]?\\s*(?:星期|周)[一二三四五六日天]`, 'u'),
];

const digitsAndSpaces = /[\s0-9０-９\u3000]/gu;
const toNumber = (text: string): number => Number(text.replace(/[０-９]/gu, (d) => String(d.charCodeAt(0) - 0xff10)));

/** A non-blank line, as the furniture rules see it. */
interface Candidate {
  line: number;
  text: string;
  /** The text without digits and spaces, which repeats from page to page; `undefined` if too wide. */
  key: string | undefined;
  /** Whether a form feed comes before it (the first line of a page after the first). */
  pageStart: boolean;
}

/**
 * Whether a line is shaped like a page number, whatever stands around it.
 *
 * @param text The line, trimmed.
 */
export function isPageNumberShape(text: string): boolean {
  return pageNumberShapes.some((shape) => shape.test(text));
}

/**
 * Whether a line is shaped like a newspaper's running header (`第1版`, a date with its weekday).
 *
 * @param text The line, trimmed.
 */
export function isHeaderShape(text: string): boolean {
  return displayWidth(text) <= maxFurnitureWidth && headerShapes.some((shape) => shape.test(text));
}

/**
 * Find the lines of a text that are page furniture.
 *
 * @param source The decoded text.
 * @param facts What the file said of its lines: a reader that knows a line is furniture says so.
 * @returns The 0-based index of each furniture line, with its kind.
 */
export function findFurniture(source: string, facts: readonly LineFacts[] = []): Map<number, FurnitureKind> {
  const found = new Map<number, FurnitureKind>();
  for (const fact of facts) if (fact.furniture) found.set(fact.line, fact.furniture);
  const lines: Candidate[] = [];
  let pageStart = false;
  forEachLine(source, (line) => {
    if (line.start < line.contentStart && source.slice(line.start, line.contentStart).includes('\f')) pageStart = true;
    if (isBlankLine(line)) return;
    const text = source.slice(line.contentStart, line.contentEnd);
    const key = displayWidth(text) <= maxFurnitureWidth ? text.replace(digitsAndSpaces, '') : undefined;
    lines.push({ line: line.index, text, key, pageStart });
    pageStart = false;
  });
  const breaks = pageBreaks(lines);
  markShapes(lines, breaks, found);
  markBareNumbers(lines, breaks, found);
  markRepeats(lines, breaks, found);
  markSectionNames(lines, found);
  markHeaderNumbers(lines, found);
  return found;
}

// Indices (in `lines`) of the lines that stand next to a page break: the first and last lines of
// each page the form feeds delimit.
function pageBreaks(lines: readonly Candidate[]): Set<number> {
  const near = new Set<number>();
  lines.forEach((candidate, index) => {
    if (!candidate.pageStart) return;
    for (let step = 0; step < nearBreak; step++) {
      near.add(index + step);
      near.add(index - 1 - step);
    }
  });
  return near;
}

function markShapes(lines: readonly Candidate[], breaks: Set<number>, found: Map<number, FurnitureKind>): void {
  lines.forEach((candidate, index) => {
    if (found.has(candidate.line) || candidate.key === undefined) return;
    if (isPageNumberShape(candidate.text)) found.set(candidate.line, 'page-number');
    else if (isHeaderShape(candidate.text)) found.set(candidate.line, breaks.has(index) && !candidate.pageStart && lines[index + 1]?.pageStart === true ? 'footer' : 'header');
  });
}

// A bare number (`3`) is a page number where it stands at a page break, or where the bare numbers
// of the text count up page by page (1, 2, 3 … with a page skipped at most).
function markBareNumbers(lines: readonly Candidate[], breaks: Set<number>, found: Map<number, FurnitureKind>): void {
  const bare = lines.map((candidate, index) => ({ candidate, index })).filter(({ candidate }) => !found.has(candidate.line) && barePageNumber.test(candidate.text));
  let run: typeof bare = [];
  const close = (): void => {
    const first = run[0];
    if (first !== undefined && run.length >= 2 && toNumber(first.candidate.text) <= 3) {
      for (const { candidate } of run) found.set(candidate.line, 'page-number');
    }
    run = [];
  };
  let counted: { value: number; index: number } | undefined;
  for (const entry of bare) {
    const value = toNumber(entry.candidate.text);
    // At a page break, or the number after the last page's (the last page, with no break after it).
    const next = counted !== undefined && value - counted.value >= 1 && value - counted.value <= 2 && entry.index - counted.index >= 8;
    if (breaks.has(entry.index) || next) {
      found.set(entry.candidate.line, 'page-number');
      counted = { value, index: entry.index };
      continue;
    }
    const last = run[run.length - 1];
    const step = last === undefined ? 0 : toNumber(entry.candidate.text) - toNumber(last.candidate.text);
    if (last !== undefined && (step < 1 || step > 2 || entry.index - last.index < 8)) close();
    run.push(entry);
  }
  close();
}

// A line that repeats across pages (its digits aside) next to a page break or other furniture is a
// running header or footer; so are the pieces of one that the extractor put on lines of their own.
function markRepeats(lines: readonly Candidate[], breaks: Set<number>, found: Map<number, FurnitureKind>): void {
  const counts = new Map<string, number>();
  for (const { key } of lines) if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  // Next to furniture known by its shape: what repetition finds does not vouch for more.
  const shaped = new Set(found.keys());
  const nearFurniture = (index: number): boolean => {
    for (let step = 1; step <= nearBreak; step++) {
      if (shaped.has(lines[index - step]?.line ?? -1) || shaped.has(lines[index + step]?.line ?? -1)) return true;
    }
    return false;
  };
  // Two rounds: the pieces of a header split over three lines are found from the piece next to
  // the page number, then from each other.
  const fits = (candidate: Candidate): boolean => {
    const { key } = candidate;
    // Only a short line without a sentence end repeats as furniture; a repeated sentence is text.
    return !!key && (counts.get(key) ?? 0) >= 2 && displayWidth(candidate.text) <= maxFurnitureWidth / 2 + 8 && !/[。！？；：]$/u.test(candidate.text);
  };
  for (let round = 0; round < 2; round++) {
    // A line repeats as furniture where it stands next to furniture or a page break at least twice:
    // the title repeated in the body, or an issuer's name, stands there once at most.
    const placed = new Map<string, number[]>();
    lines.forEach((candidate, index) => {
      if (found.has(candidate.line) || !fits(candidate) || (!breaks.has(index) && !nearFurniture(index))) return;
      const key = candidate.key as string;
      placed.set(key, [...(placed.get(key) ?? []), index]);
    });
    for (const indices of placed.values()) {
      if (indices.length < 2) continue;
      for (const index of indices) {
        const candidate = lines[index] as Candidate;
        const before = found.get(lines[index - 1]?.line ?? -1);
        found.set(candidate.line, before === 'footer' || lines[index + 1]?.pageStart === true ? 'footer' : 'header');
      }
    }
  }
}

// A newspaper page's section name (`要　闻`, `评 论`), letter-spaced, that the extractor put on a
// line of its own next to the rest of the running header.
const sectionName = /^[\u3400-\u9fff](?:[ \u3000]+[\u3400-\u9fff]){1,3}$/u;
function markSectionNames(lines: readonly Candidate[], found: Map<number, FurnitureKind>): void {
  lines.forEach((candidate, index) => {
    if (found.has(candidate.line) || !sectionName.test(candidate.text)) return;
    for (let step = 1; step <= nearBreak; step++) {
      for (const other of [lines[index - step], lines[index + step]]) {
        if (other !== undefined && found.get(other.line) === 'header' && isHeaderShape(other.text)) {
          found.set(candidate.line, 'header');
          return;
        }
      }
    }
  });
}

// A bare number next to a running header known by its shape is the header's page (`第1版` set as
// `1`), which the extractor put on a line of its own: at most one line stands between them (the
// headline under the header).
function markHeaderNumbers(lines: readonly Candidate[], found: Map<number, FurnitureKind>): void {
  lines.forEach((candidate, index) => {
    if (found.has(candidate.line) || !barePageNumber.test(candidate.text)) return;
    for (let step = 1; step <= nearBreak; step++) {
      for (const other of [lines[index - step], lines[index + step]]) {
        if (other !== undefined && found.get(other.line) === 'header' && isHeaderShape(other.text)) {
          found.set(candidate.line, 'page-number');
          return;
        }
      }
    }
  });
}
