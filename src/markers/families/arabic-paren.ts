import { parseDigits } from '../../numerals/chinese.js';
import type { MarkerFamily } from '../types.js';
import { digits, execAt, toMatch } from './common.js';

// e.g. `（1）` `(2)` `（３）` and the non-standard `（4）、`
const pattern = new RegExp(`[（(] ?(${digits}) ?[）)]([、，.．]?)`, 'y');

/** `arabic-paren`: （1） (1) */
export const arabicParen: MarkerFamily = {
  style: 'arabic-paren',
  rank: 4,
  headings: true,
  match(text, at) {
    const result = execAt(pattern, text, at);
    return result ? toMatch('arabic-paren', result, parseDigits(result[1] as string), result[2] as string) : undefined;
  },
};
