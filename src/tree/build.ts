import { findFigures } from '../figures/find-figures.js';
import { isInlineSpace } from '../text/chars.js';
import { markerCandidates } from '../markers/candidates.js';
import { familyOf, matchMarker } from '../markers/registry.js';
import type { MarkerMatch } from '../markers/types.js';
import type { Head } from '../layout/head.js';
import type { Block } from '../layout/reflow.js';
import { type TextMap, sourceSpan } from '../layout/text-map.js';
import type { Location } from '../text/location.js';
import { createMessage, toDiagnostic, type Message } from '../text/message.js';
import { numberingDiagnostics } from './numbering/diagnostics.js';
import { Outline } from './outline.js';
import { deriveTitle } from './title.js';
import { schemaVersion, type Document, type Item, type Paragraph, type Position, type Section } from './types.js';

/** What the builder needs besides the blocks. */
export interface BuildContext {
  location: Location;
  encoding: string;
  /** The text the blocks come from (their positions point into it), for the numbering diagnostics. */
  text?: string;
}


/**
 * Build the tree from the blocks, in the order the head says (SPEC sections 2 and 3). The blocks
 * are consumed, so that a large document does not hold its blocks and its whole tree at once.
 *
 * @param blocks The paragraphs and headlines, in source order; each is dropped from the array once
 *   built into the tree (the title and subtitle blocks stay).
 * @param head The title block and the reading order.
 * @param context Where positions come from, and the encoding to record.
 * @returns The document.
 */
export function buildTree(blocks: Array<Block | undefined>, head: Head, context: BuildContext): Document {
  return new TreeStream(blocks, head, context).finish();
}

/**
 * A tree built from blocks as they come: first the blocks the head was found in, in the order it
 * says, then every later block in source order (see `findHeadEarly`).
 */
export class TreeStream {
  private readonly document: Document;
  private readonly builder: TreeBuilder;
  private readonly context: BuildContext;
  private previous = -1;
  private next: number;

  /**
   * @param blocks The first blocks of the document (or all of them); each is dropped from the
   *   array once built into the tree (the title and subtitle blocks, read first, stay).
   * @param head The head found in them, whose order covers them.
   * @param context Where positions come from, and the encoding to record.
   */
  constructor(blocks: Array<Block | undefined>, head: Head, context: BuildContext) {
    const title = head.title.map((index) => (blocks[index] as Block).value.trim()).join('');
    const subtitle = head.subtitle
      .map((index, at) => (blocks[index] as Block).value.slice(at === 0 ? head.subtitleDash : 0).trim())
      .join(' ');
    this.document = {
      type: 'document',
      ...(title ? { title } : {}),
      ...(subtitle ? { subtitle } : {}),
      data: { encoding: context.encoding, schemaVersion },
      diagnostics: [],
      children: [],
    };
    this.context = context;
    this.builder = new TreeBuilder(this.document, context.location);
    const asParagraph = new Set(head.asParagraph);
    for (const index of head.order) {
      const block = blocks[index] as Block;
      blocks[index] = undefined;
      this.take(block, index, asParagraph.has(index));
    }
    this.next = blocks.length;
  }

  /**
   * Add the block that follows the ones given so far in the source.
   *
   * @param block The next block.
   */
  add(block: Block): void {
    this.take(block, this.next++, false);
  }

  /** Close every node; the tree is complete, with its numbering diagnostics. */
  finish(): Document {
    this.builder.outline.finish();
    const { text, location } = this.context;
    const numbering = numberingDiagnostics(this.document, { text, location }).map(toDiagnostic);
    if (numbering.length > 0) {
      // In source order among the builder's own; at one place, by rule, as `check` lists them.
      const all = [...this.document.diagnostics, ...numbering];
      all.sort((a, b) => a.position.start.offset - b.position.start.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
      this.document.diagnostics.splice(0, this.document.diagnostics.length, ...all);
    }
    return this.document;
  }

  private take(block: Block, index: number, asParagraph: boolean): void {
    // Where the reading order jumps (the head was hoisted), nothing stays open across the jump.
    if (index !== this.previous + 1) this.builder.outline.closeAll();
    this.previous = index;
    if (block.kind === 'heading' && !asParagraph) this.builder.heading(block);
    else this.builder.paragraph(block);
  }
}

// e.g. `附件：1.…`, `附件1：…`, `附件：`
const attachmentsLead = /^附\s*件\s*[0-9０-９一二三四五六七八九十]*\s*[：:]/u;

class TreeBuilder {
  readonly outline: Outline;
  private readonly location: Location;
  private inAttachments = false;

  constructor(document: Document, location: Location) {
    this.outline = new Outline(document);
    this.location = location;
  }

