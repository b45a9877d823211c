import { figureRowFields, type FigureRow } from './figure-rows.js';

// RFC 4180: records end in CRLF; a field holding a comma, a quote or a line break is quoted,
// with its quotes doubled.
const recordEnd = '\r\n';
const needsQuotes = /[",\r\n]/u;
// A text cell a spreadsheet would read as a formula (OWASP, "CSV Injection"): `=`, `+`, `-`, `@`,
// a tab or a carriage return first. Numbers stay numbers (`-3.5` is a figure, not a formula).
const formulaStart = /^[=+\-@\t\r]/u;

/**
 * Write figure rows as CSV (RFC 4180): a header row, then one record per figure, every record
 * ending in CRLF.
 *
 * @param rows The rows, in order.
 * @returns The CSV text.
 */
export function toCsv(rows: readonly FigureRow[]): string {
  const records = [figureRowFields.map(String), ...rows.map((row) => figureRowFields.map((field) => textCell(row[field])))];
  return records.map((fields) => fields.map(csvField).join(',') + recordEnd).join('');
}

/**
 * One CSV field, quoted when it must be.
 *
 * @param value The field's text.
 * @returns The field as written in a record.
 */
export function csvField(value: string): string {
  return needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

// A cell of text that would start a formula is prefixed with `'`, which spreadsheets show as text.
function textCell(value: unknown): string {
  const text = String(value);
  return typeof value === 'string' && formulaStart.test(text) ? `'${text}` : text;
}
