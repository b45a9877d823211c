import { chineseNumeralChars } from '../../numerals/chinese.js';
import type { MarkerFamily } from '../types.js';
import { chineseNumber, chineseOrdinal, execAt, listsNumbers, numeral, toMatch } from './common.js';

// e.g. `一、` `十一、` `二十三、` `一、一年级新生入学工作`; also `一．`, which some word processors
// write. Not `一、二年级` or `三、四月份`, where the numerals are listed.
const pattern = new RegExp(`(${numeral})([、．])`, 'y');

/** `dun`: 一、 二、 … */
export const dun: MarkerFamily = {
  style: 'dun',
  rank: 1,
  headings: true,
  starts: chineseNumeralChars,
  match(text, at) {
    const result = execAt(pattern, text, at);
    const ordinal = chineseOrdinal(result?.[1]);
    if (!result || !ordinal || listsNumbers(text, result.index + result[0].length, ordinal)) return undefined;
    return toMatch('dun', result, ordinal, result[2] as string);
  },
  format: (ordinal, { delimiter }) => `${chineseNumber(ordinal)}${delimiter || '、'}`,
};
