/**
 * Figures in a paragraph: counts, amounts, percentages and dates (SPEC section 5).
 *
 * A hand-written scanner rather than one large regular expression: a failed global regex match
 * restarts at the next character and re-reads the same run of digits, which is quadratic on long
 * runs. Here every run of digits or numerals is read a bounded number of times (as itself, and at
 * most as the month or day of the run before it), so the scan is linear in the length of the text.
 */

import { chineseNumeralChars, parseChineseNumeral } from '../numerals/chinese.js';
import { intern } from '../text/intern.js';

/** A figure found in a string; the caller turns the offsets into a `Figure` position. */
export interface FoundFigure {
  /** The figure as written, e.g. `9.2亿元`, `710 个`, `2018 年 9 月 10 日`. */
  text: string;
  /** The number, e.g. `9.2`; for dates an ISO-like string (`2018-09-10`, `2018-09`, `--04-29`). */
  value: number | string;
  /** The unit as written, with its multiplier and 余/多, e.g. `亿元`, `余人`, `%`; empty for dates. */
  unit: string;
  kind: 'count' | 'money' | 'percent' | 'date';
  /** UTF-16 offset of the first character in the scanned string. */
  start: number;
  /** UTF-16 offset just past the last character (exclusive). */
  end: number;
}

/** What one step of the scan found, and where the scan goes on. */
interface Step {
  end: number;
  figure?: FoundFigure;
}

/** A month or a month and day, read after a year or on its own. */
interface MonthDay {
  month: number;
  day?: number;
  end: number;
}

// Layout may leave a space or two around numbers (`710 个`, `2018 年 9 月`); bounding the gap keeps
// look-ahead constant however many spaces follow.
const maxGap = 3;

// Measure words and units, longest first so `平方公里` wins over `公里` and `人次` over `人`.
// `月` is absent on purpose: `12月` is a month, never a count.
const units = [
  // e.g. 3.2个百分点, 6个月, 18周岁, 2周年, 5万千瓦时
  '个百分点', '百分点', '个月', '周岁', '周年', '千瓦时',
  // e.g. 5平方公里, 300平方米, 2立方米, 12公顷, 8公里, 3千米, 40公斤
  '平方公里', '平方千米', '平方米', '立方米', '公顷', '公里', '千米', '公斤', '千克',
  // e.g. 2千瓦, 10兆瓦, 1小时, 30分钟, 3万人次
  '千瓦', '兆瓦', '小时', '分钟', '人次',
  // e.g. 5美元, 3欧元, 9.2亿元 (亿 is a multiplier, 元 the unit)
  '美元', '欧元', '港元', '日元', '元',
  // e.g. 710 个, 381 所, 5708人, 2名, 3家, 17项, 3次, 21年, 2件, 5座, 9条, 30户
  '个', '所', '人', '名', '家', '项', '次', '年', '件', '座', '条', '户',
  // e.g. 8吨, 600亩, 200米, 6辆, 4台, 3张, 2套, 5场, 2批, 10篇, 3部, 1只, 50头, 3册
  '吨', '亩', '米', '辆', '台', '张', '套', '场', '批', '篇', '部', '只', '头', '册',
  // e.g. 4种, 3类, 2起, 6处, 20间, 3栋, 7天, 2倍, 5位
  '种', '类', '起', '处', '间', '栋', '天', '倍', '位',
  // e.g. 12例, 3支, 2枚, 100份, 2艘, 300株, 50棵, 60岁, 3周
  '例', '支', '枚', '份', '艘', '株', '棵', '岁', '周',
].sort((a, b) => b.length - a.length);

// Units by first character, so each position is compared with a handful of units, not all of them.
const unitsByFirstChar = new Map<number, string[]>();
for (const unit of units) {
  const first = unit.charCodeAt(0);
  unitsByFirstChar.set(first, [...(unitsByFirstChar.get(first) ?? []), unit]);
}

// Between the number and its unit: 余/多 (about, more than) and 百/千/万/亿 multipliers, in either
// order, e.g. 1200余人, 3万余人, 20余万元, 10多万人, 12.5亿元, 1.2万亿元.
const unitPrefixChars = codeSet('余多百千万亿');
const maxUnitPrefix = 3;

// e.g. 100%, 3.2％, 5‰
const percentSigns = codeSet('%％‰');

// Words for a year that a month-and-day date may follow, kept in its text, e.g. 今年4月29日.
const relativeYears = new Set(['今年', '去年', '明年', '前年', '同年', '当年', '本年']);

// A number right after these is no figure: the denominator of a fraction (2/3), or a number
// inside or after the year brackets of a document number (国发〔2019〕3号).
const blockedBefore = codeSet('/〔〕[]［］【】');
const ordinalMark = '第'.charCodeAt(0);
const slash = '/'.charCodeAt(0);

