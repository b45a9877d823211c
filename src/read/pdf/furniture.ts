/**
 * Page furniture from position and repetition (SPEC sections 9 and 10): a row in the top or
 * bottom band of a page, set apart from the text, is a page number by its shape (`— 3 —`,
 * `- 3 -`, `第3页`, `3/9`, a bare number), a running header or footer when the same text (but for
 * its digits) stands in the same band on other pages, or a running head by its words on a single
 * page (`2025年1月8日 星期三 要闻 第1版`).
 */

import type { FurnitureKind } from '../types.js';
import { median, type Row } from './geometry.js';
import { joinRuns } from './runs.js';

/** One page's rows, top to bottom, and the page's height. */
export interface PageRows {
  rows: Row[];
  height: number;
}

/** A rule that tells whether a band row is furniture, and which. */
interface FurnitureRule {
  id: string;
  description: string;
  /** The kind of furniture the row is, or `undefined` when the rule does not say. */
  test: (candidate: Candidate, context: FurnitureContext) => FurnitureKind | undefined;
}

interface Candidate {
  side: 'top' | 'bottom';
  text: string;
  /** The text with white space removed and every digit as `#`, as running heads are compared. */
  key: string;
}

interface FurnitureContext {
  pageCount: number;
  /** On how many pages each `side:key` stands in a band. */
  pagesWithKey: Map<string, number>;
}

// A row is set apart from the text when the gap to its neighbour is this many line pitches.
const apartPitches = 1.6;
// Or when it stands in this outer part of the page.
const outerBand = 0.08;
// Rows looked at at each end of a page.
const bandRows = 2;

const fullWidthDigit = /[０-９]/gu;
const halfWidth = (text: string): string => text.replace(fullWidthDigit, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));

// e.g. `— 3 —`, `－3－`, `- 3 -`, `3`, `第3页`, `第 3 页 共 9 页`, `3/9`, `Page 3 of 9`
const pageNumberShapes: readonly RegExp[] = [
  /^[—–\-－―~·•]*\d{1,4}[—–\-－―~·•]*$/u,
  /^第\d{1,4}页(?:[，,/／]?共\d{1,4}页)?$/u,
  /^\d{1,4}[/／]\d{1,4}$/u,
  /^page\d{1,4}(?:of\d{1,4})?$/iu,
];
// e.g. `第1版`, `A1版`, `星期三`: the words of a newspaper's running head.
const runningHeadWords = /第\s*[\d０-９]{1,3}\s*版|星期[一二三四五六日天]/u;

/** The furniture rules, in the order they are asked. */
export const furnitureRules: readonly FurnitureRule[] = [
  {
    id: 'page-number-shape',
    description: 'a band row shaped like a page number (`— 3 —`, `第3页`, `3/9`, a bare number) is the page number',
    test: (candidate) => (pageNumberShapes.some((shape) => shape.test(halfWidth(candidate.text).replace(/\s+/gu, ''))) ? 'page-number' : undefined),
  },
  {
    id: 'repeats-across-pages',
    description: 'a band row whose text, but for its digits, stands in the same band on another page is a running header or footer',
    test: (candidate, context) =>
      context.pageCount > 1 && (context.pagesWithKey.get(`${candidate.side}:${candidate.key}`) ?? 0) >= 2
        ? (candidate.side === 'top' ? 'header' : 'footer')
        : undefined,
  },
  {
    id: 'running-head-words',
    description: 'a top band row with the words of a running head (`第1版`, `星期三`) is a header, on a single page too',
    test: (candidate) => (candidate.side === 'top' && runningHeadWords.test(candidate.text) ? 'header' : undefined),
  },
];

/**
 * Find the furniture of every page.
 *
 * @param pages Each page's rows, top to bottom.
 * @returns For each page, the furniture kind of each row index that is furniture.
 */
export function findFurniture(pages: readonly PageRows[]): Array<Map<number, FurnitureKind>> {
  const candidates = pages.map(bandCandidates);
  const pagesWithKey = new Map<string, number>();
  for (const page of candidates) {
    const keys = new Set([...page.values()].map((candidate) => `${candidate.side}:${candidate.key}`));
    for (const key of keys) pagesWithKey.set(key, (pagesWithKey.get(key) ?? 0) + 1);
  }
  const context: FurnitureContext = { pageCount: pages.length, pagesWithKey };
  return candidates.map((page) => {
    const found = new Map<number, FurnitureKind>();
    for (const [index, candidate] of page) {
      for (const rule of furnitureRules) {
        const kind = rule.test(candidate, context);
        if (kind === undefined) continue;
        found.set(index, kind);
        break;
      }
    }
    return found;
  });
}

/**
 * The text of a row, its fragments joined (one space at a gap as wide as a tab stop).
 *
 * @param row The row.
 */
export function rowText(row: Row): string {
  return joinRuns(row.fragments.flatMap((fragment) => fragment.runs));
}

// The rows at each end of a page that stand apart from the text or in its outer band.
function bandCandidates({ rows, height }: PageRows): Map<number, Candidate> {
  const found = new Map<number, Candidate>();
  if (rows.length === 0) return found;
  const steps: number[] = [];
  for (let index = 1; index < rows.length; index++) steps.push((rows[index] as Row).y - (rows[index - 1] as Row).y);
  const pitch = median(steps.filter((step) => step > 0)) ?? 1.5 * (rows[0] as Row).fontSize;
  const gapAt = (index: number): number => (rows[index] as Row).y - (rows[index - 1] as Row).y;
  const add = (index: number, side: Candidate['side']): void => {
    const text = rowText(rows[index] as Row);
    found.set(index, { side, text, key: halfWidth(text).replace(/\s+/gu, '').replace(/\d/gu, '#') });
  };
  for (let index = 0; index < Math.min(bandRows, rows.length); index++) {
    const apart = index + 1 >= rows.length || gapAt(index + 1) > apartPitches * pitch;
    if (!apart && (rows[index] as Row).y > outerBand * height) break;
    add(index, 'top');
  }
  for (let index = rows.length - 1; index >= Math.max(0, rows.length - bandRows); index--) {
    if (found.has(index)) break;
    const apart = index === 0 || gapAt(index) > apartPitches * pitch;
    if (!apart && (rows[index] as Row).y < (1 - outerBand) * height) break;
    add(index, 'bottom');
  }
  return found;
}
