/**
 * The layout stage, traced (`jyparse explain`): for every source line, the role the layout gave
 * it and the id of the rule that decided it. It runs the stages `parseExtracted` runs up to the
 * head, with a {@link LayoutTrace}, and reads the decisions back line by line.
 */

import type { Extracted } from '../read/types.js';
import { splitLines } from '../text/lines.js';
import { location } from '../text/location.js';
import { decideHead } from './head.js';
import { readCompat } from './page/compat.js';
import { reflowEach, type Block } from './reflow.js';
import { blankLine } from './rules/blank-line.js';
import { titleRunsOn } from './rules/title-runs-on.js';
import { pageFurniture } from './rules/page-furniture.js';
import type { JoinRule, KindRule } from './rules/types.js';
import type { Segment } from './segment.js';

/** What the layout made of a line. */
export type LineRole =
  | 'title'
  | 'subtitle'
  | 'headline'
  | 'paragraph'
  | 'continuation'
  | 'blank'
  | 'blank-in-paragraph'
  | 'furniture';

/** One line of the source (or one column's part of it), with its role and the rule that decided it. */
export interface ExplainedLine {
  /** 1-based line number in the source. */
  line: number;
  role: LineRole;
  /** Id of the rule that gave the role (see `src/layout/rules/`). */
  rule: string;
  /** For a line that starts a block: id of the join rule that started it rather than run it on. */
  split?: string;
  /** The line's text (a column's part of it, when the page is read in columns). */
  text: string;
}

interface Traced {
  segment: Segment;
  rule: JoinRule;
  join: boolean;
  block: number;
}

/**
 * Explain the layout of a text as a reader gave it.
 *
 * @param extracted What a reader got out of a file (`read()`), or a text with no facts.
 * @returns One entry per source line, in line order (several for a line read in columns).
 */
export function explainExtracted(extracted: Extracted): ExplainedLine[] {
  const source = extracted.text;
  const { text } = readCompat(source);
  const traced: Traced[] = [];
  const blocks: Block[] = [];
  const kinds: KindRule[] = [];
  const furniture = new Set<number>();
  const lines = splitLines(source);
  // The 0-based line an offset is on (the lines are location's: `\r\n`, `\r` and `\n` end one).
  const { toPoint } = location(source);
  const lineOf = (offset: number): number => toPoint(offset).line - 1;
  let count = 0;
  reflowEach(text, (block) => blocks.push(block), extracted.facts, ({ start }) => furniture.add(lineOf(start)), {
    line: (segment, rule, join) => {
      traced.push({ segment, rule, join, block: join ? count - 1 : count++ });
    },
    block: (_block, rule) => {
      kinds.push(rule);
    },
  });
  const roles = blockRoles(blocks, kinds);

  const out: ExplainedLine[] = [];
  const byLine = new Map<number, Traced[]>();
  for (const entry of traced) {
    const list = byLine.get(entry.segment.line);
    if (list) list.push(entry);
    else byLine.set(entry.segment.line, [entry]);
  }
  for (const line of lines) {
    const number = line.index + 1;
    const whole = source.slice(line.contentStart, line.contentEnd);
    if (furniture.has(line.index)) {
      out.push({ line: number, role: 'furniture', rule: pageFurniture.id, text: whole });
      continue;
    }
    const entries = byLine.get(line.index);
    if (entries === undefined) {
      out.push({ line: number, ...blankRole(line.index, lines.length, byLine, furniture), text: whole });
      continue;
    }
    for (const entry of entries) {
      const { segment } = entry;
      const part = source.slice(segment.start, segment.end);
      if (entry.join) out.push({ line: number, role: 'continuation', rule: entry.rule.id, text: part });
      else out.push({ line: number, ...(roles[entry.block] as { role: LineRole; rule: string }), split: entry.rule.id, text: part });
    }
  }
  return out;
}

// The role of each block: the head's, else its kind's.
function blockRoles(blocks: readonly Block[], kinds: readonly KindRule[]): Array<{ role: LineRole; rule: string }> {
  const roles = blocks.map((block, index) => ({ role: (block.kind === 'heading' ? 'headline' : 'paragraph') as LineRole, rule: (kinds[index] as KindRule).id }));
  const decision = decideHead(blocks, true, true);
  /* c8 ignore next */
  if (decision.kind !== 'decided') return roles;
  const { head, rule } = decision;
  head.title.forEach((index, at) => {
    roles[index] = { role: 'title', rule: at === 0 ? rule.id : titleRunsOn.id };
  });
  for (const index of head.subtitle) roles[index] = { role: 'subtitle', rule: rule.id };
  for (const index of head.asParagraph) roles[index] = { role: 'paragraph', rule: rule.id };
  return roles;
}

// A blank line is named by the decision across it: the first line after it that the join rules
// decided with a blank line before it. Else it is margin.
function blankRole(index: number, count: number, byLine: ReadonlyMap<number, Traced[]>, furniture: ReadonlySet<number>): { role: LineRole; rule: string } {
  for (let next = index + 1; next < count && !furniture.has(next); next++) {
    const entries = byLine.get(next);
    if (entries === undefined) continue;
    const across = entries.find((entry) => entry.segment.gap > 0);
    if (across === undefined || across.block === 0 && !across.join) break;
    return across.join ? { role: 'blank-in-paragraph', rule: across.rule.id } : { role: 'blank', rule: across.rule.id };
  }
  return { role: 'blank', rule: blankLine.id };
}

