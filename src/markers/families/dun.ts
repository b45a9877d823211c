import { chineseNumeralChars } from '../../numerals/chinese.js';
import type { MarkerFamily } from '../types.js';
import { chineseOrdinal, execAt, numeral, toMatch } from './common.js';

// e.g. `一、` `十一、` `二十三、`; also `一．`, which some word processors write. Not `一、二年级`
// or `三、四月份`, where the numerals are listed.
const pattern = new RegExp(`(${numeral})([、．])(?!${numeral}[、年级月日号个届次])`, 'y');

/** `dun`: 一、 二、 … */
export const dun: MarkerFamily = {
  style: 'dun',
  rank: 1,
  headings: true,
  starts: chineseNumeralChars,
  match(text, at) {
    const result = execAt(pattern, text, at);
    const ordinal = chineseOrdinal(result?.[1]);
    return result && ordinal ? toMatch('dun', result, ordinal, result[2] as string) : undefined;
  },
};
