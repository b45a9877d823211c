import { alternative } from './alternate-content.js';
import { isTableOfContents, type FieldStack } from './fields.js';
import { M, MC, W } from './namespaces.js';
import type { ParagraphText } from './paragraph-text.js';
import type { Styles } from './styles.js';
import { findTextBoxes } from './text-boxes.js';
import { childElement, childValue, onOff, textContent, type XmlElement, type XmlNode } from './xml.js';

/** What reading a paragraph's content needs. */
export interface InlineContext {
  styles: Styles;
  fields: FieldStack;
  /** Whether the paragraph's style sets its text bold. */
  paragraphBold: boolean | undefined;
}

// Inline containers whose content is read as if it stood in the paragraph: a hyperlink, a smart
// tag, custom XML, an insertion or a move (tracked changes are read accepted), bidirectional
// embedding. A simple field (`w:fldSimple`) is one too: its content is its result.
const containers = new Set(['hyperlink', 'smartTag', 'customXml', 'ins', 'moveTo', 'dir', 'bdo']);

/**
 * Read a paragraph's content (`w:p`'s children), as Word shows it with changes accepted.
 *
 * @param nodes The content.
 * @param context The styles and the field state.
 * @param out The paragraph's text.
 */
export function readInline(nodes: readonly XmlNode[], context: InlineContext, out: ParagraphText): void {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    if (node.uri === W) {
      if (node.name === 'r') readRun(node, context, out);
      else if (containers.has(node.name)) readInline(node.children, context, out);
      else if (node.name === 'fldSimple' && !isTableOfContents(node.attributes.instr ?? '')) readInline(node.children, context, out);
      else if (node.name === 'sdt') readInline(childElement(node, W, 'sdtContent')?.children ?? [], context, out);
      // A deletion (`w:del`, `w:moveFrom`) is read as gone; bookmarks, proofing marks and
      // comment ranges carry no text.
    } else if (node.uri === M && (node.name === 'oMath' || node.name === 'oMathPara')) {
      out.add(mathText(node), false);
    } else if (node.uri === MC && node.name === 'AlternateContent') {
      readInline(alternative(node)?.children ?? [], context, out);
    }
  }
}

function mathText(node: XmlElement): string {
  let out = '';
  for (const child of node.children) {
    if (typeof child === 'string') continue;
    out += child.uri === M && child.name === 't' ? textContent(child) : mathText(child);
  }
  return out;
}

function readRun(run: XmlElement, context: InlineContext, out: ParagraphText): void {
  const rPr = childElement(run, W, 'rPr');
  // Hidden text (`w:vanish`) is not shown, but its field characters still open and close fields.
  const hidden = onOff(childElement(rPr, W, 'vanish')) ?? false;
  const bold = onOff(childElement(rPr, W, 'b')) ?? context.styles.characterBold(childValue(rPr, W, 'rStyle')) ?? context.paragraphBold ?? false;
  for (const node of run.children) {
    if (typeof node === 'string') continue;
    if (node.uri !== W) {
      if (node.uri === MC && node.name === 'AlternateContent') findTextBoxes(node, out.textBoxes);
      continue;
    }
    if (node.name === 'fldChar') {
      context.fields.mark(node.attributes.fldCharType);
      continue;
    }
    if (node.name === 'instrText') {
      context.fields.instruction(textContent(node));
      continue;
    }
    if (hidden || !context.fields.showing) continue;
    const text = runContent(node, out);
    if (text !== undefined) out.add(text, bold);
    else if (node.name === 'ruby') readInline(childElement(node, W, 'rubyBase')?.children ?? [], context, out);
  }
}

// What one child of a run shows, or `undefined` when it is not text (it may be a line break, a
// drawing holding text boxes, or nothing to read).
function runContent(node: XmlElement, out: ParagraphText): string | undefined {
  switch (node.name) {
    case 't':
      return textContent(node);
    case 'tab':
    case 'ptab':
      return '\t';
    case 'noBreakHyphen':
      return '-';
    case 'sym':
      return symbol(node.attributes.char);
    case 'br':
      // A page or column break moves the text on; only a line break (`textWrapping`) ends a line.
      if (node.attributes.type === undefined || node.attributes.type === 'textWrapping') out.lineBreak();
      return undefined;
    case 'cr':
      out.lineBreak();
      return undefined;
    case 'drawing':
    case 'pict':
    case 'object':
      findTextBoxes(node, out.textBoxes);
      return undefined;
    default:
      // `w:instrText` (a field's instruction), `w:delText`, `w:softHyphen`, note and comment
      // references, `w:lastRenderedPageBreak`: nothing a reader of the page sees as text.
      return undefined;
  }
}

// e.g. `<w:sym w:font="Wingdings" w:char="F0FC"/>`
function symbol(char: string | undefined): string | undefined {
  const code = char === undefined ? NaN : Number.parseInt(char, 16);
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}
