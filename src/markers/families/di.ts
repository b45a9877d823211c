import type { MarkerFamily } from '../types.js';
import { chineseNumber, chineseOrdinal, execAt, listsNumbers, numeral, toMatch } from './common.js';

// e.g. `第一，` `第二、` `第三：` — a delimiter is required, so 第一次, 第三方 and 第一时间 are words;
// `第一、二批` lists numbers.
const pattern = new RegExp(`第(${numeral})([，、：,:])`, 'y');

/** `di`: 第一，第二，… */
export const di: MarkerFamily = {
  style: 'di',
  rank: undefined,
  headings: false,
  starts: '第',
  match(text, at) {
    const result = execAt(pattern, text, at);
    const ordinal = chineseOrdinal(result?.[1]);
    if (!result || !ordinal || listsNumbers(text, result.index + result[0].length, ordinal)) return undefined;
    return toMatch('di', result, ordinal, result[2] as string);
  },
  format: (ordinal, { delimiter }) => `第${chineseNumber(ordinal)}${delimiter || '，'}`,
};
