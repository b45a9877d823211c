/**
 * What the PDF reader knows of the text on a page, in page space with the origin at the top
 * left and y growing downwards (as the page is read), in points: glyph runs, the rows and
 * fragments they make, and the lines of the flow. Shared by every step of the reader.
 */

/** A run of glyphs pdf.js gave as one text item, set in one font at one size on one baseline. */
export interface GlyphRun {
  text: string;
  /** Left edge. */
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
  /** Font size, from the text matrix (the height of an em). */
  fontSize: number;
  /** pdf.js's name for the font (`g_d0_f2`), the key of {@link FontInfo}. */
  font: string;
}

/** What the reader learned of a font: its name in the file and whether it is set bold. */
export interface FontInfo {
  /** The font's name without its subset tag (`SimHei`, `NotoSerifCJKsc-Bold`), or `` if unknown. */
  name: string;
  bold: boolean;
}

/** Runs on one baseline that stand together (no gap as wide as a column gutter between them). */
export interface Fragment {
  runs: GlyphRun[];
  x0: number;
  x1: number;
  y: number;
  /** The largest font size among its runs. */
  fontSize: number;
}

/** All the fragments on one baseline of a page, left to right. */
export interface Row {
  fragments: Fragment[];
  y: number;
  x0: number;
  x1: number;
  fontSize: number;
}

/** A line of the flow: what becomes one line of the extracted text. */
export interface PageLine {
  page: number;
  runs: GlyphRun[];
  text: string;
  x0: number;
  x1: number;
  y: number;
  fontSize: number;
  /** 0-based column, or -1 for a line that spans columns (a headline over them). */
  column: number;
  /** Left and right edge of the column the line is set in (of the page's text for a spanning line). */
  left: number;
  right: number;
}

/**
 * The middle value of a list of numbers.
 *
 * @param values The numbers (not changed).
 * @returns The median, or `undefined` for an empty list.
 */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * The most common value of a list once each is rounded to a step, each counted with a weight:
 * the body's font size (weighted by characters), a column's left edge.
 *
 * @param values The values with their weights.
 * @param step The rounding step.
 * @returns The most common rounded value (the smaller on a tie), or `undefined` for an empty list.
 */
export function weightedMode(values: ReadonlyArray<readonly [value: number, weight: number]>, step: number): number | undefined {
  const weights = new Map<number, number>();
  for (const [value, weight] of values) {
    const key = Math.round(value / step) * step;
    weights.set(key, (weights.get(key) ?? 0) + weight);
  }
  let best: number | undefined;
  let bestWeight = -1;
  for (const [key, weight] of weights) {
    if (weight > bestWeight || (weight === bestWeight && key < (best as number))) {
      best = key;
      bestWeight = weight;
    }
  }
  return best;
}
