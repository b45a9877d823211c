import { chineseNumeralChars } from '../../numerals/chinese.js';
import type { MarkerFamily } from '../types.js';
import { chineseOrdinal, execAt, numeral, toMatch } from './common.js';

// e.g. `一是` `二是，` `十一是`
const pattern = new RegExp(`(${numeral})是([，：,:]?)`, 'y');

/** `shi`: 一是 二是 … */
export const shi: MarkerFamily = {
  style: 'shi',
  rank: undefined,
  headings: false,
  starts: chineseNumeralChars,
  match(text, at) {
    const result = execAt(pattern, text, at);
    const ordinal = chineseOrdinal(result?.[1]);
    return result && ordinal ? toMatch('shi', result, ordinal, result[2] as string) : undefined;
  },
};
