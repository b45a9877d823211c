/**
 * pdf.js, as the reader uses it: loaded on first use (a text input never loads it), in this
 * thread (no worker), with no font loading, no `eval`, and its own standard fonts and CMaps (a
 * CJK font that is not embedded is read through its CMap). What pdf.js throws for a file it
 * cannot open becomes a {@link ReadError} with one reason.
 */

import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ReadError } from '../types.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: Promise<PdfJs> | undefined;

/** pdf.js's legacy build (the one that runs in Node), loaded once. */
export function loadPdfJs(): Promise<PdfJs> {
  loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loaded;
}

// A folder of the package, where its standard fonts, CMaps and decoders are: a path ending in a
// separator, which pdf.js in Node reads with `fs` (a `file:` URL string it cannot).
function packageFolder(name: string): string {
  const folder = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return join(folder, name) + sep;
}

/**
 * Open a PDF document.
 *
 * @param bytes The file (copied: pdf.js takes over the buffer it is given).
 * @returns The document; the caller destroys it.
 * @throws {ReadError} For an encrypted file, a file that is not a PDF, or a broken one.
 */
export async function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  if (!holdsSignature(bytes)) throw new ReadError('not a PDF: the file does not begin with %PDF-', 'pdf');
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: packageFolder('standard_fonts'),
    cMapUrl: packageFolder('cmaps'),
    cMapPacked: true,
    wasmUrl: packageFolder('wasm'),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  // An encrypted file asks for its password: with no `onPassword`, the task fails with a PasswordException.
  try {
    return await task.promise;
  } catch (error) {
    if (error instanceof Error && error.name === 'InvalidPDFException' && !endsWithEof(bytes)) {
      throw new ReadError('truncated PDF: the file ends before its end-of-file marker (%%EOF)', 'pdf');
    }
    throw toReadError(error);
  }
}

const latin1 = new TextDecoder('latin1');
// `%PDF-` in the first kilobyte (after junk a mail program may have put before it), as readers look for it.
const holdsSignature = (bytes: Uint8Array): boolean => latin1.decode(bytes.subarray(0, 1024)).includes('%PDF-');
// `%%EOF` in the last kilobyte, where a whole file has it (with an incremental update after it, maybe).
const endsWithEof = (bytes: Uint8Array): boolean => latin1.decode(bytes.subarray(Math.max(0, bytes.length - 1024))).includes('%%EOF');

/**
 * The reason pdf.js failed on a file, for the user.
 *
 * @param error What pdf.js threw.
 */
export function toReadError(error: unknown): ReadError {
  if (error instanceof ReadError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message.replace(/\.$/u, '') : String(error);
  if (name === 'PasswordException' || /password/iu.test(message)) {
    return new ReadError('encrypted: the PDF is protected by a password, which jyparse cannot read', 'pdf');
  }
  if (name === 'InvalidPDFException') return new ReadError(`broken PDF: ${message}`, 'pdf');
  return new ReadError(`broken PDF: ${message || 'pdf.js could not read it'}`, 'pdf');
}

/**
 * Whether a page paints images: a page without text that does is a scan.
 *
 * @param page The page.
 */
export async function paintsImages(page: PDFPageProxy): Promise<boolean> {
  const { OPS } = await loadPdfJs();
  const images = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup, OPS.paintImageMaskXObjectGroup]);
  const { fnArray } = await page.getOperatorList();
  return fnArray.some((op) => images.has(op));
}

/**
 * What pdf.js knows of a font once a page that uses it was read in full: its name and weight.
 *
 * @param page A page whose operator list was asked for.
 * @param loadedName pdf.js's name for the font (`g_d0_f2`).
 * @returns The name (subset tag and all) and whether pdf.js takes it for bold, if pdf.js has it.
 */
export function fontOf(page: PDFPageProxy, loadedName: string): { name: string; bold: boolean } | undefined {
  if (!page.commonObjs.has(loadedName)) return undefined;
  const font = page.commonObjs.get(loadedName) as { name?: unknown; bold?: unknown; black?: unknown } | null;
  if (!font) return undefined;
  return { name: typeof font.name === 'string' ? font.name : '', bold: font.bold === true || font.black === true };
}
