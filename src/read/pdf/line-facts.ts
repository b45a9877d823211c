/**
 * What the geometry and the type say of each line of the flow (SPEC section 10): whether it
 * starts a paragraph (first-line indentation against its column's left edge, a gap wider than
 * the line pitch, a short line before it, a change of type, a centred or right-aligned line) or
 * continues the one above; whether it is the title (the largest type on the first page) or a
 * headline (type larger than the body's, or bold and short); its size, weight and centring.
 */

import type { LineFacts } from '../types.js';
import { median, weightedMode, type FontInfo, type PageLine } from './geometry.js';

/** A line with what the paragraph and heading rules measure of it. */
export interface MeasuredLine {
  line: PageLine;
  /** Font size rounded to half a point, as sizes are compared. */
  size: number;
  /** Whether every run of the line is set in a bold font (only where bold tells something). */
  bold: boolean;
  /** Size, weight and family of the type, as a change of type is seen. */
  style: string;
  /** Indentation from the column's left edge, in ems. */
  indentEm: number;
  centered: boolean;
  rightAligned: boolean;
  /** Whether the line reaches the column's right edge (a line that runs on). */
  full: boolean;
}

/** What a paragraph rule sees: the line, the line before it in the flow, and the document's measures. */
export interface ParagraphContext {
  line: MeasuredLine;
  previous: MeasuredLine | undefined;
  /** The baseline distance of lines set in the body type, one after another in a column. */
  pitch: number;
  bodySize: number;
}

/** A rule that decides whether a line starts a paragraph, or leaves it to the next rule. */
export interface ParagraphRule {
  id: string;
  description: string;
  test: (context: ParagraphContext) => boolean | undefined;
}

// A line is indented when it starts this many ems right of its column's edge.
const indentEm = 0.8;
// A line ends short when it stops this many ems before its column's right edge.
const shortEm = 1.5;
// Lines farther apart than the pitch by this many ems of their type have a paragraph gap between them.
const gapEm = 0.25;
// Consecutive centred lines of one type this close (in pitches of their type) are one headline.
const wrappedHeadlinePitches = 1.7;
// Headline type is at least this much (in points) larger than the body's.
const largerBy = 0.4;
// The title is set at least this much larger than the body.
const titleRatio = 1.2;
// A bold line this short (in characters) can be a headline.
const maxHeadlineLength = 40;

const sameColumn = (a: PageLine, b: PageLine): boolean => a.page === b.page && a.column === b.column;
const pitchOf = (context: ParagraphContext, size: number): number => context.pitch * (size / context.bodySize);

/** The paragraph rules, in the order they are asked; the first that answers decides. */
export const paragraphRules: readonly ParagraphRule[] = [
  {
    id: 'first-line',
    description: 'the first line of the text starts a paragraph',
    test: ({ previous }) => (previous === undefined ? true : undefined),
  },
  {
    id: 'subtitle-dash',
    description: 'a line that opens with a dash (`——在…会议上的讲话`) is a subtitle of its own',
    test: ({ line }) => (/^(?:——|－－|--)/u.test(line.line.text) ? true : undefined),
  },
  {
    id: 'type-change',
    description: 'a line set in other type than the line before it (size, weight, family) starts a block',
    test: ({ line, previous }) => (previous && line.style !== previous.style ? true : undefined),
  },
  {
    id: 'wrapped-headline',
    description: 'a line in the same type as the line above it, larger than the body’s and right under it, wraps the same headline or title',
    test: (context) => {
      const { line, previous } = context;
      if (!previous || line.style !== previous.style || line.size < context.bodySize + largerBy || !sameColumn(line.line, previous.line)) return undefined;
      return line.line.y - previous.line.y <= wrappedHeadlinePitches * line.size ? false : undefined;
    },
  },
  {
    id: 'centred-headline',
    description: 'a centred line starts a block, unless it wraps the centred line of the same type right above it',
    test: (context) => {
      const { line, previous } = context;
      if (!previous || !(line.centered || previous.centered)) return undefined;
      const close = sameColumn(line.line, previous.line) && line.line.y - previous.line.y <= wrappedHeadlinePitches * pitchOf(context, line.size);
      return !(line.centered && previous.centered && close);
    },
  },
  {
    id: 'right-aligned',
    description: 'a line set flush right (a signature, a date) is a block of its own, and so is the line after it',
    test: ({ line, previous }) => (line.rightAligned || previous?.rightAligned ? true : undefined),
  },
  {
    id: 'first-line-indent',
    description: 'a line indented from its column’s left edge starts a paragraph',
    test: ({ line }) => (line.indentEm >= indentEm ? true : undefined),
  },
  {
    id: 'short-line-before',
    description: 'after a line that ends short of the column’s right edge, a new paragraph starts',
    test: ({ previous }) => (previous && !previous.full ? true : undefined),
  },
  {
    id: 'paragraph-gap',
    description: 'a line farther below the line above it than the line pitch starts a paragraph',
    test: (context) => {
      const { line, previous } = context;
      if (!previous || !sameColumn(line.line, previous.line)) return undefined;
      const size = Math.max(line.size, previous.size);
      return line.line.y - previous.line.y > pitchOf(context, size) + Math.max(gapEm * size, 2) ? true : undefined;
    },
  },
  {
    id: 'wrapped-line',
    description: 'otherwise the line continues the paragraph above it (the wrap of a full line, across a column or page too)',
    test: () => false,
  },
];

