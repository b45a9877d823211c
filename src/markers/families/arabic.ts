import { parseDigits } from '../../numerals/chinese.js';
import { intern } from '../../text/intern.js';
import type { MarkerFamily } from '../types.js';
import { digitRun, digits, digitsLike, enclosedChars, execAt, toMatch } from './common.js';

// e.g. `1.` `2、` `3．` `１２．`; not `1.5亿元` (a digit after the point) nor `2018年`.
const delimited = new RegExp(`(${digits})([.．、])(?![0-9０-９])`, 'y');
// e.g. `⒈` … `⒛`, a digit and its full stop in one character (Word's decimalEnclosedFullstop lists).
const enclosed = /([\u2488-\u249b])/y;
// e.g. `1 教育系统党的建设不断加强`: a headline number, a space, then the headline.
const headline = new RegExp(`(${digits})([ \\u3000]+)(?=[^\\s0-9０-９.．、%％])`, 'y');

// e.g. `2 4教育各项事业…`: the headline's number, then a number the layout displaced from a
// neighbouring headline. Not `1 2023年…`, where the second number is part of the headline.
const displaced = new RegExp(`(${digits})[ \\u3000]+(${digits})[ \\u3000]?(?=[^\\s0-9０-９.．、%％年月日号个所名人项次万亿千百])`, 'y');

/** `arabic`: 1. 1、 1． and a headline number `1 教育系统…` */
export const arabic: MarkerFamily = {
  style: 'arabic',
  rank: 3,
  headings: true,
  starts: `0123456789０１２３４５６７８９${enclosedChars(0x2488, 0x249b)}`,
  match(text, at) {
    // A number is an ordinal from 1, as the Chinese families' are (schema.json: `minimum: 1`):
    // `0.` or `0 ` numbers no headline.
    const result = execAt(delimited, text, at);
    if (result) return usable(result[1]) ? toMatch('arabic', result, parseDigits(result[1] as string), result[2] as string) : undefined;
    const single = execAt(enclosed, text, at);
    if (single) return toMatch('arabic', single, (single[1] as string).charCodeAt(0) - 0x2488 + 1, '');
    const spaced = execAt(headline, text, at);
    if (!spaced) return matchDisplaced(text, at);
    if (!usable(spaced[1])) return undefined;
    const match = toMatch('arabic', spaced, parseDigits(spaced[1] as string), ' ', true);
    // The marker is the number; the space after it is layout.
    return { ...match, marker: intern(spaced[1] as string) };
  },
  format(ordinal, { body, delimiter }) {
    // A headline number with a displaced one after it (`2 4`): only the first is the marker's.
    const number = body.split(/[ \u3000]/u)[0] ?? '';
    return digitRun.test(number) ? `${number.replace(digitRun, digitsLike(number, ordinal))}${delimiter}` : `${ordinal}.`;
  },
};

function matchDisplaced(text: string, at: number) {
  const result = execAt(displaced, text, at);
  if (!result || !usable(result[1])) return undefined;
  const marker = result[0].trimEnd();
  return {
    ...toMatch('arabic', result, parseDigits(result[1] as string), ' ', true),
    marker,
    end: result.index + marker.length,
    displaced: parseDigits(result[2] as string),
  };
}

/** Whether digits make an ordinal: 1 or more. */
export function usable(digitText: string | undefined): boolean {
  return digitText !== undefined && parseDigits(digitText) >= 1;
}
