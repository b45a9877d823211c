/**
 * The PDF reader (SPEC section 10): pdf.js's text items, page by page, into the text jyparse
 * reads and the facts the geometry tells of each line. The steps are the modules beside this one:
 * runs (items), rows (baselines and fragments), furniture (bands), columns (gutters and reading
 * order), line facts (paragraph starts, title and headlines).
 */

import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ReadError, type Extracted, type FurnitureKind, type LineFacts, type ReadNote } from '../types.js';
import { readingOrder, setColumnEdges } from './columns.js';
import { findFurniture, rowText, type PageRows } from './furniture.js';
import type { FontInfo, GlyphRun, PageLine, Row } from './geometry.js';
import { lineFacts, measureLines } from './line-facts.js';
import { fontOf, openPdf, paintsImages, toReadError } from './pdfjs.js';
import { countCompatibilityIdeographs, toGlyphRun, type TextItemLike } from './runs.js';
import { toRows } from './rows.js';

/** What the reader took from one page before the furniture and columns are known. */
interface PageContent extends PageRows {
  number: number;
}

/** A line of the extracted text: a line of the flow, or a piece of furniture. */
type TextLine = { kind: 'body'; line: PageLine } | { kind: 'furniture'; furniture: FurnitureKind; row: Row; page: number };

/**
 * Read a PDF file: the text of its pages in reading order, with what its geometry and type say
 * of each line (`bytes → pages → rows → furniture → columns → lines → facts`).
 *
 * One line of text per line of a column; each page after the first begins with a form feed
 * (`\f`, as pdftotext writes); page furniture (running headers and footers, page numbers) stays
 * in the text, on lines of its own, where it stands on the page, and its facts say what it is.
 *
 * @param bytes The file.
 * @returns The text, with `page`, `startsParagraph`, `heading`, `furniture`, `fontSize`, `bold`
 *   and `centered` facts per line.
 * @throws {ReadError} For a file that is not a readable PDF: encrypted, not a PDF, broken, or a
 *   scan with no text layer.
 */
export async function readPdf(bytes: Uint8Array): Promise<Extracted> {
  const document = await openPdf(bytes);
  const notes: ReadNote[] = [];
  const fonts = new Map<string, FontInfo>();
  let compatibility = 0;
  const pages: PageContent[] = [];
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const { runs, height, found } = await pageRuns(page);
      compatibility += found;
      await learnFonts(page, runs, fonts);
      pages.push({ number, rows: toRows(runs), height });
      page.cleanup();
    }
    await refuseTextless(document, pages, notes);
  } catch (error) {
    throw toReadError(error);
  } finally {
    await document.destroy();
  }
  if (compatibility > 0) {
    notes.push({ ruleId: 'JY023/pdf-compatibility-ideographs', reason: `${compatibility} compatibility ideographs (Kangxi radicals and the like, which a font's ToUnicode map gives for ordinary ideographs) were read as the ideographs they stand for` });
  }
  return assemble(pages, fonts, notes);
}

async function pageRuns(page: PDFPageProxy): Promise<{ runs: GlyphRun[]; height: number; found: number }> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent({ includeMarkedContent: false });
  const runs: GlyphRun[] = [];
  let found = 0;
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const run = toGlyphRun(item as TextItemLike, viewport.transform);
    if (!run) continue;
    found += countCompatibilityIdeographs(item.str);
    runs.push(run);
  }
  return { runs, height: viewport.height, found };
}

// Fonts are known to pdf.js only once a page that uses them is read in full: a page is, when its
// text uses a font not seen yet (most documents bring all their fonts on the first pages).
async function learnFonts(page: PDFPageProxy, runs: readonly GlyphRun[], fonts: Map<string, FontInfo>): Promise<void> {
  const unknown = new Set(runs.map((run) => run.font).filter((font) => !fonts.has(font)));
  if (unknown.size === 0) return;
  await page.getOperatorList();
  for (const loadedName of unknown) {
    const font = fontOf(page, loadedName);
    const name = (font?.name ?? '').replace(/^[A-Z]{6}\+/u, '');
    fonts.set(loadedName, { name, bold: (font?.bold ?? false) || boldName.test(name) });
  }
}

