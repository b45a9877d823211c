import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { ReadError, type Extracted, type LineFacts } from '../types.js';
import { removeBoilerplate } from './boilerplate.js';
import { decodePage } from './charset.js';
import { eachElement } from './elements.js';
import { findMainContent } from './main-content.js';
import { PageLines, type PageLine } from './page-lines.js';
import { findTitleHeading, titleElementParts } from './page-title.js';

/**
 * Read an HTML page: the text of the document it shows, without the site around it
 * (`bytes → charset → hast → boilerplate out → main container → title → lines and facts`).
 *
 * One line per block (a paragraph, a `<div>` used as one, a heading, a list item with the number
 * the browser shows, a table cell), a `<br>` starting a line that continues the paragraph. The
 * title is the page's `<h1>` (heading 0) wherever it stands, else its `<title>`, written first.
 *
 * @param bytes The page, in the encoding its BOM or `<meta>` declares, else UTF-8 or GB18030.
 * @returns The text, with `startsParagraph`, `heading` (0 for the title, n−1 for `<hn>`), `bold`
 *   and `centered` facts per line.
 * @throws {ReadError} For a file that is not an HTML page (binary, no tags) or a page with no text
 *   outside its navigation, scripts, header and footer.
 */
export function readHtml(bytes: Uint8Array): Extracted {
  const { text: source, encoding, notes } = decodePage(bytes);
  const lines = guardDepth(() => pageLines(parsePage(source)));
  let text = '';
  const facts: LineFacts[] = lines.map((line, index) => {
    text += `${line.text}\n`;
    return { line: index, ...line.facts };
  });
  return { text, format: 'html', encoding, facts, notes };
}

function parsePage(source: string): Root {
  const page = fromHtml(source);
  let tags = false;
  // Elements the parser made up (html, head, body around a text) have no place in the source.
  eachElement(page, (element) => {
    tags ||= element.position !== undefined;
    return !tags;
  });
  if (!tags) throw new ReadError('not an HTML page: it has no tags', 'html');
  return page;
}

function pageLines(page: Root): PageLine[] {
  const titleParts = titleElementParts(page);
  removeBoilerplate(page);
  const content = findMainContent(page);
  // A linked <h1> is the title only when it is the <title>'s first part: the last is often the site's name.
  const title = findTitleHeading(page, content, titleParts.slice(0, 1));
  const writer = new PageLines(title?.heading);
  if (title && !title.inContent) for (const heading of title.group) writer.write(heading);
  const head = writer.lines.length;
  writer.write(content);
  const lines = writer.lines;
  if (lines.length === head) throw new ReadError('no main text: the page holds no text outside its navigation, scripts, header and footer', 'html');
  const first = lines[head] as PageLine;
  first.facts.startsParagraph = true;
  if (title && !title.inContent) {
    // The title written again at the head of the text (a headline over the document's own title) is read once.
    const titleLines = lines.slice(0, head).filter((line) => line.facts.heading === 0);
    const repeated = repeatsAt(lines, head, titleLines.map((line) => line.text).join(''));
    lines.splice(head, repeated);
    if (lines.length === head) throw new ReadError('no main text: the page holds its title and nothing else', 'html');
  } else if (!title && titleParts.length > 0) {
    // The part of the <title> the text begins with (a site may put its name first), else the first.
    const repeating = titleParts.find((part) => repeatsAt(lines, 0, part) > 0);
    const repeated = repeating === undefined ? 0 : repeatsAt(lines, 0, repeating);
    for (const line of lines.slice(0, repeated)) line.facts.heading = 0;
    if (repeated === 0) lines.unshift({ text: titleParts[0] as string, facts: { startsParagraph: true, heading: 0, bold: false, centered: false } });
  }
  return lines;
}

const squeeze = (text: string): string => text.replace(/[\s\u00a0\u3000]+/gu, '');

/** How many lines from `at` spell `title` between them (up to three, the lines of a long title), or 0. */
function repeatsAt(lines: readonly PageLine[], at: number, title: string): number {
  const wanted = squeeze(title);
  let joined = '';
  for (let count = 1; count <= 3 && at + count <= lines.length; count++) {
    joined += squeeze((lines[at + count - 1] as PageLine).text);
    if (joined === wanted) return count;
    if (!wanted.startsWith(joined)) return 0;
  }
  return 0;
}

// A page nested deeper than the parser's or the reader's stack reaches is refused, not a crash.
function guardDepth<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof RangeError && /call stack/iu.test(error.message)) {
      throw new ReadError('the page nests its elements too deeply for jyparse to read', 'html');
    }
    throw error;
  }
}
