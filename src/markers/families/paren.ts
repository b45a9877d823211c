import { chineseNumeralChars } from '../../numerals/chinese.js';
import type { MarkerFamily } from '../types.js';
import { chineseNumber, chineseOrdinal, enclosedChars, execAt, numeral, toMatch } from './common.js';

// e.g. `（一）` `(二)` `（ 三 ）` `（二）项目建设` and the non-standard `（四）、`, kept so that `check`
// can flag it. `第（一）项`, a citation of a law's clause, is not one: the 第 before it keeps it
// from standing where markers stand.
const pattern = new RegExp(`[（(] ?(${numeral}) ?[）)]([、，.．]?)`, 'y');
// e.g. `㈠` … `㈩`, one character each (Word's ideographEnclosedParen lists).
const enclosed = /([\u3220-\u3229])([、，.．]?)/y;

const numeralRun = new RegExp(`[${chineseNumeralChars}]+`, 'u');

/** `paren`: （一） (一) */
export const paren: MarkerFamily = {
  style: 'paren',
  rank: 2,
  headings: true,
  starts: `（(${enclosedChars(0x3220, 0x3229)}`,
  match(text, at) {
    const result = execAt(pattern, text, at);
    const ordinal = chineseOrdinal(result?.[1]);
    if (result && ordinal) return toMatch('paren', result, ordinal, result[2] as string);
    const single = execAt(enclosed, text, at);
    return single ? toMatch('paren', single, (single[1] as string).charCodeAt(0) - 0x3220 + 1, single[2] as string) : undefined;
  },
  format: (ordinal, { body, delimiter }) =>
    numeralRun.test(body) ? `${body.replace(numeralRun, chineseNumber(ordinal))}${delimiter}` : `（${chineseNumber(ordinal)}）`,
};