// e.g. `SimHei`, `FZHTJW`, `FZHei-B01`, `NotoSansCJKsc-Bold`, `SourceHanSerifSC-Heavy`, `Arial,Black`, `黑体`
const boldName = /bold|heavy|black|semibold|demibold|黑体|(?:^|[^a-z])hei(?:ti)?(?:[^a-z]|$)|simhei|stheiti|fzhei|fzht/iu;

// A file with no text at all is a scan (its pages are pictures of text) or holds no text.
async function refuseTextless(document: PDFDocumentProxy, pages: readonly PageContent[], notes: ReadNote[]): Promise<void> {
  const textless = pages.filter((page) => page.rows.length === 0).map((page) => page.number);
  if (textless.length === 0) return;
  if (textless.length < pages.length) {
    notes.push({ ruleId: 'JY022/pdf-pages-without-text', reason: `page${textless.length > 1 ? 's' : ''} ${textless.join(', ')} hold${textless.length > 1 ? '' : 's'} no text (a scanned page needs OCR, which jyparse does not do)` });
    return;
  }
  const first = await document.getPage(textless[0] as number);
  if (await paintsImages(first)) throw new ReadError('no text layer: a scanned PDF needs OCR, which jyparse does not do', 'pdf');
  throw new ReadError('no text: the PDF holds no text to read', 'pdf');
}

function assemble(pages: readonly PageContent[], fonts: ReadonlyMap<string, FontInfo>, notes: ReadNote[]): Extracted {
  const furniture = findFurniture(pages);
  const flows = pages.map((page, index) => {
    const kinds = furniture[index] as Map<number, FurnitureKind>;
    const body = page.rows.filter((_, row) => !kinds.has(row));
    const firstBody = page.rows.findIndex((_, row) => !kinds.has(row));
    const top: TextLine[] = [];
    const bottom: TextLine[] = [];
    for (const [row, kind] of [...kinds].sort((a, b) => a[0] - b[0])) {
      const line: TextLine = { kind: 'furniture', furniture: kind, row: page.rows[row] as Row, page: page.number };
      (firstBody === -1 || row < firstBody ? top : bottom).push(line);
    }
    return { number: page.number, top, bottom, ...readingOrder(body, page.number) };
  });
  setColumnEdges(flows);
  const body = flows.flatMap((flow) => flow.lines);
  const { measured, bodySize, pitch } = measureLines(body, fonts);
  const bodyFacts = lineFacts(measured, bodySize, pitch);
  const factsOf = new Map(body.map((line, index) => [line, bodyFacts[index] as Omit<LineFacts, 'line'>]));

  let text = '';
  const facts: LineFacts[] = [];
  for (const flow of flows) {
    const lines: TextLine[] = [...flow.top, ...flow.lines.map((line): TextLine => ({ kind: 'body', line })), ...flow.bottom];
    if (lines.length === 0) {
      facts.push({ line: facts.length, page: flow.number });
      text += `${flow.number > 1 ? '\f' : ''}\n`;
      continue;
    }
    lines.forEach((entry, index) => {
      const pageBreak = flow.number > 1 && index === 0 ? '\f' : '';
      if (entry.kind === 'body') {
        facts.push({ line: facts.length, ...(factsOf.get(entry.line) as Omit<LineFacts, 'line'>) });
        text += `${pageBreak}${entry.line.text}\n`;
      } else {
        facts.push({ line: facts.length, page: entry.page, startsParagraph: true, furniture: entry.furniture, fontSize: Math.round(entry.row.fontSize * 10) / 10 });
        text += `${pageBreak}${rowText(entry.row)}\n`;
      }
    });
  }
  return { text, format: 'pdf', encoding: 'binary', facts, notes };
}
