import type { Document, Figure, Item, List, Paragraph, Section } from '../tree/types.js';
import { pathSeparator, pathStep } from './outline-path.js';

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
  const rows: FigureRow[] = [];
  const visit = (node: Section | List | Item | Paragraph, path: readonly string[]): void => {
    if (node.type === 'paragraph') {
      for (const figure of node.figures ?? []) rows.push(row(figure, file, path));
      return;
    }
    const below = node.type === 'list' ? path : [...path, pathStep(node)];
    for (const child of node.children) visit(child, below);
  };
  for (const child of tree.children) visit(child, []);
  return rows;
}

function row(figure: Figure, file: string, path: readonly string[]): FigureRow {
  const { line, column } = figure.position.start;
  return { file, line, column, path: path.join(pathSeparator), kind: figure.kind, value: figure.value, unit: figure.unit, text: figure.text };
}
