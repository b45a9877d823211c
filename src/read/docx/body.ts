import type { ReadNote } from '../types.js';
import { alternative } from './alternate-content.js';
import { FieldStack } from './fields.js';
import { readInline } from './inline.js';
import type { ListCounters } from './list-counters.js';
import { MC, W } from './namespaces.js';
import { paragraphProperties } from './paragraph-properties.js';
import { ParagraphText } from './paragraph-text.js';
import type { Styles } from './styles.js';
import { tableCells } from './tables.js';
import { childElement, type XmlElement, type XmlNode } from './xml.js';

/** A paragraph as the reader gives it: its lines (label first) and what the file says of it. */
export interface BodyParagraph {
  /** The paragraph's text, one entry per line (a `w:br` starts a line); the list label leads the first. */
  lines: string[];
  /** Headline evidence: 0 Title, 1–9 a heading level. */
  heading: number | undefined;
  /** Whether all its text is bold. */
  bold: boolean;
  /** Whether it is centred. */
  centered: boolean;
}

/** What reading the body needs, and what it keeps from paragraph to paragraph. */
export interface BodyContext {
  styles: Styles;
  counters: ListCounters;
  fields: FieldStack;
  notes: ReadNote[];
  /**
   * The lines of paragraphs whose paragraph mark is a tracked deletion: with the change accepted
   * they run on into the next paragraph, which gives the joined paragraph its properties.
   */
  carried: string[] | undefined;
}

/**
 * Create the reading state for one document body.
 *
 * @param styles The document's styles.
 * @param counters Its list counters.
 */
export function bodyContext(styles: Styles, counters: ListCounters): BodyContext {
  return { styles, counters, fields: new FieldStack(), notes: [], carried: undefined };
}

/**
 * End a run of block content (a table cell, the body): lines still carried from a paragraph
 * whose mark was deleted become a paragraph of their own.
 *
 * @param context The reading state.
 * @param visit Called with that paragraph, if any.
 */
export function endBlocks(context: BodyContext, visit: (paragraph: BodyParagraph) => void): void {
  const lines = context.carried;
  context.carried = undefined;
  if (lines && lines.some((line) => line.length > 0)) visit({ lines, heading: undefined, bold: false, centered: false });
}

// Block containers whose content is read in place: custom XML, and tracked insertions or moves
// (read accepted; deletions, `w:del` and `w:moveFrom`, are read as gone).
const containers = new Set(['customXml', 'ins', 'moveTo']);

/**
 * Read block content (a body, a table cell, a text box) in document order: paragraphs, and
 * tables as their cells' paragraphs, row by row.
 *
 * @param nodes The content.
 * @param context The reading state.
 * @param visit Called with each paragraph.
 */
export function readBlocks(nodes: readonly XmlNode[], context: BodyContext, visit: (paragraph: BodyParagraph) => void): void {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    if (node.uri === MC && node.name === 'AlternateContent') {
      readBlocks(alternative(node)?.children ?? [], context, visit);
      continue;
    }
    if (node.uri !== W) continue;
    if (node.name === 'p') readParagraph(node, context, visit);
    // A table is read as its cells' paragraphs, row by row.
    else if (node.name === 'tbl') {
      for (const cell of tableCells(node)) {
        readBlocks(cell.children, context, visit);
        endBlocks(context, visit);
      }
    }
    else if (node.name === 'sdt') readBlocks(childElement(node, W, 'sdtContent')?.children ?? [], context, visit);
    else if (containers.has(node.name)) readBlocks(node.children, context, visit);
    else if (node.name === 'altChunk') {
      context.notes.push({ ruleId: 'JY021/docx-alt-chunk', reason: 'the document embeds content in another format (w:altChunk), which jyparse does not read' });
    }
  }
}

function readParagraph(paragraph: XmlElement, context: BodyContext, visit: (paragraph: BodyParagraph) => void): void {
  const pPr = childElement(paragraph, W, 'pPr');
  const properties = paragraphProperties(pPr, context.styles, context.counters);
  const text = new ParagraphText();
  readInline(paragraph.children, { styles: context.styles, fields: context.fields, paragraphBold: properties.bold }, text);
  const lines = joinCarried(context.carried, text.lines);
  context.carried = undefined;
  // e.g. `<w:pPr><w:rPr><w:del …/></w:rPr></w:pPr>`: the paragraph mark itself is deleted.
  const mark = childElement(pPr, W, 'rPr');
  if (childElement(mark, W, 'del') || childElement(mark, W, 'moveFrom')) {
    context.carried = lines;
  } else {
    const label = properties.numbering ? context.counters.count(properties.numbering.numId, properties.numbering.ilvl) : undefined;
    if (label) lines[0] = label + lines[0];
    visit({ lines, heading: properties.heading, bold: text.bold, centered: properties.centered });
  }
  // A text box anchored in the paragraph is read after it.
  for (const box of text.textBoxes) readBlocks(box.children, context, visit);
}

// The carried lines run on into the paragraph's first line.
function joinCarried(carried: string[] | undefined, lines: string[]): string[] {
  if (!carried) return lines;
  return [...carried.slice(0, -1), `${carried[carried.length - 1] ?? ''}${lines[0] ?? ''}`, ...lines.slice(1)];
}
