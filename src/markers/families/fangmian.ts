import type { MarkerFamily } from '../types.js';
import { execAt, toMatch } from './common.js';

// e.g. `一方面，` `另一方面，` `另一方面要` (no delimiter)
const pattern = /(另)?一方面([，、：,:]?)/y;

/** `fangmian`: 一方面 另一方面 */
export const fangmian: MarkerFamily = {
  style: 'fangmian',
  rank: undefined,
  headings: false,
  starts: '另一',
  match(text, at) {
    const result = execAt(pattern, text, at);
    return result ? toMatch('fangmian', result, result[1] ? 2 : 1, result[2] as string) : undefined;
  },
  format: (ordinal, { delimiter }) => `${ordinal === 1 ? '一方面' : '另一方面'}${delimiter}`,
};