/**
 * Measure the lines of the flow: the body type, each line's indentation, centring and type.
 *
 * @param lines The body lines in reading order (no furniture), their column edges set.
 * @param fonts What is known of each font.
 * @returns The measured lines, the body size and the body's line pitch.
 */
export function measureLines(lines: readonly PageLine[], fonts: ReadonlyMap<string, FontInfo>): { measured: MeasuredLine[]; bodySize: number; pitch: number } {
  const weighted = lines.map((line) => [line.fontSize, line.text.length] as const);
  const bodySize = weightedMode(weighted, 0.5) ?? 10;
  const isBold = (line: PageLine): boolean => line.runs.every((run) => fonts.get(run.font)?.bold === true);
  // Bold says something only where the body is not bold (one bold font for the whole text).
  let boldChars = 0;
  let allChars = 0;
  for (const line of lines) {
    allChars += line.text.length;
    if (isBold(line)) boldChars += line.text.length;
  }
  const boldTells = boldChars * 2 < allChars;
  const measured = lines.map((line): MeasuredLine => {
    const size = Math.round(line.fontSize * 2) / 2;
    const bold = boldTells && isBold(line);
    const family = familyOf(fonts.get(line.runs[0]?.font ?? '')?.name ?? '');
    const em = line.fontSize;
    const leftGap = line.x0 - line.left;
    const rightGap = line.right - line.x1;
    return {
      line,
      size,
      bold,
      style: `${size}|${bold ? 'b' : ''}|${family}`,
      indentEm: leftGap / em,
      centered: leftGap >= em && rightGap >= em && Math.abs(leftGap - rightGap) <= 0.5 * em,
      rightAligned: rightGap < 0.5 * em && leftGap > 4 * em && line.text.length <= 30,
      full: rightGap < shortEm * em,
    };
  });
  const steps: number[] = [];
  for (let index = 1; index < measured.length; index++) {
    const a = measured[index - 1] as MeasuredLine;
    const b = measured[index] as MeasuredLine;
    if (sameColumn(a.line, b.line) && a.size === bodySize && b.size === bodySize && b.line.y > a.line.y) steps.push(b.line.y - a.line.y);
  }
  return { measured, bodySize, pitch: median(steps) ?? bodySize * 1.5 };
}

// `ABCDEF+SimHei` and `SimHei,Bold` are one family; `NotoSansCJKsc-Bold` is of `NotoSansCJKsc`.
function familyOf(name: string): string {
  return name.replace(/^[A-Z]{6}\+/u, '').replace(/[-,](?:Bold|Heavy|Black|Regular|Medium|Light|Italic|Oblique)\w*$/iu, '');
}

/**
 * The facts of each line: paragraph starts by the ordered rules, the title and headlines by
 * their type.
 *
 * @param measured The measured lines, in reading order.
 * @param bodySize The body's font size.
 * @param pitch The body's line pitch.
 * @returns For each line, its facts (without `line`, which the caller numbers).
 */
export function lineFacts(measured: readonly MeasuredLine[], bodySize: number, pitch: number): Array<Omit<LineFacts, 'line'>> {
  const headings = headingLevels(measured, bodySize);
  return measured.map((line, index) => {
    const context: ParagraphContext = { line, previous: measured[index - 1], pitch, bodySize };
    const startsParagraph = paragraphRules.find((rule) => rule.test(context) !== undefined)?.test(context) ?? true;
    const facts: Omit<LineFacts, 'line'> = { page: line.line.page, startsParagraph, fontSize: Math.round(line.line.fontSize * 10) / 10 };
    const heading = headings[index];
    if (heading !== undefined) facts.heading = heading;
    if (line.bold) facts.bold = true;
    if (line.centered) facts.centered = true;
    return facts;
  });
}

// 0 for the largest type on the first page, if it is larger than the body's (the title, one line
// or several); 1… for larger type, by size; then bold short lines of the body's size.
function headingLevels(measured: readonly MeasuredLine[], bodySize: number): Array<number | undefined> {
  const levels = new Array<number | undefined>(measured.length).fill(undefined);
  const firstPage = measured.filter((line) => line.line.page === measured[0]?.line.page);
  const largest = Math.max(...firstPage.map((line) => line.size));
  if (largest >= titleRatio * bodySize) {
    const start = measured.findIndex((line) => line.size >= largest - 0.5);
    for (let index = start; index < measured.length && (measured[index] as MeasuredLine).size >= largest - 0.5; index++) levels[index] = 0;
  }
  const sizes = [...new Set(measured.filter((line, index) => levels[index] === undefined && line.size >= bodySize + largerBy).map((line) => line.size))].sort((a, b) => b - a);
  measured.forEach((line, index) => {
    if (levels[index] !== undefined) return;
    const rank = sizes.indexOf(line.size);
    if (rank >= 0) levels[index] = rank + 1;
    else if (line.bold && line.line.text.length <= maxHeadlineLength) levels[index] = sizes.length + 1;
  });
  return levels;
}
