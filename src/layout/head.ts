import { Blocks, type Head } from './head-blocks.js';
import type { Block } from './reflow.js';
import { headRules } from './rules/index.js';
import type { HeadRule } from './rules/types.js';

export type { Head } from './head-blocks.js';

/**
 * What the head rules make of the blocks read so far: the head and the rule that found it, or
 * that more blocks are needed to tell.
 */
export type HeadDecision = { kind: 'decided'; head: Head; rule: HeadRule } | { kind: 'need-more' };

/**
 * Find the title block and its subtitle, and hoist them with the paragraphs directly under them
 * to the front (SPEC section 2: the head comes first, wherever it stood).
 *
 * @param blocks The blocks in source order.
 * @returns The head and the reading order of the other blocks.
 */
export function findHead(blocks: readonly Block[]): Head {
  return (decideHead(blocks, true, true) as { head: Head }).head;
}

/**
 * Find the head from the first blocks of a document, when they decide it: the head is then the
 * one {@link findHead} finds in the whole document, its `order` covers the blocks given, and the
 * blocks after them follow in source order. So the tree can be built while the layout is still
 * read, and a block dies soon after it is made.
 *
 * @param blocks The first blocks of the document, in source order.
 * @param subtitleLater Whether a subtitle line (`——…`), which places the title wherever it stands,
 *   may still come: until one has come, the head waits for the whole document.
 * @returns The head, or `need-more` when the blocks given do not decide it.
 */
export function findHeadEarly(blocks: readonly Block[], subtitleLater: boolean): HeadDecision {
  return decideHead(blocks, false, subtitleLater);
}

/**
 * Ask the head rules in order (`rules/index.ts`); the first that finds a head wins.
 *
 * @param list The blocks read so far, in source order.
 * @param complete Whether they are all the blocks of the document.
 * @param subtitleLater Whether a subtitle line may still come after them.
 * @returns The decision, with the rule that made it.
 */
export function decideHead(list: readonly Block[], complete: boolean, subtitleLater: boolean): HeadDecision {
  const blocks = new Blocks(list, complete);
  for (const rule of headRules) {
    const head = rule.decide(blocks);
    if (blocks.short) return { kind: 'need-more' };
    if (head !== undefined) return { kind: 'decided', head, rule };
    // A subtitle line anywhere decides the head; none in the blocks read so far lets the rules
    // after it decide only when none can come.
    if (rule.anywhere === true && subtitleLater && !complete) return { kind: 'need-more' };
  }
  /* c8 ignore next */
  throw new Error('no head rule decided: the last head rule must always decide');
}
