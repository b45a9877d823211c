import type { MarkerFamily } from '../types.js';
import { execAt, toMatch } from './common.js';

// e.g. `①` … `⑳`, `㉑` … `㉟`, `㊱` … `㊿`, and the non-standard `①、`
const pattern = /([\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])([、，.．]?)/y;
const circledRanges = [[0x2460, 0x2473], [0x3251, 0x325f], [0x32b1, 0x32bf]] as const;
const circledChars = circledRanges
  .flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, index) => String.fromCharCode(from + index)))
  .join('');

function circledValue(char: string): number {
  const code = char.charCodeAt(0);
  if (code <= 0x2473) return code - 0x2460 + 1;
  if (code <= 0x325f) return code - 0x3251 + 21;
  return code - 0x32b1 + 36;
}

/**
 * The circled number for an ordinal (① … ㊿).
 *
 * @param ordinal 1 to 50.
 */
function circledNumber(ordinal: number): string {
  if (ordinal <= 20) return String.fromCharCode(0x2460 + ordinal - 1);
  if (ordinal <= 35) return String.fromCharCode(0x3251 + ordinal - 21);
  return String.fromCharCode(0x32b1 + ordinal - 36);
}

/** `circled`: ① ② … */
export const circled: MarkerFamily = {
  style: 'circled',
  rank: 5,
  headings: true,
  starts: circledChars,
  match(text, at) {
    const result = execAt(pattern, text, at);
    return result ? toMatch('circled', result, circledValue(result[1] as string), result[2] as string) : undefined;
  },
  format: (ordinal, { delimiter }) => `${circledNumber(ordinal)}${delimiter}`,
};
