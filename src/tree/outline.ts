import { familyOf, numberingFamily } from '../markers/registry.js';
import type { Diagnostic, Document, Item, List, MarkerStyle, Position, Section } from './types.js';

/** A run of numbered children of one frame: what the next marker may continue. */
interface Sequence {
  style: MarkerStyle;
  last: number;
  max: number;
  seen: Set<number>;
  /** The list the last member went into, when it was an item; a further item joins it. */
  list: List | undefined;
  /** A number the layout pushed into this sequence's headline, still to be given to a headline. */
  displaced: number | undefined;
}

/** An open node of the outline: the document, a section or an item. */
interface Frame {
  node: Document | Section | Item;
  sequence: Sequence | undefined;
  /** An item that began inside a paragraph: it closes with that paragraph. */
  inline: boolean;
}

/** What a marker asks of the outline. */
export interface Placement {
  style: MarkerStyle;
  /** `undefined` for 最后, which takes the next number. */
  ordinal: number | undefined;
  /** `start`: opens a paragraph; `inline`: follows a sentence end inside one; `heading`: numbers a headline. */
  place: 'start' | 'inline' | 'heading';
}

/** Where a marker goes: the frame that takes it and the number it gets. */
export interface Slot {
  ordinal: number;
  /** Set when the number does not follow the one before it in its run. */
  expected: number | undefined;
  /** Numbers the run has already seen. */
  seen: ReadonlySet<number>;
}

// How deep runs may nest before a marker that would open another one is read as text.
const maxDepth = 24;

/**
 * The stack of open nodes that numbered markers nest into (SPEC section 3): a marker continues
 * the nearest open run of its family, or opens a run inside the current node.
 */
export class Outline {
  readonly document: Document;
  readonly diagnostics: Diagnostic[];
  private readonly stack: Frame[];
  private readonly lastClosed = new Map<MarkerStyle, number>();

  /**
   * @param document The root to build into.
   */
  constructor(document: Document) {
    this.document = document;
    this.diagnostics = document.diagnostics;
    this.stack = [{ node: document, sequence: undefined, inline: false }];
  }

  /** The innermost open node: where text without a marker goes. */
  get current(): Document | Section | Item {
    return (this.stack[this.stack.length - 1] as Frame).node;
  }

  /** Close everything: a headline or the title block comes. */
  closeAll(): void {
    this.popTo(0);
  }

  /** Close every node, the document last: the tree is complete. */
  finish(): void {
    this.closeAll();
    closeNode(this.document);
  }

  /** Close the items that began inside the paragraph that just ended. */
  closeInline(): void {
    while (this.stack.length > 1 && (this.stack[this.stack.length - 1] as Frame).inline) this.popTo(this.stack.length - 2);
  }

  /**
   * Find where a marker fits, without changing anything.
   *
   * @param placement The marker's family, number and place.
   * @returns The frame index and slot, or `undefined` when the marker is only a word here.
   */
  fit(placement: Placement): { frame: number; slot: Slot } | undefined {
    const { style, ordinal, place } = placement;
    const lowest = place === 'heading' ? this.innermostSectionFrame() : this.stack.length - 1;
    // 1. Continue the nearest open run of the family.
    for (let index = this.stack.length - 1; index >= 0; index--) {
      const sequence = this.hostSequence(index, place);
      if (!sequence || !sameFamily(sequence.style, style)) continue;
      const next = continuation(sequence, ordinal);
      if (next !== undefined && (sequence.style === style || place !== 'inline')) {
        return { frame: index, slot: { ordinal: next, expected: undefined, seen: sequence.seen } };
      }
    }
    if (ordinal === undefined) return undefined; // 最后 with no run to end
    // 2. The family is open but the number does not follow: a restart, or a numbering mistake.
    for (let index = this.stack.length - 1; index >= 0; index--) {
      const sequence = this.hostSequence(index, place);
      if (!sequence || !sameFamily(sequence.style, style)) continue;
      // 第一 after a lone 首先 starts a run beside it, as a new 一是 run does beside an old one.
      if (ordinal === 1) return { frame: index, slot: { ordinal, expected: undefined, seen: new Set() } };
      if (sequence.style !== style) continue;
      if (place === 'inline') return undefined;
      return { frame: index, slot: { ordinal, expected: sequence.last + 1, seen: sequence.seen } };
    }
    // 3. Open a run in the current node (a headline: in the current section). Real documents nest
    // four or five levels; past a bound, a marker is text (and the search above stays linear).
    const opens = ordinal === 1 || (place !== 'inline' && style !== 'fangmian');
    if (!opens || this.stack.length > maxDepth) return undefined;
    const frame = this.byRank(style, lowest);
    const straight = (this.lastClosed.get(style) ?? 0) + 1;
    const expected = ordinal === 1 || ordinal === straight ? undefined : 1;
    return { frame, slot: { ordinal, expected, seen: new Set() } };
  }

  /**
   * Add a numbered item where {@link fit} said.
   *
   * @param frame The frame index from `fit`.
   * @param item The item to add; its `ordinal` is set from the slot.
   * @param inline Whether the item began inside a paragraph.
   */
  addItem(frame: number, slot: Slot, item: Item, inline: boolean): void {
    this.popTo(frame);
    const host = this.stack[frame] as Frame;
    const sequence = this.advance(host, item.style, slot);
    if (!sequence.list) {
      sequence.list = { type: 'list', style: item.style, children: [], position: clonePosition(item.position) };
      appendChild(host.node, sequence.list);
    }
    item.ordinal = slot.ordinal;
    sequence.list.children.push(item);
    this.stack.push({ node: item, sequence: undefined, inline });
  }

