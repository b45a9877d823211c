/**
 * Glyph runs into rows (runs on one baseline) and fragments (the runs of a row that stand
 * together, with no gap as wide as a column gutter between them). Columns side by side share
 * baselines; the fragments keep them apart until the columns are known.
 */

import type { Fragment, GlyphRun, Row } from './geometry.js';

// Runs whose baselines differ by less than this part of the larger font size are on one row
// (a smaller run set a little higher or lower, a footnote mark, stays on its line).
const baselineTolerance = 0.35;
// A gap between two runs wider than this many ems parts fragments: a column gutter is 1.2 ems or
// more, less the overhang of a compressed closing quote (`出让”`); justified spacing and word
// spaces are less. Fragments of one column on one row are joined again once the columns are known.
const fragmentGapEm = 0.6;

/**
 * Group a page's runs into rows, top to bottom, each row's runs left to right and parted into
 * fragments at gaps wide enough to be a gutter.
 *
 * @param runs The page's runs, in any order.
 * @returns The rows.
 */
export function toRows(runs: readonly GlyphRun[]): Row[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: GlyphRun[][] = [];
  let current: GlyphRun[] = [];
  let baseline = Number.NEGATIVE_INFINITY;
  let size = 0;
  for (const run of sorted) {
    if (current.length > 0 && Math.abs(run.y - baseline) <= baselineTolerance * Math.max(size, run.fontSize)) {
      current.push(run);
      if (run.fontSize > size) {
        size = run.fontSize;
        baseline = run.y;
      }
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [run];
    baseline = run.y;
    size = run.fontSize;
  }
  if (current.length > 0) groups.push(current);
  return groups.map(toRow);
}

function toRow(runs: GlyphRun[]): Row {
  runs.sort((a, b) => a.x - b.x);
  const fragments: Fragment[] = [];
  let current: GlyphRun[] = [];
  for (const run of runs) {
    const last = current[current.length - 1];
    if (last && run.x - (last.x + last.width) > fragmentGapEm * Math.min(run.fontSize, last.fontSize)) {
      fragments.push(toFragment(current));
      current = [];
    }
    current.push(run);
  }
  fragments.push(toFragment(current));
  return bounds(fragments);
}

/**
 * The fragment a list of runs (left to right) makes, with its extent.
 *
 * @param runs The runs, left to right, at least one.
 */
export function toFragment(runs: GlyphRun[]): Fragment {
  const first = runs[0] as GlyphRun;
  let x1 = first.x + first.width;
  let fontSize = first.fontSize;
  let y = first.y;
  for (const run of runs) {
    x1 = Math.max(x1, run.x + run.width);
    if (run.fontSize > fontSize) {
      fontSize = run.fontSize;
      y = run.y;
    }
  }
  return { runs, x0: first.x, x1, y, fontSize };
}

/**
 * A row of the given fragments (left to right), with its extent.
 *
 * @param fragments The fragments, at least one.
 */
export function bounds(fragments: Fragment[]): Row {
  let largest = fragments[0] as Fragment;
  for (const fragment of fragments) if (fragment.fontSize > largest.fontSize) largest = fragment;
  return {
    fragments,
    y: largest.y,
    x0: Math.min(...fragments.map((fragment) => fragment.x0)),
    x1: Math.max(...fragments.map((fragment) => fragment.x1)),
    fontSize: largest.fontSize,
  };
}
