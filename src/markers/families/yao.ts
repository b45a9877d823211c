import { chineseNumeralChars } from '../../numerals/chinese.js';
import type { MarkerFamily } from '../types.js';
import { chineseOrdinal, execAt, numeral, toMatch } from './common.js';

// e.g. `一要` `二要，`
const pattern = new RegExp(`(${numeral})要([，：,:]?)`, 'y');

/** `yao`: 一要 二要 … */
export const yao: MarkerFamily = {
  style: 'yao',
  rank: undefined,
  headings: false,
  starts: chineseNumeralChars,
  match(text, at) {
    const result = execAt(pattern, text, at);
    const ordinal = chineseOrdinal(result?.[1]);
    return result && ordinal ? toMatch('yao', result, ordinal, result[2] as string) : undefined;
  },
};