// Chinese dates write the year digit by digit with 〇, sometimes typed as ○ or Ｏ,
// e.g. 二〇〇四年, 二○一九年.
const zeroLookalikes = new Set(['○', 'Ｏ']);
// A table rather than a Set: it is looked up for every character of every paragraph.
const chineseRunChars = codeTable(chineseNumeralChars + [...zeroLookalikes].join(''));

const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Find the counts, amounts, percentages and dates in a paragraph's text.
 *
 * Chinese-numeral counts (`三个优先`), ordinals (`第一次`, `第2728号`), bare numbers, model
 * and document numbers (`IPv6`, `5G`, `国发〔2019〕3号`) and fractions (`2/3`, `十分之一`)
 * are not figures.
 *
 * @param value The paragraph text, without its enumeration marker.
 * @returns The figures in source order, with UTF-16 offsets into `value`.
 */
export function findFigures(value: string): FoundFigure[] {
  const figures: FoundFigure[] = [];
  let index = 0;
  while (index < value.length) {
    let step: Step | undefined;
    if (isDigitAt(value, index)) step = scanArabic(value, index);
    else if (chineseRunChars[value.charCodeAt(index)] === 1) step = scanChinese(value, index);
    if (step === undefined) {
      index++;
      continue;
    }
    if (step.figure) figures.push(step.figure);
    index = step.end;
  }
  return figures;
}

/** Read a number written in digits at `start` as a date, a percentage or a quantity. */
function scanArabic(value: string, start: number): Step {
  const number = readNumber(value, start);
  if (!number.valid || !hasFreeEdges(value, start, number.end)) return { end: number.end };
  if (number.plain) {
    const date = matchDate(value, start);
    if (date) return date;
  }
  return matchQuantity(value, start, number.end) ?? { end: number.end };
}

/** Read a run of Chinese numerals at `start`: only dates count, e.g. 二〇〇四年十月十五日. */
function scanChinese(value: string, start: number): Step {
  const runEnd = chineseRunEnd(value, start);
  // 第十月 is not a date; skipping the whole run also keeps 十八大, 三个优先 out.
  if (previousNonSpace(value, start) === ordinalMark) return { end: runEnd };
  return matchDate(value, start) ?? { end: runEnd };
}

/**
 * The extent of a number in digits: digits, `,` thousands groups and a `.`/`．` decimal part.
 * Separators are taken only when a digit follows, and malformed runs (`1.2.3`, `2,3`) are read
 * whole and marked invalid so that no part of them becomes a figure.
 */
function readNumber(value: string, start: number): { end: number; valid: boolean; plain: boolean } {
  let end = digitsEnd(value, start);
  const leadLength = end - start;
  let valid = true;
  let plain = true;
  let sawDecimal = false;
  for (;;) {
    const separator = value.charAt(end);
    const isSeparator = separator === ',' || separator === '.' || separator === '．';
    if (!isSeparator || !isDigitAt(value, end + 1)) break;
    const groupEnd = digitsEnd(value, end + 1);
    if (separator === ',') {
      // e.g. 1,200 and 12,345,678, but not 2,3 nor 1.5,000
      if (sawDecimal || leadLength > 3 || groupEnd - end - 1 !== 3) valid = false;
    } else if (sawDecimal) {
      valid = false; // e.g. 1.2.3, a section number or version
    } else {
      sawDecimal = true;
    }
    plain = false;
    end = groupEnd;
  }
  return { end, valid, plain };
}

/** Whether the characters around a number leave it free-standing. */
function hasFreeEdges(value: string, start: number, end: number): boolean {
  // e.g. IPv6, H7N9, 5G, 4K: model numbers and codes
  if (isAsciiLetterAt(value, start - 1) || isAsciiLetterAt(value, end)) return false;
  // e.g. 2/3 (both numbers), 〔2019〕3号
  if (blockedBefore.has(value.charCodeAt(start - 1)) || value.charCodeAt(end) === slash) return false;
  // e.g. 第2728号, 第 3 次: ordinals
  return previousNonSpace(value, start) !== ordinalMark;
}

