import { numberingFamily } from '../../markers/registry.js';
import type { Document, Item, List, MarkerStyle, Paragraph, Position, Section } from '../types.js';
import { missedMarkers } from './missed-markers.js';
import { alignOffsets, pointAt, spanOf, type SourceText } from './source-span.js';

/** One number of a run: a numbered headline, an item, or a marker the parser left in the text. */
export interface RunMember {
  style: MarkerStyle;
  ordinal: number;
  /** The marker as written; `undefined` when the number was inferred. */
  marker: string | undefined;
  /** A marker the parser kept as text, because its number did not fit or it lacks its comma. */
  missed: boolean;
  /** `第二` with no punctuation after it. */
  bare: boolean;
  inferred: boolean;
  /** The marker's range (a headline's, when the number was inferred). */
  position: Position;
  /** Whether it opens a list or is a numbered headline: where a new run may begin. */
  opens: boolean;
  /** A numbered headline (a section), rather than an item or a marker left in the text. */
  headline: boolean;
}

/**
 * The numbered children of one parent that count as one sequence: the items of its lists and its
 * numbered headlines, of one family, in source order (a list goes on from the headlines of its
 * style before it; lists of one style in one parent continue one another).
 */
export interface NumberingRun {
  /** The family (`di` also holds 首先 … 其次). */
  family: MarkerStyle;
  parent: Document | Section | Item;
  members: RunMember[];
  /**
   * The highest number of the run of the family that closed last before this one starts: a
   * document that numbers straight through (1.–5. under （一）, 6.–9. under （二）) starts this run
   * one past it.
   */
  previousMax: number | undefined;
}

/** How much of the tree to read. */
export interface RunOptions {
  /**
   * Only the runs that hold a numbered headline (what the tree builder reports): a list is read,
   * and its paragraphs scanned for markers left in the text, only where a numbered headline of
   * its family shares its parent. The duplicates and the numbers out of order of those runs are
   * the same as with every run read; `previousMax` (JY004) may differ.
   */
  headlinesOnly?: boolean;
  /** Counts the paragraphs scanned for markers left in the text, for tests of the work done. */
  work?: { paragraphs: number };
}

/**
 * Collect every numbering run of a tree.
 *
 * @param tree The jyparse tree.
 * @param source Its source, for the positions of markers left in the text.
 * @param options Which runs to read.
 * @returns The runs; each run's members are in source order.
 */
export function numberingRuns(tree: Document, source: SourceText, options: RunOptions = {}): NumberingRun[] {
  const runs: NumberingRun[] = [];
  const visit = (parent: Document | Section | Item): void => {
    const headed = options.headlinesOnly ? headlineFamilies(parent) : undefined;
    const byFamily = new Map<MarkerStyle, RunMember[]>();
    const add = (member: RunMember): void => {
      const family = numberingFamily(member.style);
      const members = byFamily.get(family) ?? [];
      // `第二` without its comma counts only where 第二 is the number the list needs next.
      if (member.bare && (members[members.length - 1]?.ordinal ?? 0) + 1 !== member.ordinal) return;
      members.push(member);
      byFamily.set(family, members);
    };
    for (const child of parent.children) {
      if (child.type === 'section') {
        if (child.style !== undefined && child.ordinal !== undefined) add(sectionMember(child, child.style, child.ordinal, source));
        visit(child);
      } else if (child.type === 'list') {
        if (headed === undefined || headed.has(numberingFamily(child.style))) visitList(child, add, visit, source, options.work);
        else for (const item of child.children) visit(item);
      }
    }
    for (const [family, members] of byFamily) {
      for (const run of splitRuns(members)) runs.push({ family, parent, members: run, previousMax: undefined });
    }
  };
  visit(tree);
  markPrevious(runs);
  return runs;
}

// The families of the numbered headlines among a parent's children.
function headlineFamilies(parent: Document | Section | Item): Set<MarkerStyle> {
  const families = new Set<MarkerStyle>();
  for (const child of parent.children) {
    if (child.type === 'section' && child.style !== undefined && child.ordinal !== undefined) families.add(numberingFamily(child.style));
  }
  return families;
}

