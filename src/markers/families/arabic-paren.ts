import { parseDigits } from '../../numerals/chinese.js';
import { usable } from './arabic.js';
import type { MarkerFamily } from '../types.js';
import { digitRun, digits, digitsLike, enclosedChars, execAt, toMatch } from './common.js';

// e.g. `（1）` `(2)` `（３）` `（1）项目申报` and the non-standard `（4）、`. `第（3）项`, a citation
// of a law's clause, is not one: the 第 before it keeps it from standing where markers stand.
const pattern = new RegExp(`[（(] ?(${digits}) ?[）)]([、，.．]?)`, 'y');
// e.g. `⑴` … `⒇`, one character each (Word's decimalEnclosedParen lists).
const enclosed = /([\u2474-\u2487])([、，.．]?)/y;

/** `arabic-paren`: （1） (1) */
export const arabicParen: MarkerFamily = {
  style: 'arabic-paren',
  rank: 4,
  headings: true,
  starts: `（(${enclosedChars(0x2474, 0x2487)}`,
  match(text, at) {
    const result = execAt(pattern, text, at);
    if (result) return usable(result[1]) ? toMatch('arabic-paren', result, parseDigits(result[1] as string), result[2] as string) : undefined;
    const single = execAt(enclosed, text, at);
    return single ? toMatch('arabic-paren', single, (single[1] as string).charCodeAt(0) - 0x2474 + 1, single[2] as string) : undefined;
  },
  format: (ordinal, { body, delimiter }) =>
    digitRun.test(body) ? `${body.replace(digitRun, digitsLike(body, ordinal))}${delimiter}` : `（${ordinal}）`,
};
