import type { MarkerFamily } from '../types.js';
import { chineseOrdinal, execAt, numeral, toMatch } from './common.js';

// e.g. `（一）` `(二)` `（ 三 ）` and the non-standard `（四）、`, kept so that `check` can flag it.
// Not `第（一）项`, a citation of a law's clause.
const pattern = new RegExp(`[（(] ?(${numeral}) ?[）)]([、，.．]?)(?![项款目])`, 'y');

/** `paren`: （一） (一) */
export const paren: MarkerFamily = {
  style: 'paren',
  rank: 2,
  headings: true,
  starts: '（(',
  match(text, at) {
    const result = execAt(pattern, text, at);
    const ordinal = chineseOrdinal(result?.[1]);
    return result && ordinal ? toMatch('paren', result, ordinal, result[2] as string) : undefined;
  },
};
