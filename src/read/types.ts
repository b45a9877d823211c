/**
 * What a reader gives the layout stage: the text jyparse read out of a file (what positions point
 * into, and what `jyparse text FILE` prints) and the facts the file told about its lines, which
 * plain text cannot (SPEC section 10). A text file gives the text alone; a PDF, a Word file or an
 * HTML page gives facts too, and the layout rules use them where they are present.
 */

/** The file formats jyparse reads, in the order `--from` lists them. */
export const sourceFormats = ['pdf', 'docx', 'html', 'text'] as const;

/** A file format jyparse reads. */
export type SourceFormat = (typeof sourceFormats)[number];

/** Page furniture: what a page carries besides the document's own text (SPEC section 9). */
export type FurnitureKind = 'page-number' | 'header' | 'footer';

/**
 * What the file told of one line of the extracted text. Every field is optional: a reader sets
 * what its format knows and leaves the rest to the text rules.
 */
export interface LineFacts {
  /** 0-based index of the line in `Extracted.text`, as `forEachLine` counts lines. */
  line: number;
  /** 1-based page the line stands on. */
  page?: number;
  /**
   * Whether the line begins a paragraph (`true`) or continues the paragraph of the line above
   * (`false`: a wrapped line, or a line break inside a paragraph).
   */
  startsParagraph?: boolean;
  /**
   * Headline evidence: 0 for the document's title (Word's Title style, the largest type on the
   * first page, `<h1>` of a page), 1 to 9 for a heading level (Heading 1–9, `<h2>`…, a larger or
   * bold type). Absent: the file gives no evidence either way.
   */
  heading?: number;
  /** The line is page furniture, as the reader knows from its place on the page. */
  furniture?: FurnitureKind;
  /** Font size in points (PDF), of the line's largest run. */
  fontSize?: number;
  /** Whether the whole line is set bold. */
  bold?: boolean;
  /** Whether the line is centred in its column (titles, headlines). */
  centered?: boolean;
}

/** Something a reader noticed that the user should hear about (a warning, not a failure). */
export interface ReadNote {
  /** Rule id in markdownlint form, e.g. `JY020/pdf-no-fonts`. */
  ruleId: string;
  reason: string;
  /** 0-based line of `Extracted.text` it concerns, if any. */
  line?: number;
}

/** The result of reading a file. */
export interface Extracted {
  /** The text jyparse read: one line per line of the page or paragraph of the file. */
  text: string;
  format: SourceFormat;
  /** The character encoding of the bytes (`utf8`, `gb18030`, …), or `binary` for PDF and DOCX. */
  encoding: string;
  /** Facts about lines, in line order; a line without an entry has no facts. */
  facts: LineFacts[];
  notes: ReadNote[];
}

/**
 * Why a file could not be read: one line for the user (`jyparse: error: FILE: reason`).
 * Readers throw it for files they cannot read (encrypted, scanned, truncated, not this format).
 */
export class ReadError extends Error {
  override readonly name = 'ReadError';

  /**
   * @param reason What is wrong, for the user, e.g. `no text layer: jyparse does not do OCR`.
   * @param format The format that was being read.
   */
  constructor(
    reason: string,
    readonly format: SourceFormat,
  ) {
    super(reason);
  }
}