  /**
   * Add a numbered or unnumbered section. A numbered one goes where {@link fit} said; an
   * unnumbered one closes everything, unless it takes a number the layout displaced.
   *
   * @param section The section to add.
   * @param frame The frame index from `fit`, for a numbered section.
   * @param slot The slot from `fit`, for a numbered section.
   */
  addSection(section: Section, frame?: number, slot?: Slot): void {
    if (frame === undefined || slot === undefined || section.style === undefined) {
      const host = this.displacedHost();
      if (host === undefined) {
        this.closeAll();
        appendChild(this.document, section);
        this.stack.push({ node: section, sequence: undefined, inline: false });
        return;
      }
      const sequence = (this.stack[host] as Frame).sequence as Sequence;
      section.ordinal = sequence.displaced as number;
      section.style = sequence.style;
      section.inferred = true;
      sequence.displaced = undefined;
      return this.addSection(section, host, { ordinal: section.ordinal, expected: undefined, seen: sequence.seen });
    }
    this.popTo(frame);
    const host = this.stack[frame] as Frame;
    const sequence = this.advance(host, section.style, slot);
    sequence.list = undefined;
    section.ordinal = slot.ordinal;
    appendChild(host.node, section);
    this.stack.push({ node: section, sequence: undefined, inline: false });
  }

  /**
   * Remember a number that the layout pushed into the headline just added (`2 4教育…`), for the
   * next unnumbered headline of the same run.
   *
   * @param value The displaced number.
   */
  displace(value: number): void {
    const host = this.stack[this.stack.length - 2];
    if (host?.sequence && !host.sequence.seen.has(value)) host.sequence.displaced = value;
  }

  // Headlines are sections, which live in sections, never in items.
  private hostSequence(index: number, place: Placement['place']): Sequence | undefined {
    const frame = this.stack[index] as Frame;
    return place === 'heading' && frame.node.type === 'item' ? undefined : frame.sequence;
  }

  private displacedHost(): number | undefined {
    for (let index = this.stack.length - 1; index >= 0; index--) {
      const sequence = (this.stack[index] as Frame).sequence;
      if (sequence?.displaced !== undefined && !sequence.seen.has(sequence.displaced)) return index;
    }
    return undefined;
  }

  private advance(host: Frame, style: MarkerStyle, slot: Slot): Sequence {
    let sequence = host.sequence;
    if (!sequence || !sameFamily(sequence.style, style) || (slot.seen !== sequence.seen && slot.ordinal === 1)) {
      if (sequence) this.lastClosed.set(sequence.style, sequence.max);
      sequence = { style, last: 0, max: 0, seen: new Set(), list: undefined, displaced: undefined };
      host.sequence = sequence;
    }
    if (sequence.list && sequence.list.style !== style) sequence.list = undefined;
    sequence.last = slot.ordinal;
    sequence.max = Math.max(sequence.max, slot.ordinal);
    sequence.seen.add(slot.ordinal);
    return sequence;
  }

  private popTo(index: number): void {
    while (this.stack.length - 1 > index) {
      const frame = this.stack.pop() as Frame;
      if (frame.sequence) this.lastClosed.set(frame.sequence.style, frame.sequence.max);
      closeNode(frame.node);
    }
  }

  private innermostSectionFrame(): number {
    for (let index = this.stack.length - 1; index > 0; index--) {
      if ((this.stack[index] as Frame).node.type !== 'item') return index;
    }
    return 0;
  }

  // GB/T 9704 ranks 一、 > （一） > 1. > （1）: an outer-ranked marker that opens a run does not
  // nest inside an inner-ranked item; it opens beside the nearest node of a higher rank.
  private byRank(style: MarkerStyle, from: number): number {
    const rank = familyOf(style).rank;
    if (rank === undefined) return from;
    for (let index = from; index > 0; index--) {
      const node = (this.stack[index] as Frame).node;
      const nodeRank = node.type === 'document' || node.style === undefined ? undefined : familyOf(node.style).rank;
      if (nodeRank === undefined || nodeRank < rank) return index;
    }
    return 0;
  }
}

// Families that may stand for one another in a run (首先 … 第二 … 最后), with a finding.
function sameFamily(a: MarkerStyle, b: MarkerStyle): boolean {
  return numberingFamily(a) === numberingFamily(b);
}

function continuation(sequence: Sequence, ordinal: number | undefined): number | undefined {
  if (ordinal === undefined) return sequence.style === 'sequence' || sequence.style === 'di' ? sequence.max + 1 : undefined;
  if (ordinal === sequence.last + 1) return ordinal;
  // After numbers out of order (1, 3, 2) the run goes on from the highest one.
  if (ordinal === sequence.max + 1 && sequence.seen.size === sequence.max) return ordinal;
  return undefined;
}

type Positioned = { position?: Position; children: unknown[] };

/**
 * Close a node once nothing more goes into it: its lists close with it (their items closed
 * before), its children array is copied to its length (an array grown by push keeps up to 16
 * spare slots; most nodes close soon after they open, so most grown arrays die young), and its
 * position is extended over its children. A parent that ends (or starts) where a child does takes
 * the child's point itself: points are read-only (docs/tree.md).
 */
function closeNode(node: Document | Section | Item | List): void {
  for (const child of node.children) if (child.type === 'list') closeNode(child);
  const closing = node as Positioned;
  closing.children = closing.children.slice();
  const { position } = closing;
  if (!position) return;
  for (const child of closing.children as Positioned[]) {
    const at = child.position;
    if (!at) continue;
    if (at.end.offset > position.end.offset) position.end = at.end;
    if (at.start.offset < position.start.offset) position.start = at.start;
  }
}

function appendChild(parent: Document | Section | Item, child: Section | List): void {
  (parent.children as Array<Section | List>).push(child);
}

function clonePosition(position: Position): Position {
  return { start: { ...position.start }, end: { ...position.end } };
}
