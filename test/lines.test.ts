import { describe, expect, it } from 'vitest';
import { forEachLine, isBlankLine, splitLines, type Line } from '../src/text/lines.js';

// The line stage on its own: a lossless split of the text into lines, each with its line end and
// the range of its content without layout white space.

const rebuild = (text: string, lines: readonly Line[]): string => lines.map((line) => text.slice(line.start, line.end) + line.eol).join('');

describe('splitLines', () => {
  it('keeps every line end as written, so the text can be rebuilt', () => {
    const text = '一、总体要求\r\n坚持稳中求进。\r（一）加强领导\n\n最后一行';
    const lines = splitLines(text);
    expect(lines.map((line) => line.eol)).toEqual(['\r\n', '\r', '\n', '\n', '']);
    expect(lines.map((line) => line.index)).toEqual([0, 1, 2, 3, 4]);
    expect(rebuild(text, lines)).toBe(text);
  });

  it('gives no empty last line after a final line end, and none for an empty text', () => {
    expect(splitLines('一、总体要求\n').map((line) => [line.start, line.end, line.eol])).toEqual([[0, 6, '\n']]);
    expect(splitLines('')).toEqual([]);
  });

  it('trims layout white space from the content: spaces, tabs, ideographic and no-break spaces', () => {
    const text = '　　坚持稳中求进。 \t\n \u00a0\n';
    const [first, second] = splitLines(text) as [Line, Line];
    expect(text.slice(first.contentStart, first.contentEnd)).toBe('坚持稳中求进。');
    expect(isBlankLine(first)).toBe(false);
    expect(second.contentStart).toBe(second.end);
    expect(isBlankLine(second)).toBe(true);
  });

  it('is what forEachLine visits, copied', () => {
    const text = '甲\r\n乙\n丙';
    const visited: Line[] = [];
    forEachLine(text, (line) => visited.push({ ...line }));
    expect(visited).toEqual(splitLines(text));
  });
});
