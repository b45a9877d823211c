import { formatChineseDigits, formatChineseNumeral, spellChineseNumeral, type ChineseNumeralSpelling } from '../../numerals/chinese.js';

/**
 * Word's number formats (`w:numFmt`, ECMA-376 ST_NumberFormat), written as Word renders them.
 * Each glyph set stops where Word's does (①–⑳, 甲–癸, 子–亥) and goes on in decimal, as Word
 * does; a format jyparse does not know (the Thai, Hindi, Korean… sets) is written in decimal.
 */

type Formatter = (value: number) => string;

const decimal: Formatter = (value) => String(value);

const fullWidth: Formatter = (value) => String(value).replace(/\d/gu, (digit) => String.fromCharCode(0xff10 + Number(digit)));

/** A glyph per number from 1 (a run of Unicode code points), decimal past the last. */
const glyphs = (first: number, count: number): Formatter => (value) =>
  value >= 1 && value <= count ? String.fromCharCode(first + value - 1) : String(value);

/** A symbol per number from 1 in a list, decimal past the last. */
const symbols = (list: string): Formatter => {
  const chars = [...list];
  return (value) => (value >= 1 && value <= chars.length ? (chars[value - 1] as string) : String(value));
};

/** A Chinese numeral up to 999 (what markers reach), decimal past it. */
const chinese = (spelling: ChineseNumeralSpelling): Formatter => (value) =>
  value >= 1 && value <= 999 ? spellChineseNumeral(value, spelling) : String(value);

// chineseCounting spells 1–99 with 十 and writes 100 and up digit by digit (一〇〇).
const chineseCounting: Formatter = (value) => (value >= 1 && value <= 99 ? formatChineseNumeral(value) : formatChineseDigits(Math.max(0, value)));

// Word repeats the letter past Z: A … Z, AA, BB … (not AA, AB as in spreadsheet columns).
const letters = (first: number): Formatter => (value) =>
  value >= 1 ? String.fromCharCode(first + ((value - 1) % 26)).repeat(Math.min(Math.floor((value - 1) / 26) + 1, 64)) : String(value);

const romanValues = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
const romanSymbols = ['M', 'CM', 'D', 'CD', 'C', 'XC', 'L', 'XL', 'X', 'IX', 'V', 'IV', 'I'];
const upperRoman: Formatter = (value) => {
  if (value < 1 || value > 3999) return String(value);
  let out = '';
  let rest = value;
  romanValues.forEach((part, index) => {
    for (; rest >= part; rest -= part) out += romanSymbols[index];
  });
  return out;
};

const ordinal: Formatter = (value) => {
  const tens = value % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][value % 10] ?? 'th');
  return `${value}${suffix}`;
};

// The financial numerals of chineseLegalSimplified in their traditional characters.
const traditionalFinancial: Record<string, string> = { 贰: '貳', 叁: '參', 陆: '陸' };

const heavenlyStems = '甲乙丙丁戊己庚辛壬癸';
const earthlyBranches = '子丑寅卯辰巳午未申酉戌亥';

// Word's footnote symbols: *, †, ‡, §, then doubled, tripled…
const chicago: Formatter = (value) => {
  const index = Math.max(value, 1) - 1;
  return (['*', '†', '‡', '§'][index % 4] as string).repeat(Math.min(Math.floor(index / 4) + 1, 64));
};

const formats: Readonly<Record<string, Formatter>> = {
  decimal,
  decimalHalfWidth: decimal,
  decimalZero: (value) => (value >= 0 && value < 10 ? `0${value}` : String(value)),
  decimalFullWidth: fullWidth,
  decimalFullWidth2: fullWidth,
  // e.g. ① … ⑳
  decimalEnclosedCircle: glyphs(0x2460, 20),
  decimalEnclosedCircleChinese: glyphs(0x2460, 20),
  // e.g. ⒈ … ⒛
  decimalEnclosedFullstop: glyphs(0x2488, 20),
  // e.g. ⑴ … ⒇
  decimalEnclosedParen: glyphs(0x2474, 20),
  // e.g. ㈠ … ㈩
  ideographEnclosedCircle: glyphs(0x3220, 10),
  upperLetter: letters(0x41),
  lowerLetter: letters(0x61),
  upperRoman,
  lowerRoman: (value) => upperRoman(value).toLowerCase(),
  ordinal,
  hex: (value) => value.toString(16).toUpperCase(),
  chicago,
  numberInDash: (value) => `- ${value} -`,
  // e.g. 一 … 十, 十一, 九十九, then 一〇〇
  chineseCounting,
  taiwaneseCounting: chineseCounting,
  // e.g. 一 … 十, 十一, 一百, 一百〇五
  chineseCountingThousand: chinese({ zero: '〇' }),
  taiwaneseCountingThousand: chinese({ zero: '〇' }),
  // e.g. 十, 十一, 百, 百五
  japaneseCounting: chinese({ zero: '', one: 'never' }),
  // e.g. 壹, 壹拾, 壹拾壹, 壹佰零伍
  chineseLegalSimplified: chinese({ digits: 'financial', one: 'always' }),
  ideographLegalTraditional: (value) =>
    chinese({ digits: 'financial', one: 'always' })(value).replace(/[贰叁陆]/gu, (char) => traditionalFinancial[char] as string),
  // e.g. 一 … 九, 一〇
  ideographDigital: (value) => formatChineseDigits(Math.max(0, value)),
  taiwaneseDigital: (value) => formatChineseDigits(Math.max(0, value)),
  japaneseDigitalTenThousand: (value) => formatChineseDigits(Math.max(0, value)),
  // e.g. 甲 … 癸
  ideographTraditional: symbols(heavenlyStems),
  // e.g. 子 … 亥
  ideographZodiac: symbols(earthlyBranches),
  // e.g. 甲子, 乙丑 … the sixty-year cycle
  ideographZodiacTraditional: (value) => {
    const index = Math.max(value, 1) - 1;
    return `${heavenlyStems[index % 10]}${earthlyBranches[index % 12]}`;
  },
  none: () => '',
  // A bullet's glyph is its level text, which has no number in it.
  bullet: () => '',
};

/**
 * Write a list number in a Word number format.
 *
 * @param value The number (a level's count, from its `w:start`).
 * @param format The level's `w:numFmt`, e.g. `chineseCounting`, `decimalEnclosedCircle`.
 * @returns The number as Word shows it, e.g. `二十三`, `⑤`, `丙`, `iv`.
 */
export function formatListNumber(value: number, format: string): string {
  const formatter = Object.hasOwn(formats, format) ? (formats[format] as Formatter) : decimal;
  return formatter(value);
}
