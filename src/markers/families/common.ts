import { chineseNumeralChars, formatChineseNumeral, parseChineseNumeral } from '../../numerals/chinese.js';
import { intern } from '../../text/intern.js';
import type { MarkerStyle } from '../style.js';
import type { MarkerFamily, MarkerMatch } from '../types.js';

/** A character class of Chinese numerals, for marker patterns. */
export const numeral = `[${chineseNumeralChars}]{1,4}`;

/** Digits, ASCII or full-width. */
export const digits = '[0-9０-９]{1,3}';

/** A character class of digits, ASCII or full-width, for replacing a sample marker's number. */
export const digitRun = /[0-9０-９]+/u;

/** An ordinal as a Chinese numeral (`三`, `十二`); past 999, in digits. */
export function chineseNumber(ordinal: number): string {
  return ordinal >= 1 && ordinal <= 999 ? formatChineseNumeral(ordinal) : String(ordinal);
}

/**
 * An ordinal in digits as wide as a sample's: `１２．` is written with full-width digits, so the
 * expected number is too.
 *
 * @param sample Digits as written in a marker of the list.
 * @param ordinal The number to write.
 */
export function digitsLike(sample: string, ordinal: number): string {
  const ascii = String(ordinal);
  return /[０-９]/u.test(sample) ? ascii.replace(/[0-9]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0)) : ascii;
}

/** Build a match from a sticky regular expression's result. */
export function toMatch(
  style: MarkerStyle,
  result: RegExpExecArray,
  ordinal: number | undefined,
  delimiter: string,
  headlineOnly = false,
): MarkerMatch {
  return {
    style,
    ordinal,
    marker: intern(result[0]),
    delimiter,
    start: result.index,
    end: result.index + result[0].length,
    headlineOnly,
  };
}

/** The characters from `from` to `to` (code points, inclusive), for a family's `starts`. */
export function enclosedChars(from: number, to: number): string {
  return Array.from({ length: to - from + 1 }, (_, index) => String.fromCharCode(from + index)).join('');
}

/** Run a sticky pattern at `at`. */
export function execAt(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

const numeralAt = new RegExp(numeral, 'y');

/**
 * Whether a numeral and its enumeration comma only list numbers (`一、二年级`, `三、四月份`,
 * `第一、二批`): the next number follows the comma. The context decides, not the word after it,
 * so `一、一年级新生入学工作` is a marker.
 *
 * @param text The text.
 * @param at Offset just past the enumeration comma.
 * @param ordinal The number before the comma.
 */
export function listsNumbers(text: string, at: number, ordinal: number): boolean {
  const next = execAt(numeralAt, text, at);
  return next !== null && parseChineseNumeral(next[0]) === ordinal + 1;
}

/** Read a Chinese numeral that must be a usable ordinal (1 or more). */
export function chineseOrdinal(text: string | undefined): number | undefined {
  const value = text === undefined ? undefined : parseChineseNumeral(text);
  return value !== undefined && value >= 1 ? value : undefined;
}

/**
 * A family written as a Chinese numeral and a word (`一是`, `二要`), with an optional delimiter.
 *
 * @param style The family's style.
 * @param word The word after the numeral, e.g. `是`.
 */
export function numeralWordFamily(style: 'shi' | 'yao', word: string): MarkerFamily {
  const pattern = new RegExp(`(${numeral})${word}([，：,:]?)`, 'y');
  return {
    style,
    rank: undefined,
    headings: false,
    starts: chineseNumeralChars,
    match(text, at) {
      const result = execAt(pattern, text, at);
      const ordinal = chineseOrdinal(result?.[1]);
      return result && ordinal ? toMatch(style, result, ordinal, result[2] as string) : undefined;
    },
    format: (ordinal, { delimiter }) => `${chineseNumber(ordinal)}${word}${delimiter}`,
  };
}
