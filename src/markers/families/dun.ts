import type { MarkerFamily } from '../types.js';
import { chineseOrdinal, execAt, numeral, toMatch } from './common.js';

// e.g. `一、` `十一、` `二十三、`; also `一．`, which some word processors write.
const pattern = new RegExp(`(${numeral})([、．])`, 'y');

/** `dun`: 一、 二、 … */
export const dun: MarkerFamily = {
  style: 'dun',
  rank: 1,
  headings: true,
  match(text, at) {
    const result = execAt(pattern, text, at);
    const ordinal = chineseOrdinal(result?.[1]);
    return result && ordinal ? toMatch('dun', result, ordinal, result[2] as string) : undefined;
  },
};
