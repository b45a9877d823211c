import { ReadError, type Extracted, type LineFacts } from '../types.js';
import { bodyContext, endBlocks, readBlocks, type BodyParagraph } from './body.js';
import { defaultPackageLimits, openWordPackage, type PackageLimits } from './container.js';
import { ListCounters } from './list-counters.js';
import { W } from './namespaces.js';
import { NumberingDefinitions } from './numbering.js';
import { Styles } from './styles.js';
import { childElement, parseXml, type XmlElement } from './xml.js';

/** Options for {@link readDocx}. */
export interface ReadDocxOptions {
  /** How much the parts may inflate to (default {@link defaultPackageLimits}). */
  limits?: PackageLimits;
}

/**
 * Read a Word file (`.docx`): the text of its body as the reader sees it, Word's automatic
 * numbers written in as if typed, and what the file says of each line
 * (`bytes → package → styles, numbering → body → text and facts`).
 *
 * One line per paragraph (a line break inside a paragraph starts a line that continues it);
 * tables give their cells' paragraphs, row by row; headers, footers, footnotes and comments are
 * not body text and are not read.
 *
 * @param bytes The file.
 * @param options Limits.
 * @returns The text, with `startsParagraph`, `heading`, `bold` and `centered` facts per line.
 * @throws {ReadError} For a file that is not a readable Word document: a `.doc`, an encrypted
 *   document, a corrupt or truncated zip, a zip without a Word document, malformed XML, a part
 *   that would inflate beyond the limits.
 */
export function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): Extracted {
  const parts = openWordPackage(bytes, options.limits ?? defaultPackageLimits);
  const styles = new Styles(parts.styles && parseXml(parts.styles.bytes, parts.styles.name));
  const numbering = new NumberingDefinitions(parts.numbering && parseXml(parts.numbering.bytes, parts.numbering.name), styles);
  const context = bodyContext(styles, new ListCounters(numbering));
  let text = '';
  const facts: LineFacts[] = [];
  const emit = (paragraph: BodyParagraph): void => {
    paragraph.lines.forEach((line, index) => {
      facts.push(lineFacts(facts.length, index === 0, paragraph));
      text += `${line}\n`;
    });
  };
  // The body's paragraphs and tables are read as the parser completes each one.
  const document = parseXml(parts.document, parts.documentName, {
    depth: 2,
    visit(element, [root, container]) {
      if (isWord(root, 'document') && isWord(container, 'body')) readBlocks([element], context, emit);
    },
  });
  if (!isWord(document, 'document') || !childElement(document, W, 'body')) {
    throw new ReadError(`not a Word document: ${parts.documentName} has no document body`, 'docx');
  }
  endBlocks(context, emit);
  return { text, format: 'docx', encoding: 'binary', facts, notes: context.notes };
}

const isWord = (element: XmlElement | undefined, name: string): boolean => element?.uri === W && element.name === name;

function lineFacts(line: number, startsParagraph: boolean, paragraph: BodyParagraph): LineFacts {
  const facts: LineFacts = { line, startsParagraph };
  if (paragraph.heading !== undefined) facts.heading = paragraph.heading;
  facts.bold = paragraph.bold;
  facts.centered = paragraph.centered;
  return facts;
}
