import type { Document } from './types.js';

/** What to leave out of a tree for an output. */
export interface StripOptions {
  /** Drop every `position` (YAML does unless `--positions`). */
  positions?: boolean;
  /** Keep headings and item titles only: no paragraphs, no positions, no diagnostics. */
  outline?: boolean;
  /** Keep this many levels of numbering below the sections; numbered sections count as levels. */
  depth?: number;
}

type Loose = Record<string, unknown> & { type: string; children?: Loose[] };

const isNumbered = (node: Loose): boolean =>
  node.type === 'item' || (node.type === 'section' && node.ordinal !== undefined);

/**
 * A copy of the tree with positions, paragraphs or deep levels left out, for the writers.
 *
 * @param tree The tree (not changed).
 * @param options What to leave out.
 * @returns The reduced copy.
 */
export function stripTree(tree: Document, options: StripOptions): Document {
  const dropPositions = options.positions === true || options.outline === true;
  const keep = (child: Loose, numberedAbove: number): boolean => {
    if (options.outline && child.type === 'paragraph') return false;
    if (options.depth === undefined) return true;
    return !(child.type === 'list' || isNumbered(child)) || numberedAbove + 1 <= options.depth;
  };
  const visit = (node: Loose, numberedAbove: number): Loose => {
    const copy: Loose = { type: node.type };
    for (const [key, value] of Object.entries(node)) {
      if (key === 'children' || (dropPositions && key === 'position')) continue;
      copy[key] = dropPositions && key === 'figures' ? (value as Loose[]).map(({ position: _unused, ...rest }) => rest) : value;
    }
    if (node.children) {
      const below = isNumbered(node) ? numberedAbove + 1 : numberedAbove;
      copy.children = node.children.filter((child) => keep(child, below)).map((child) => visit(child, below));
    }
    return copy;
  };
  const copy = visit(tree as unknown as Loose, 0) as unknown as Document;
  if (options.outline) copy.diagnostics = [];
  return copy;
}
