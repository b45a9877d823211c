/** The PDF reader, loaded by `read()` only when a file is a PDF. */
export { readPdf } from './read-pdf.js';
