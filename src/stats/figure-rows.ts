import { figures } from '../tree/figures.js';
import type { Document, Figure } from '../tree/types.js';
import { pathSeparator } from '../tree/outline-path.js';

/** One figure with where it stands: a row of `jyparse stats`. */
export interface FigureRow {
  /** The input as named on the command line (`<stdin>` for standard input). */
  file: string;
  /** 1-based line of the figure's first character in the decoded text. */
  line: number;
  /** 1-based column of the figure's first character. */
  column: number;
  /** The sections and items above the figure, joined by ` > `; empty in the document head. */
  path: string;
  kind: Figure['kind'];
  value: Figure['value'];
  unit: string;
  text: string;
}

/** The fields of a row in output order (CSV columns, table columns). */
export const figureRowFields: ReadonlyArray<keyof FigureRow> = ['file', 'line', 'column', 'path', 'kind', 'value', 'unit', 'text'];

/**
 * Every figure of a tree with its place in the outline, in tree order (the document head first,
 * then source order).
 *
 * @param tree The parsed document (with positions).
 * @param file The name to put in the `file` field.
 * @returns One row per figure.
 */
export function figureRows(tree: Document, file: string): FigureRow[] {
  return figures(tree).map((figure) => {
    const { line, column } = figure.position.start;
    const { kind, value, unit, text } = figure;
    return { file, line, column, path: figure.path.join(pathSeparator), kind, value, unit, text };
  });
}