function visitList(
  list: List,
  add: (member: RunMember) => void,
  visit: (item: Item) => void,
  source: SourceText,
  work: { paragraphs: number } | undefined,
): void {
  const family = numberingFamily(list.style);
  list.children.forEach((item, index) => {
    add({
      style: item.style,
      ordinal: item.ordinal,
      marker: item.marker,
      missed: false,
      bare: false,
      inferred: item.inferred === true,
      position: item.marker === undefined ? item.position : spanOf(source, item.position.start, item.marker),
      opens: index === 0,
      headline: false,
    });
    for (const paragraph of item.children) {
      if (paragraph.type !== 'paragraph') continue;
      if (work) work.paragraphs++;
      for (const member of missedIn(paragraph, family, source)) add(member);
    }
    visit(item);
  });
}

function sectionMember(section: Section, style: MarkerStyle, ordinal: number, source: SourceText): RunMember {
  // `2 4`: the headline's number is the 2; the 4 is displaced (JY005), not part of this run.
  const marker = section.marker?.split(/[ \u3000]/u)[0];
  return {
    style,
    ordinal,
    marker,
    missed: false,
    bare: false,
    inferred: section.inferred === true,
    position: spanOf(source, section.position.start, marker ?? section.title),
    opens: true,
    headline: true,
  };
}

function missedIn(paragraph: Paragraph, family: MarkerStyle, source: SourceText): RunMember[] {
  const found = missedMarkers(paragraph.value, family);
  if (found.length === 0) return [];
  const offsets = alignOffsets(source, paragraph.position.start.offset, paragraph.value);
  return found.map((missed) => {
    const start = pointAt(source, offsets[missed.start] as number, paragraph.position.start);
    return {
      style: missed.style,
      ordinal: missed.ordinal,
      marker: missed.marker,
      missed: true,
      bare: missed.bare,
      inferred: false,
      position: spanOf(source, start, missed.marker),
      opens: false,
      headline: false,
    };
  });
}

// A 1 that opens a list or headline begins a new run, unless it is a repeated number rather than
// a restart: in the same style, the numbers after it go on from the run before (`1 2 | 1 3`,
// `1 2 | 1 4`), or the run before is a lone 1 (`（一）` then `（一）`).
function splitRuns(members: readonly RunMember[]): RunMember[][] {
  const runs: RunMember[][] = [];
  let current: RunMember[] | undefined;
  let max = 0;
  members.forEach((member, index) => {
    const restarts = member.ordinal === 1 && member.opens && current !== undefined && !repeatsOne(current, max, member, members[index + 1]);
    if (current === undefined || restarts) {
      current = [];
      max = 0;
      runs.push(current);
    }
    current.push(member);
    max = Math.max(max, member.ordinal);
  });
  return runs;
}

function repeatsOne(current: readonly RunMember[], max: number, member: RunMember, next: RunMember | undefined): boolean {
  // `首先，我代表市委…` then `第一，…第二，…`: a new sequence in another style is a restart.
  if (current[current.length - 1]?.style !== member.style) return false;
  if (current.length === 1 && max === 1) return true;
  return next !== undefined && next.ordinal !== 2 && (next.ordinal === max + 1 || next.ordinal === max + 2);
}

// Sweep the runs of each family in source order, keeping the one that closed last before each run
// starts.
function markPrevious(runs: readonly NumberingRun[]): void {
  const families = new Map<MarkerStyle, NumberingRun[]>();
  for (const run of runs) {
    const family = families.get(run.family);
    if (family) family.push(run);
    else families.set(run.family, [run]);
  }
  for (const family of families.values()) {
    const byStart = family.map((run) => ({ run, at: extreme(run, 'start', Math.min) })).sort((a, b) => a.at - b.at);
    const byEnd = family.map((run) => ({ run, at: extreme(run, 'start', Math.max) })).sort((a, b) => a.at - b.at);
    let closed = 0;
    for (const { run, at } of byStart) {
      while (closed < byEnd.length && (byEnd[closed] as { at: number }).at < at) closed++;
      const previous = byEnd[closed - 1]?.run;
      if (previous) run.previousMax = extreme(previous, 'ordinal', Math.max);
    }
  }
}

/**
 * The least or greatest ordinal or start offset of a run's members.
 *
 * @param run The run.
 * @param field `ordinal`, or `start` for the members' source offsets.
 * @param pick `Math.min` or `Math.max`.
 */
function extreme(run: NumberingRun, field: 'ordinal' | 'start', pick: (a: number, b: number) => number): number {
  let value = field === 'ordinal' ? run.members[0]?.ordinal ?? 0 : run.members[0]?.position.start.offset ?? 0;
  for (const member of run.members) value = pick(value, field === 'ordinal' ? member.ordinal : member.position.start.offset);
  return value;
}
