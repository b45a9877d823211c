/**
 * The page of every position, for a file that has pages (SPEC section 10: `position.page`, 1-based,
 * the page a node starts on). The reader says the page of each line; a line it says nothing of is
 * on the page of the line above it.
 */

import type { LineFacts } from '../read/types.js';
import type { Position } from '../text/position.js';
import type { Document } from './types.js';

interface Placed {
  position?: Position;
  children?: Placed[];
  figures?: Placed[];
}

/**
 * Set `position.page` on every node, figure, furniture line and diagnostic of a tree, from the
 * pages its reader gave its lines. A tree read from a format without pages is left as it is.
 *
 * @param document The tree, with positions into the reader's text.
 * @param facts The reader's facts about the lines of that text.
 */
export function addPages(document: Document, facts: readonly LineFacts[]): void {
  const pageOf: number[] = [];
  for (const fact of facts) if (fact.page !== undefined) pageOf[fact.line] = fact.page;
  if (pageOf.length === 0) return;
  let page = 1;
  for (let line = 0; line < pageOf.length; line++) page = pageOf[line] ??= page;
  const last = page;
  const place = (position: Position | undefined): void => {
    if (position !== undefined) position.page = pageOf[position.start.line - 1] ?? last;
  };
  const visit = (node: Placed): void => {
    place(node.position);
    for (const figure of node.figures ?? []) place(figure.position);
    for (const child of node.children ?? []) visit(child);
  };
  for (const child of document.children) visit(child as Placed);
  for (const line of document.furniture ?? []) place(line.position);
  for (const diagnostic of document.diagnostics) place(diagnostic.position);
}
