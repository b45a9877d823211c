/**
 * Measures of a join step that several rules compare against, from the page: the width of the
 * column the block is set in, and whether its last line fills it.
 */

import { firstRow } from '../rows.js';
import { column, fullLine } from '../profile.js';
import type { JoinStep } from './types.js';

/** Whether the block so far is one line. */
export const single = (step: JoinStep): boolean => step.group.rows.length === 1;

/** The column width the block is set in, as far as the page tells: the next line or the widest line but the last. */
export const reference = (step: JoinStep): number => Math.max(step.next.width, step.group.widestBeforeLast);

/**
 * Whether the last line fills its column, across a blank line: a paragraph cut by a column break
 * was set in a column at least `column.minFragmentWidth` wide.
 */
export const fullBeforeBlank = (step: JoinStep): boolean =>
  step.last.width >= column.minFragmentWidth && step.last.width >= reference(step) - (single(step) ? fullLine.firstLineSlack : fullLine.lineSlack);

/** The first line of the block so far. */
export const first = (step: JoinStep) => firstRow(step.group);