  heading(block: Block): void {
    if (this.attachment(block)) return;
    const text = block.value;
    const match = matchMarker(text, 0);
    if (match && familyOf(match.style).headings && match.end < text.length) {
      const fit = this.outline.fit({ style: match.style, ordinal: match.ordinal, place: 'heading' });
      if (fit) {
        const section: Section = {
          type: 'section',
          title: text.slice(match.end).trim(),
          marker: match.marker,
          ordinal: fit.slot.ordinal,
          style: match.style,
          children: [],
          position: this.position(block, 0, text.length),
        };
        // Kept in source order; a number out of order or used twice is told at the end, from the
        // numbering runs (the seed's panels run 1, 3, 2).
        this.outline.addSection(section, fit.frame, fit.slot);
        if (match.displaced !== undefined) this.displaced(block, match);
        return;
      }
    }
    const section: Section = { type: 'section', title: text.trim(), children: [], position: this.position(block, 0, text.length) };
    this.outline.addSection(section);
    if (section.inferred) {
      this.report(createMessage(`Headline has no number; inferred ${section.ordinal} from a number displaced into another headline`, {
        ruleId: 'JY006/inferred-number',
        severity: 'warning',
        place: { start: { ...section.position.start }, end: { ...section.position.end } },
        expected: String(section.ordinal),
      }));
    }
  }

  paragraph(block: Block): void {
    const text = block.value;
    if (this.attachment(block)) return;
    let holder: Document | Section | Item = this.outline.current;
    let opened: Item | undefined;
    let cut = 0;
    for (const candidate of markerCandidates(text)) {
      if (candidate.headlineOnly) continue;
      // An item of a comma run is inline: it closes with its paragraph.
      const place = candidate.place === 'comma' ? 'inline' : candidate.place;
      const fit = this.outline.fit({ style: candidate.style, ordinal: candidate.ordinal, place });
      if (!fit) continue;
      this.flush(holder, block, cut, candidate.start);
      // The item before a comma run's next item ends where that one begins (SPEC section 3).
      if (candidate.place === 'comma' && opened !== undefined) opened.title = deriveTitle(text.slice(cut, candidate.start));
      let after = candidate.end;
      while (after < text.length && isInlineSpace(text.charCodeAt(after))) after++;
      const item: Item = {
        type: 'item',
        marker: candidate.marker,
        ordinal: fit.slot.ordinal,
        style: candidate.style,
        title: deriveTitle(text.slice(after)),
        children: [],
        position: this.position(block, candidate.start, candidate.end),
      };
      this.outline.addItem(fit.frame, fit.slot, item, place === 'inline');
      holder = item;
      opened = item;
      cut = after;
    }
    this.flush(holder, block, cut, text.length);
    this.outline.closeInline();
  }

  // The list of attachments (附件：1.… / 2.…) is back matter, like the signature: it closes the
  // body, and its numbers name attachments rather than number the outline.
  private attachment(block: Block): boolean {
    const text = block.value;
    this.inAttachments = attachmentsLead.test(text) || (this.inAttachments && !/[。！？；]/u.test(text));
    if (!this.inAttachments) return false;
    this.outline.closeAll();
    this.flush(this.outline.document, block, 0, text.length);
    return true;
  }

  private flush(holder: Document | Section | Item, text: TextMap, from: number, to: number): void {
    let start = from;
    let end = to;
    while (start < end && isInlineSpace(text.value.charCodeAt(start))) start++;
    while (end > start && isInlineSpace(text.value.charCodeAt(end - 1))) end--;
    if (start === end) return;
    // A slice of the block's text (no copy); figures map back through the block's own map.
    const value = text.value.slice(start, end);
    const position = this.position(text, start, end);
    // Spelled out rather than spread from a rest object, which gives every figure a shape of its own.
    const figures = findFigures(value).map((figure) => ({
      text: figure.text,
      value: figure.value,
      unit: figure.unit,
      kind: figure.kind,
      position: this.position(text, start + figure.start, start + figure.end),
    }));
    // Figures go into the literal: a property added later is stored outside the object.
    const paragraph: Paragraph = figures.length > 0 ? { type: 'paragraph', value, position, figures } : { type: 'paragraph', value, position };
    (holder.children as Paragraph[]).push(paragraph);
  }

  private displaced(text: TextMap, match: MarkerMatch): void {
    this.outline.displace(match.displaced as number);
    this.report(createMessage(`Number ${match.displaced} in headline \`${match.marker}\` is displaced: it belongs to the next headline without a number`, {
      ruleId: 'JY005/broken-marker',
      severity: 'warning',
      place: this.position(text, match.start, match.end),
      actual: match.marker,
      expected: String(match.ordinal),
    }));
  }

  // The tree keeps its messages in their stored form (docs/tree.md).
  private report(message: Message): void {
    this.outline.diagnostics.push(toDiagnostic(message));
  }

  private position(text: TextMap, from: number, to: number): Position {
    const [start, end] = sourceSpan(text, from, to);
    return this.location.toPosition(start, end);
  }
}
