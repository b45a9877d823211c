/**
 * Which reader a file needs: by its first bytes where the format has a signature (PDF, the zip
 * of a Word file, the OLE container of an old `.doc`), else by its name, else by the look of its
 * text (an HTML page). A text file is the default: nothing is refused for its name alone.
 */

import type { SourceFormat } from './types.js';

// e.g. `%PDF-1.7`, which may follow a few bytes of junk (PDF readers look in the first 1 KB).
const pdfSignature = [0x25, 0x50, 0x44, 0x46, 0x2d];
// e.g. `PK\x03\x04`, the local file header a .docx starts with.
const zipSignature = [0x50, 0x4b, 0x03, 0x04];
// e.g. `D0 CF 11 E0 A1 B1 1A E1`: an OLE compound file (a .doc, or an encrypted .docx).
const oleSignature = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const pdfNames = /\.pdf$/iu;
const htmlNames = /\.(?:html?|xhtml|shtml)$/iu;
const wordNames = /\.(?:docx|docm|dotx|dotm|doc)$/iu;
// e.g. `<!DOCTYPE html>`, `<html lang="zh-CN">`, `<head>`, `<meta charset="gb2312">`, `<title>`, `<script>`, after a
// UTF-8 BOM (read as Latin-1), an XML declaration (XHTML), white space or comments.
const htmlStart = /^(?:\u00ef\u00bb\u00bf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s|title>|script[\s>]|style[\s>]|link\s)/iu;

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((byte, index) => bytes[at + index] === byte);
}

function holdsPdfSignature(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length - pdfSignature.length, 1024);
  for (let at = 0; at <= end; at++) if (startsWith(bytes, pdfSignature, at)) return true;
  return false;
}

/**
 * The format a file is in, from its bytes and (when known) its name.
 *
 * @param bytes The file's bytes.
 * @param name The file's name or path, if it has one (standard input has none).
 * @returns The reader to use.
 */
export function sniffFormat(bytes: Uint8Array, name?: string): SourceFormat {
  if (holdsPdfSignature(bytes)) return 'pdf';
  if (startsWith(bytes, zipSignature) || startsWith(bytes, oleSignature)) return 'docx';
  if (name !== undefined && pdfNames.test(name)) return 'pdf';
  if (name !== undefined && wordNames.test(name)) return 'docx';
  if (name !== undefined && htmlNames.test(name)) return 'html';
  // Only the first kilobyte is looked at: enough for a doctype after comments.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return htmlStart.test(head) ? 'html' : 'text';
}
