import type { MarkerFamily } from '../types.js';
import { chineseNumber, execAt, toMatch } from './common.js';

// e.g. `首先，` `其次，` `再次，` `最后，`; a delimiter is required, so “最后一公里” and 再次花落 are words.
const pattern = /(首先|其次|再次|最后)([，、：,:])/y;
const ordinals: Record<string, number | undefined> = { 首先: 1, 其次: 2, 再次: 3, 最后: undefined };
const words = ['首先', '其次', '再次'];

/** `sequence`: 首先 其次 再次 最后 (最后 takes the next number). */
export const sequence: MarkerFamily = {
  style: 'sequence',
  rank: undefined,
  headings: false,
  starts: '首其再最',
  match(text, at) {
    const result = execAt(pattern, text, at);
    return result ? toMatch('sequence', result, ordinals[result[1] as string], result[2] as string) : undefined;
  },
  // Past 再次 the sequence has no word: the number is written as 第 does.
  format: (ordinal, { delimiter }) => `${words[ordinal - 1] ?? `第${chineseNumber(ordinal)}`}${delimiter || '，'}`,
};