/** Read a percentage or a number with its unit, e.g. `100%`, `710 个`, `1200余人`, `12.5亿元`. */
function matchQuantity(value: string, start: number, numberEnd: number): Step | undefined {
  const unitStart = skipSpaces(value, numberEnd);
  if (percentSigns.has(value.charCodeAt(unitStart))) {
    const sign = value.charAt(unitStart);
    // e.g. 100%, 3.2 ％
    const amount = toNumber(value.slice(start, numberEnd));
    if (amount === undefined) return undefined;
    return figureStep(value, start, unitStart + 1, amount, sign, 'percent');
  }
  const unit = matchUnit(value, unitStart);
  if (unit === undefined) return undefined;
  const unitText = intern(value.slice(unitStart, unit.end));
  if (unit.base === '年' && !isDuration(value, start, numberEnd, unitText, unit.end)) {
    return { end: unit.end };
  }
  const amount = toNumber(value.slice(start, numberEnd));
  if (amount === undefined) return undefined;
  const kind = unitText.includes('元') ? 'money' : 'count';
  return figureStep(value, start, unit.end, amount, unitText, kind);
}

/** Whether a number followed by 年 is a span of years (21年, 10多年) rather than a calendar year. */
function isDuration(
  value: string,
  start: number,
  numberEnd: number,
  unitText: string,
  unitEnd: number,
): boolean {
  if (unitText === '年') {
    const year = numberEnd - start === 4 ? digitsValue(value, start, numberEnd) : 0;
    // e.g. 2023年, 2022年底
    if (year >= 1900 && year <= 2099) return false;
    // e.g. 18年9月: a year written short, followed by its month
    if (startsMonth(value, skipSpaces(value, unitEnd))) return false;
  }
  // e.g. 3年级, 90年代, 2 年度工作 (a headline number): a grade, a decade, a year's report
  const next = value.charAt(unitEnd);
  return next !== '级' && next !== '代' && next !== '度';
}

/**
 * Match a unit at `start`, with up to three 余/多/百/千/万/亿 before it. Fewer prefix characters are
 * tried when more fail, so that 千瓦 and 百分点 are read as units rather than 千 + 瓦.
 */
function matchUnit(value: string, start: number): { end: number; base: string } | undefined {
  let prefixEnd = start;
  while (prefixEnd - start < maxUnitPrefix && unitPrefixChars.has(value.charCodeAt(prefixEnd))) prefixEnd++;
  for (let baseStart = prefixEnd; baseStart >= start; baseStart--) {
    const candidates = unitsByFirstChar.get(value.charCodeAt(baseStart)) ?? [];
    const base = candidates.find((unit) => value.startsWith(unit, baseStart));
    if (base) return { end: baseStart + base.length, base };
  }
  return undefined;
}

/**
 * Match a date at `start`: a year (4 digits or 4 Chinese digits) with a month and maybe a day, or a
 * month and a day, optionally after 今年 or the like, which the text then includes.
 */
function matchDate(value: string, start: number): Step | undefined {
  const year = readYear(value, start);
  if (year !== undefined) {
    const mark = skipSpaces(value, year.end);
    if (!value.startsWith('年', mark)) return undefined;
    // e.g. 2018 年 9 月 10 日, 2019年1月, 二〇〇四年十月十五日
    const date = readMonthDay(value, skipSpaces(value, mark + 1));
    if (date === undefined) return undefined;
    const day = date.day === undefined ? '' : `-${pad(date.day, 2)}`;
    const iso = `${pad(year.value, 4)}-${pad(date.month, 2)}${day}`;
    return figureStep(value, start, date.end, iso, '', 'date');
  }
  // e.g. 4月16日, 今年4月29日, 十月一日; a month alone (12月) is left out
  const date = readMonthDay(value, start);
  if (date?.day === undefined) return undefined;
  const iso = `--${pad(date.month, 2)}-${pad(date.day, 2)}`;
  const prefixEnd = skipSpacesBack(value, start);
  const relative = prefixEnd >= 2 && relativeYears.has(value.slice(prefixEnd - 2, prefixEnd));
  const from = relative ? prefixEnd - 2 : start;
  return figureStep(value, from, date.end, iso, '', 'date');
}

/** Read a year of four digits or four Chinese digits; the caller checks that 年 follows. */
function readYear(value: string, start: number): { value: number; end: number } | undefined {
  const arabicEnd = digitsEnd(value, start);
  if (arabicEnd > start) {
    if (arabicEnd - start !== 4) return undefined;
    return { value: digitsValue(value, start, arabicEnd), end: arabicEnd };
  }
  const end = chineseRunEnd(value, start);
  if (end - start !== 4) return undefined;
  let year = 0;
  for (const char of value.slice(start, end)) {
    const digit = zeroLookalikes.has(char) ? 0 : parseChineseNumeral(char);
    // 十 and 百 are not digits: 一九四九 is a year, 二十三百 is not
    if (digit === undefined || digit > 9 || char === '十') return undefined;
    year = year * 10 + digit;
  }
  return { value: year, end };
}

