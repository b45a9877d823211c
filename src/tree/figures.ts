import { pathStep } from './outline-path.js';
import type { Document, Figure, Parent } from './types.js';

/** A figure of the tree with its place in the outline. */
export interface FigureInOutline extends Figure {
  /**
   * The sections and items above the figure, outermost first, as `jyparse stats` names them: a
   * section by its headline with its number (`一、总体要求`, `1 教育系统党的建设不断加强`), an item
   * by its marker without the delimiter (`第一`, `一是`, `（一）`), a number the source lacks in
   * brackets (`[4] 教育惠民政策得到全面落实`, `[2]`). Empty in the document head.
   */
  path: string[];
}

/**
 * Every figure in the tree (the `figures` of its paragraphs), in tree order, with the path of
 * headlines and markers above it, as `jyparse stats` lists them.
 *
 * @param tree The jyparse tree.
 * @returns The figures, each with its `path`.
 */
export function figures(tree: Document): FigureInOutline[] {
  const found: FigureInOutline[] = [];
  const visit = (node: Parent, path: readonly string[]): void => {
    for (const child of node.children) {
      if (child.type === 'paragraph') {
        for (const figure of child.figures ?? []) found.push({ ...figure, path: [...path] });
      } else if (child.type === 'list') visit(child, path);
      else visit(child, [...path, pathStep(child)]);
    }
  };
  visit(tree, []);
  return found;
}
