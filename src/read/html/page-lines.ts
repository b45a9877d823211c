/**
 * The lines of a page as a browser lays them out: each block (a paragraph, a `<div>`, a list
 * item, a heading, a table cell) starts a line, `<br>` breaks one, inline text is joined with its
 * white space collapsed (CSS Text: a run of spaces is one space, a line break between two Chinese
 * characters is none) and the indentation at the start of a line (`&nbsp;`, `　`) left out. Each
 * line carries what the markup said of it (LineFacts): whether it starts a paragraph, its heading
 * level, bold and centred.
 */

import type { Element, Nodes } from 'hast';
import { matchMarker } from '../../markers/registry.js';
import type { LineFacts } from '../types.js';
import { attribute, headingLevel, inlineStyle, isBlock, isElement } from './elements.js';
import { startsAfterBreak } from './line-break.js';
import { ListNumbers } from './list-numbers.js';
import { isPageToolsLine } from './page-tools.js';

/** A line of the page's text with what the markup said of it. */
export interface PageLine {
  text: string;
  facts: Omit<LineFacts, 'line'>;
}

/** What holds at a place of the page: inherited down the tree as a browser inherits style. */
interface Context {
  heading: number | undefined;
  bold: boolean;
  align: 'left' | 'center' | 'right';
  pre: boolean;
}

/** A stretch of text with the context it stands in. */
interface Piece {
  value: string;
  context: Context;
}

// CSS Text 3, segment breaks: a line break between two East Asian wide characters is removed.
const wide = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2014\u2026]/u;
const collapsible = /[ \t\n\r\f]/u;
const indentation = /^[\s\u00a0\u3000]+/u;

/** Writes the lines of the parts of a page it is given, in order. */
export class PageLines {
  readonly lines: PageLine[] = [];
  private pieces: Piece[] = [];
  // What stands before the next line: a block's start or end, a <br>, or a <br> and a blank line.
  private before: 'block' | 'break' | 'blank' = 'block';
  private marker: string | undefined;

  /**
   * @param title The element that holds the document's title (heading 0), if the page has one.
   */
  constructor(private readonly title?: Element) {}

  /**
   * Write the lines of a part of the page: its main container, or a heading beside it.
   *
   * @param node The element (or the page, when it has no container).
   * @param context What holds where it stands: by default nothing (a part read on its own, the
   *   way a reader sees it, without the page's style around it).
   */
  write(node: Nodes, context: Context = { heading: undefined, bold: false, align: 'left', pre: false }): void {
    this.visit(node, context);
    this.endBlock();
  }

  private visit(node: Nodes, context: Context): void {
    if (node.type === 'text') {
      this.text(node.value, context);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element' && node.tagName === 'br') {
      this.lineBreak();
      return;
    }
    const inner = node.type === 'element' ? this.contextOf(node, context) : context;
    const block = node.type === 'element' && isBlock(node);
    if (block) this.endBlock();
    const numbers = node.type === 'element' && node.tagName === 'ol' ? new ListNumbers(node) : undefined;
    for (const child of node.children) {
      if (numbers && isElement(child, 'li')) {
        this.endBlock();
        this.marker = numbers.label(child) || undefined;
      }
      this.visit(child, inner);
      // An item that wrote no line leaves its number to no other line.
      if (numbers && isElement(child, 'li')) this.marker = undefined;
    }
    if (block) this.endBlock();
  }

  private contextOf(element: Element, context: Context): Context {
    const style = inlineStyle(element);
    const level = headingLevel(element);
    const align = isBlock(element) ? (style.get('text-align') ?? attribute(element, 'align') ?? (element.tagName === 'center' ? 'center' : undefined))?.toLowerCase() : undefined;
    const weight = style.get('font-weight');
    let bold = context.bold || level !== undefined || ['b', 'strong', 'th'].includes(element.tagName);
    if (weight !== undefined) bold = /^(?:bold|bolder|[6-9]00)$/u.test(weight) || (bold && !/^(?:normal|lighter|[1-5]00)$/u.test(weight));
    return {
      heading: level === undefined ? context.heading : element === this.title ? 0 : Math.max(level - 1, 1),
      bold,
      align: align === undefined ? context.align : align === 'center' || align === 'middle' ? 'center' : align === 'right' ? 'right' : 'left',
      pre: context.pre || ['pre', 'listing', 'plaintext', 'xmp', 'textarea'].includes(element.tagName) || /^pre/u.test(style.get('white-space') ?? ''),
    };
  }

  private text(value: string, context: Context): void {
    if (!context.pre) {
      this.pieces.push({ value, context });
      return;
    }
    value.split(/\r\n?|\n/u).forEach((part, index) => {
      if (index > 0) this.lineBreak();
      this.pieces.push({ value: part, context });
    });
  }

  private endBlock(): void {
    this.endLine();
    this.before = 'block';
  }

  private lineBreak(): void {
    // A <br> on an empty line (the second of `<br><br>`) makes a blank line.
    if (this.endLine()) this.before = 'break';
    else if (this.before === 'break') this.before = 'blank';
  }

  /** End the line being written; returns whether it wrote one. */
  private endLine(): boolean {
    const { text, indented, bold, context } = collapse(this.pieces);
    this.pieces = [];
    if (text === '' || context === undefined) return false;
    if (isPageToolsLine(text)) {
      this.before = 'block';
      return false;
    }
    const previous = this.lines.at(-1);
    const startsParagraph = this.before === 'block' || previous === undefined
      ? true
      : startsAfterBreak({ before: previous.text, beforeBold: previous.facts.bold === true, bold, blank: this.before === 'blank', indented, right: context.align === 'right' });
    const marker = this.marker !== undefined && matchMarker(text, 0) === undefined ? this.marker : '';
    this.marker = undefined;
    const facts: PageLine['facts'] = startsParagraph === undefined ? {} : { startsParagraph };
    if (context.heading !== undefined) facts.heading = context.heading;
    facts.bold = bold;
    facts.centered = context.align === 'center';
    this.lines.push({ text: marker + text, facts });
    return true;
  }
}

/** A line's text from its pieces, white space collapsed, with what its first piece says. */
function collapse(pieces: readonly Piece[]): { text: string; indented: boolean; bold: boolean; context: Context | undefined } {
  let text = '';
  let bold = true;
  let space: 'none' | 'space' | 'break' = 'none';
  let first: Context | undefined;
  for (const { value, context } of pieces) {
    for (const char of value) {
      if (!context.pre && collapsible.test(char)) {
        if (space !== 'break') space = char === '\n' || char === '\r' ? 'break' : 'space';
        continue;
      }
      if (space !== 'none' && text !== '' && !(space === 'break' && wide.test(text.at(-1) as string) && wide.test(char))) text += ' ';
      space = 'none';
      text += char;
      first ??= context;
      if (!/\s/u.test(char)) bold &&= context.bold;
    }
  }
  const lead = indentation.exec(text)?.[0] ?? '';
  const trimmed = text.slice(lead.length).trimEnd();
  return { text: trimmed, indented: /[\u00a0\u3000]|\s{2}/u.test(lead), bold: trimmed !== '' && bold, context: first };
}
