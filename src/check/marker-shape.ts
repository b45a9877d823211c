import { chineseNumeralChars, formatChineseNumeral } from '../numerals/chinese.js';
import type { MarkerStyle } from '../tree/types.js';

/** A marker split into its number part and the punctuation after it. */
export interface MarkerParts {
  /** The marker without its delimiter, e.g. `第一`, `（一）`, `1`. */
  body: string;
  /** The punctuation after the number, e.g. `，` `、` `.`; `` when there is none. */
  delimiter: string;
}

// Punctuation that may follow a marker's number (the families accept these, SPEC section 3).
const delimiters = new Set(['，', '、', '：', ',', ':', '.', '．']);
const numeralRun = new RegExp(`[${chineseNumeralChars}]+`, 'u');
const digitRun = /[0-9０-９]+/u;
const sequenceWords = ['首先', '其次', '再次'];

/**
 * Split a marker as written into its body and delimiter.
 *
 * @param marker The marker, e.g. `第一，`, `（一）、`, `1.`.
 * @returns Its parts.
 */
export function markerParts(marker: string): MarkerParts {
  const last = marker.charAt(marker.length - 1);
  return marker.length > 1 && delimiters.has(last) ? { body: marker.slice(0, -1), delimiter: last } : { body: marker, delimiter: '' };
}

/**
 * The circled number for an ordinal (① … ㊿).
 *
 * @param ordinal 1 to 50.
 */
export function circledNumber(ordinal: number): string {
  if (ordinal <= 20) return String.fromCharCode(0x2460 + ordinal - 1);
  if (ordinal <= 35) return String.fromCharCode(0x3251 + ordinal - 21);
  return String.fromCharCode(0x32b1 + ordinal - 36);
}

function chinese(ordinal: number): string {
  return ordinal >= 1 && ordinal <= 999 ? formatChineseNumeral(ordinal) : String(ordinal);
}

function digitsLike(sample: string, ordinal: number): string {
  const ascii = String(ordinal);
  // `１２．` is written with full-width digits: the expected number is too.
  return /[０-９]/u.test(sample) ? ascii.replace(/[0-9]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)) : ascii;
}

/**
 * Write a number as a marker of a style, in the way a sample marker of the list is written: its
 * bracket width, digit width and delimiter (`expected （三）` for a list of `（一）`, `3．` for `1．`).
 *
 * @param style The marker family.
 * @param ordinal The number to write.
 * @param sample A marker of the same list as written, if any.
 * @returns The marker.
 */
export function formatMarker(style: MarkerStyle, ordinal: number, sample?: string): string {
  const { body, delimiter } = markerParts(sample ?? '');
  switch (style) {
    case 'di':
      return `第${chinese(ordinal)}${delimiter || '，'}`;
    case 'shi':
      return `${chinese(ordinal)}是${delimiter}`;
    case 'yao':
      return `${chinese(ordinal)}要${delimiter}`;
    case 'dun':
      return `${chinese(ordinal)}${delimiter || '、'}`;
    case 'paren':
      return numeralRun.test(body) ? `${body.replace(numeralRun, chinese(ordinal))}${delimiter}` : `（${chinese(ordinal)}）`;
    case 'arabic': {
      // A headline number with a displaced one after it (`2 4`): only the first is the marker's.
      const number = body.split(/[ \u3000]/u)[0] ?? '';
      return digitRun.test(number) ? `${number.replace(digitRun, digitsLike(number, ordinal))}${delimiter}` : `${ordinal}.`;
    }
    case 'arabic-paren':
      return digitRun.test(body) ? `${body.replace(digitRun, digitsLike(body, ordinal))}${delimiter}` : `（${ordinal}）`;
    case 'circled':
      return `${circledNumber(ordinal)}${delimiter}`;
    case 'fangmian':
      return `${ordinal === 1 ? '一方面' : '另一方面'}${delimiter}`;
    case 'sequence':
      return `${sequenceWords[ordinal - 1] ?? `第${chinese(ordinal)}`}${delimiter || '，'}`;
  }
}
