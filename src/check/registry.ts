import { numberingGap } from './rules/jy001-numbering-gap.js';
import { duplicateNumber } from './rules/jy002-duplicate-number.js';
import { outOfOrder } from './rules/jy003-out-of-order.js';
import { listStart } from './rules/jy004-list-start.js';
import { brokenMarker } from './rules/jy005-broken-marker.js';
import { inferredNumber } from './rules/jy006-inferred-number.js';
import { mixedBrackets } from './rules/jy007-mixed-brackets.js';
import { mixedDelimiters } from './rules/jy008-mixed-delimiters.js';
import { unbalancedBrackets } from './rules/jy009-unbalanced-brackets.js';
import { rankInversion } from './rules/jy010-rank-inversion.js';
import { markerPunctuation } from './rules/jy011-marker-punctuation.js';
import { mixedSequence } from './rules/jy012-mixed-sequence.js';
import { emptyItem } from './rules/jy013-empty-item.js';
import type { Rule } from './types.js';

/** Every check rule, in the order they run and are documented. */
export const rules: readonly Rule[] = [
  numberingGap,
  duplicateNumber,
  outOfOrder,
  listStart,
  brokenMarker,
  inferredNumber,
  mixedBrackets,
  mixedDelimiters,
  unbalancedBrackets,
  rankInversion,
  markerPunctuation,
  mixedSequence,
  emptyItem,
];

/** A rule's id in markdownlint form, e.g. `JY003/out-of-order`. */
export function ruleId(rule: Rule): string {
  return `${rule.names[0]}/${rule.names[1]}`;
}

/**
 * Find a rule by any of its names: `JY003`, `out-of-order` or `JY003/out-of-order` (any case).
 *
 * @param name The name as a user wrote it.
 * @returns The rule, or `undefined` when no rule has that name.
 */
export function findRule(name: string): Rule | undefined {
  const wanted = name.trim().toLowerCase();
  return rules.find((rule) => [rule.names[0], rule.names[1], ruleId(rule)].some((known) => known.toLowerCase() === wanted));
}
