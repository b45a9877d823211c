/**
 * The shape of a layout rule (SPEC section 4): metadata plus one function, as a check rule is
 * (`src/check/types.ts`). The layout stage walks an ordered registry (`index.ts`); the first rule
 * that decides wins, and the decision records its id, which `jyparse explain` shows per line.
 */

import type { LineFacts } from '../../read/types.js';
import type { Blocks, Head } from '../head-blocks.js';
import type { Group, Row } from '../rows.js';

/**
 * An example of a rule: a few lines of text in, and what the rule decides of one of them. The
 * rules' test runs every example through the layout stage and checks that this rule, and no
 * earlier one, made that decision.
 */
export interface LayoutExample {
  /** The lines of the text (a blank string is a blank line). */
  lines: readonly string[];
  /** 0-based index, in `lines`, of the line the decision is about. */
  at: number;
  /** What is decided of it: see each kind of rule. */
  decision: string;
  /** What a reader (Word, HTML, PDF) said of the lines, for the rules that read it. */
  facts?: readonly LineFacts[];
}

/** What every layout rule has. */
interface RuleMeta {
  /** Stable kebab-case name, shown by `jyparse explain`. */
  id: string;
  /** One line: what the rule decides, and why. */
  description: string;
  examples: readonly LayoutExample[];
}

/** The join decision at one line of the flow: what the rules compare it with. */
export interface JoinStep {
  /** The rows joined so far into the current block. */
  group: Group;
  /** The group's last row. */
  last: Row;
  /** The row being decided: does it run on from `last`, or start a block? */
  next: Row;
  /** The block before the current one, and the one before that. */
  before: Group | undefined;
  beforeThat: Group | undefined;
  /** Whether the text was hard-wrapped at all. */
  wrapped: boolean;
  /** Whether the file said this line starts a paragraph (Word, HTML), if it said. */
  told: boolean | undefined;
}

/**
 * A join rule: whether the next line runs on into the current block (`join`) or starts a new
 * one (`break`); `undefined` leaves the decision to the rules after it. Examples decide `join`
 * or `break` of the line at `at`.
 */
export interface JoinRule extends RuleMeta {
  /** Which lines it looks at: after a blank line, within a run of lines, or either. */
  gap: 'blank' | 'run' | 'any';
  decide: (step: JoinStep) => 'join' | 'break' | undefined;
}

/** A block being made: its rows joined, and the row after it. */
export interface BlockDraft {
  value: string;
  rows: readonly Row[];
  /** The first row of the next block, if there is one. */
  following: Row | undefined;
  /** Whether the text was hard-wrapped at all. */
  wrapped: boolean;
}

/**
 * A kind rule: whether a block is a headline (`heading`) or a paragraph. Kind rules decide the
 * kind; demotion rules (`when: 'heading'`) then may make a headline-shaped block a paragraph.
 * Examples decide `heading` or `paragraph` of the block whose first line is at `at`.
 */
export interface KindRule extends RuleMeta {
  when: 'any' | 'heading';
  decide: (draft: BlockDraft) => 'heading' | 'paragraph' | undefined;
}

/**
 * A head rule: where the title and subtitle are (SPEC section 2), or `undefined` to leave it to
 * the rules after it. Examples decide the role (`title`, `subtitle`, or another) of the line at `at`.
 */
export interface HeadRule extends RuleMeta {
  /**
   * Whether what it looks for may stand anywhere in the text (a subtitle line): while it may
   * still come, the rules after it wait for more blocks.
   */
  anywhere?: boolean;
  decide: (blocks: Blocks) => Head | undefined;
}

/**
 * A title rule: whether the block at `next` goes on with the title made of the blocks `title`.
 * Examples decide `title` of the line at `at`.
 */
export interface TitleRule extends RuleMeta {
  decide: (blocks: Blocks, title: readonly number[], next: number) => boolean;
}

/**
 * A page rule: a decision of the page stage (`page/`) on whole lines, which `explain` names.
 * Examples decide the role (`furniture`, `blank`) of the line at `at`.
 */
export interface PageRule extends RuleMeta {
  decide: (source: string, facts: readonly LineFacts[]) => ReadonlySet<number>;
}
