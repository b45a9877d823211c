import type { Document } from './types.js';

/** What to leave out of a tree for an output. */
export interface StripOptions {
  /** Drop every `position`, of nodes and of figures (YAML does unless `--positions`). */
  positions?: boolean;
  /** Keep headings and item titles only: no paragraphs, no positions, no diagnostics. */
  outline?: boolean;
  /**
   * Keep this many levels of numbering (`--depth N`). A level is a numbered node: an item, or a
   * section with an `ordinal` (a headline number, written or inferred). Unnumbered sections are no
   * level and are always kept. A numbered node is kept when it has at most N-1 numbered ancestors,
   * and goes with everything under it otherwise; so `0` keeps only unnumbered sections (and
   * paragraphs outside any numbered node), `1` adds their lists and numbered headlines without
   * sub-items, and so on. Paragraphs of a kept node stay (unless `outline`).
   */
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
 * @returns The reduced copy (nodes are new objects; field values such as `data` are shared).
 */
export function stripTree(tree: Document, options: StripOptions): Document {
  const dropPositions = options.positions === true || options.outline === true;
  const { depth } = options;
  const keep = (child: Loose, numberedAbove: number): boolean => {
    if (options.outline === true && child.type === 'paragraph') return false;
    if (depth === undefined || !(child.type === 'list' || isNumbered(child))) return true;
    return numberedAbove + 1 <= depth;
  };
  const visit = (node: Loose, numberedAbove: number): Loose => {
    const copy: Loose = { type: node.type };
    for (const [key, value] of Object.entries(node)) {
      if (key === 'children' || (dropPositions && key === 'position')) continue;
      copy[key] = dropPositions && key === 'figures' ? (value as Loose[]).map(withoutPosition) : value;
    }
    if (node.children) {
      const below = isNumbered(node) ? numberedAbove + 1 : numberedAbove;
      copy.children = node.children.filter((child) => keep(child, below)).map((child) => visit(child, below));
    }
    return copy;
  };
  const copy = visit(tree as unknown as Loose, 0) as unknown as Document;
  if (options.outline === true) copy.diagnostics = [];
  return copy;
}

function withoutPosition(figure: Loose): Loose {
  const { position: _position, ...rest } = figure;
  return rest as Loose;
}
