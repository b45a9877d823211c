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

// Layout white space: ASCII blanks, tabs, no-break space and the ideographic space that
// word processors use to indent paragraphs.
const isBlank = (code: number): boolean =>
  code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 0x0b || code === 0x0c || code === 0xfeff;

/**
 * Split a text into lines without losing a character: concatenating every line's text and `eol`
 * gives the text back.
 *
 * @param text The decoded text.
 * @returns The lines, in order.
 */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const push = (end: number, eol: string): void => {
    let contentStart = start;
    while (contentStart < end && isBlank(text.charCodeAt(contentStart))) contentStart++;
    let contentEnd = end;
    while (contentEnd > contentStart && isBlank(text.charCodeAt(contentEnd - 1))) contentEnd--;
    lines.push({ index: lines.length, start, end, eol, contentStart, contentEnd });
  };
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) {
      push(index, '\n');
      start = index + 1;
    } else if (code === 13) {
      const crlf = text.charCodeAt(index + 1) === 10;
      push(index, crlf ? '\r\n' : '\r');
      if (crlf) index++;
      start = index + 1;
    }
  }
  if (start < text.length) push(text.length, '');
  return lines;
}

/** Whether a line holds nothing but white space. */
export const isBlankLine = (line: Line): boolean => line.contentStart === line.contentEnd;
