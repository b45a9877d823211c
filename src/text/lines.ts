/** One physical line of the source: its range, its line end and its layout. */
export interface Line {
  /** 0-based index of the line. */
  index: number;
  /** Offset of the first character of the line. */
  start: number;
  /** Offset just past the last character before the line end. */
  end: number;
  /** The line end as written: `\n`, `\r\n`, `\r` or `` for the last line. */
  eol: string;
  /** Offset of the first character that is not white space (equals `end` on a blank line). */
  contentStart: number;
  /** Offset just past the last character that is not white space. */
  contentEnd: number;
}

/**
 * Whether a character is layout white space, which lines are trimmed of: ASCII blanks, tabs,
 * no-break space and the ideographic space that word processors use to indent paragraphs.
 *
 * @param code A UTF-16 code unit.
 */
export const isLayoutBlank = (code: number): boolean =>
  code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 0x0b || code === 0x0c || code === 0xfeff;

/**
 * Visit the lines of a text in order without keeping them: the streaming form of
 * {@link splitLines}, for a pass that needs each line only once.
 *
 * @param text The decoded text.
 * @param visit Called with each line; the object is reused from call to call (copy what you keep).
 */
export function forEachLine(text: string, visit: (line: Readonly<Line>) => void): void {
  const line: Line = { index: 0, start: 0, end: 0, eol: '', contentStart: 0, contentEnd: 0 };
  let start = 0;
  const emit = (end: number, eol: string): void => {
    let contentStart = start;
    while (contentStart < end && isLayoutBlank(text.charCodeAt(contentStart))) contentStart++;
    let contentEnd = end;
    while (contentEnd > contentStart && isLayoutBlank(text.charCodeAt(contentEnd - 1))) contentEnd--;
    line.start = start;
    line.end = end;
    line.eol = eol;
    line.contentStart = contentStart;
    line.contentEnd = contentEnd;
    visit(line);
    line.index++;
  };
  if (!text.includes('\r')) {
    // Line ends are all `\n`: found by the native search, not a character at a time.
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      emit(end, '\n');
      start = end + 1;
    }
    if (start < text.length) emit(text.length, '');
    return;
  }
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) {
      emit(index, '\n');
      start = index + 1;
    } else if (code === 13) {
      const crlf = text.charCodeAt(index + 1) === 10;
      emit(index, crlf ? '\r\n' : '\r');
      if (crlf) index++;
      start = index + 1;
    }
  }
  if (start < text.length) emit(text.length, '');
}

/**
 * Split a text into lines without losing a character: concatenating every line's text and `eol`
 * gives the text back.
 *
 * @param text The decoded text.
 * @returns The lines, in order.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  forEachLine(text, (line) => {
    lines.push({ ...line });
  });
  return lines;
}

/** Whether a line holds nothing but white space. */
export const isBlankLine = (line: Line): boolean => line.contentStart === line.contentEnd;
