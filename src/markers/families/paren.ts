import type { MarkerFamily } from '../types.js';
import { chineseOrdinal, execAt, numeral, toMatch } from './common.js';

// e.g. `（一）` `(二)` `（ 三 ）` and the non-standard `（四）、`, kept so that `check` can flag it.
const pattern = new RegExp(`[（(] ?(${numeral}) ?[）)]([、，.．]?)`, 'y');

/** `paren`: （一） (一) */
export const paren: MarkerFamily = {
  style: 'paren',
  rank: 2,
  headings: true,
  match(text, at) {
    const result = execAt(pattern, text, at);
    const ordinal = chineseOrdinal(result?.[1]);
    return result && ordinal ? toMatch('paren', result, ordinal, result[2] as string) : undefined;
  },
};