/** Read `M月` and, when it follows, `D日` or `D号`, with M and D in digits or Chinese numerals. */
function readMonthDay(value: string, start: number): MonthDay | undefined {
  const month = readSmallNumber(value, start);
  if (month === undefined || month.value < 1 || month.value > 12) return undefined;
  const monthMark = skipSpaces(value, month.end);
  if (!value.startsWith('月', monthMark)) return undefined;
  const monthEnd = monthMark + 1;
  const day = readSmallNumber(value, skipSpaces(value, monthEnd));
  if (day !== undefined && day.value >= 1 && day.value <= (daysInMonth[month.value - 1] ?? 0)) {
    const dayMark = skipSpaces(value, day.end);
    if (value.startsWith('日', dayMark) || value.startsWith('号', dayMark)) {
      return { month: month.value, day: day.value, end: dayMark + 1 };
    }
  }
  return { month: month.value, end: monthEnd };
}

/** Whether a month (`9月`, `十月`) starts at `start`. */
function startsMonth(value: string, start: number): boolean {
  const month = readSmallNumber(value, start);
  return month !== undefined && value.startsWith('月', skipSpaces(value, month.end));
}

/** Read one or two digits, or a short Chinese numeral (`十五`, `三十一`), for a month or day. */
function readSmallNumber(value: string, start: number): { value: number; end: number } | undefined {
  const arabicEnd = digitsEnd(value, start);
  if (arabicEnd > start) {
    if (arabicEnd - start > 2) return undefined;
    return { value: digitsValue(value, start, arabicEnd), end: arabicEnd };
  }
  const end = chineseRunEnd(value, start);
  if (end === start || end - start > 3) return undefined;
  const number = parseChineseNumeral(value.slice(start, end));
  return number === undefined ? undefined : { value: number, end };
}

/** Build a step that ends at `end` and carries the figure `value.slice(start, end)`. */
function figureStep(
  value: string,
  start: number,
  end: number,
  figureValue: number | string,
  unit: string,
  kind: FoundFigure['kind'],
): Step {
  return { end, figure: { text: value.slice(start, end), value: figureValue, unit, kind, start, end } };
}

/** The value of a number as written (`1,200`, `９．２`), or `undefined` past float precision. */
function toNumber(text: string): number | undefined {
  // A long run is no figure, and past 15 integer digits the value would lose precision or be Infinity.
  if (text.length > 40) return undefined;
  let normal = '';
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) normal += String.fromCharCode(code - 0xff10 + 0x30);
    else if (char === '．') normal += '.';
    else if (char !== ',') normal += char;
  }
  const integerDigits = normal.indexOf('.') === -1 ? normal.length : normal.indexOf('.');
  if (integerDigits > 15) return undefined;
  return Number(normal);
}

function isDigitAt(value: string, index: number): boolean {
  const code = value.charCodeAt(index);
  return (code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19);
}

// Read in place rather than through a slice: this runs for every month and day candidate.
function digitsValue(value: string, start: number, end: number): number {
  let number = 0;
  for (let index = start; index < end; index++) {
    const code = value.charCodeAt(index);
    number = number * 10 + (code >= 0xff10 ? code - 0xff10 : code - 0x30);
  }
  return number;
}

function isAsciiLetterAt(value: string, index: number): boolean {
  const code = value.charCodeAt(index) | 0x20; // folds A-Z onto a-z
  return code >= 0x61 && code <= 0x7a;
}

function digitsEnd(value: string, start: number): number {
  let end = start;
  while (isDigitAt(value, end)) end++;
  return end;
}

function chineseRunEnd(value: string, start: number): number {
  let end = start;
  while (chineseRunChars[value.charCodeAt(end)] === 1) end++;
  return end;
}

function skipSpaces(value: string, start: number): number {
  let end = start;
  while (end - start < maxGap && isSpaceAt(value, end)) end++;
  return end;
}

function skipSpacesBack(value: string, end: number): number {
  let start = end;
  while (end - start < maxGap && isSpaceAt(value, start - 1)) start--;
  return start;
}

function previousNonSpace(value: string, start: number): number {
  return value.charCodeAt(skipSpacesBack(value, start) - 1);
}

/** A space, tab, no-break space or ideographic space (U+3000). */
function isSpaceAt(value: string, index: number): boolean {
  const code = value.charCodeAt(index);
  return code === 0x20 || code === 0x3000 || code === 0x09 || code === 0xa0;
}

function codeSet(chars: string): Set<number> {
  return new Set([...chars].map((char) => char.charCodeAt(0)));
}

// 1 at the code of each character (all in the Basic Multilingual Plane); NaN, past the end, reads undefined.
function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const char of chars) table[char.charCodeAt(0)] = 1;
  return table;
}

function pad(number: number, width: number): string {
  return String(number).padStart(width, '0');
}
