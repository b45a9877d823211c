/**
 * Chinese numerals as they appear in enumeration markers: 一 … 九十九 and beyond, with 两, 〇/零 and
 * the financial forms 壹贰叁. One module owns them so that every marker family reads them alike.
 */

const digitValues: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};

const unitValues: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100 };

/** Characters that may make up a Chinese numeral, for building patterns. */
export const chineseNumeralChars = '〇零一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰';

/**
 * Read a Chinese numeral.
 *
 * @param text The numeral alone, e.g. `二十三`, `十一`, `一百零五`, `两`.
 * @returns Its value, or `undefined` when `text` is not a well-formed numeral.
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (text.length === 0 || text.length > 8) return undefined;
  let total = 0;
  let pending: number | undefined;
  let lastUnit = Infinity;
  let previousWasZero = false;
  let previousChar = '';
  for (const char of text) {
    const before = previousChar;
    previousChar = char;
    const digit = digitValues[char];
    if (digit !== undefined) {
      if (pending !== undefined) return undefined; // 二三 is not a numeral
      if (digit === 0) {
        if (previousWasZero) return undefined;
        previousWasZero = true;
        continue;
      }
      pending = digit;
      previousWasZero = false;
      continue;
    }
    const unit = unitValues[char];
    if (unit === undefined || unit >= lastUnit || (unit === 10 && before === '两')) return undefined;
    // 十 alone means 一十; 两百 is fine but 两十 is not.
    if (pending === undefined) pending = unit === 10 && total === 0 ? 1 : undefined;
    if (pending === undefined) return undefined;
    total += pending * unit;
    pending = undefined;
    lastUnit = unit;
    previousWasZero = false;
  }
  if (previousWasZero && pending === undefined && total === 0) return 0;
  return total + (pending ?? 0);
}

const plainDigits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const financialDigits = ['', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];

/**
 * How a Chinese numeral is spelled. Typed markers write 十一 and 一百零五; Word's number formats
 * spell numbers their own way (ECMA-376 ST_NumberFormat, as Word renders them).
 */
export interface ChineseNumeralSpelling {
  /**
   * The zero inside a number: `零` (一百零五, the default), `〇` (一百〇五, Word's
   * chineseCountingThousand) or nothing (百五, Word's japaneseCounting).
   */
  zero?: '零' | '〇' | '';
  /**
   * When a one is written before a unit: `inner` (十一 but 一百一十: the default), `always`
   * (壹拾壹, the financial form of chineseLegalSimplified) or `never` (百十, japaneseCounting).
   */
  one?: 'inner' | 'always' | 'never';
  /** The characters: `plain` (一二三, 十百) or `financial` (壹贰叁, 拾佰). */
  digits?: 'plain' | 'financial';
}

/**
 * Write a number as a Chinese numeral, the way markers spell it (十一, 二十, 一百零五).
 *
 * @param value A whole number from 1 to 999.
 * @returns The numeral.
 */
export function formatChineseNumeral(value: number): string {
  return spellChineseNumeral(value, {});
}

/**
 * Write a number as a Chinese numeral in a given spelling (一百〇五, 壹拾壹, 百五).
 *
 * @param value A whole number from 1 to 999.
 * @param spelling How to spell it; what is not given is spelled as markers are typed.
 * @returns The numeral.
 */
export function spellChineseNumeral(value: number, spelling: ChineseNumeralSpelling): string {
  if (!Number.isInteger(value) || value < 1 || value > 999) {
    throw new RangeError(`Cannot format \`${value}\` as a Chinese numeral, expected a whole number from 1 to 999`);
  }
  const { zero = '零', one = 'inner', digits = 'plain' } = spelling;
  const names = digits === 'financial' ? financialDigits : plainDigits;
  const [ten, hundred] = digits === 'financial' ? ['拾', '佰'] : ['十', '百'];
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const ones = value % 10;
  // The digit before a unit: a one may be left out (十一, 百十) where the spelling says so.
  const before = (count: number, leadingTen: boolean): string =>
    count === 1 && (one === 'never' || (one === 'inner' && leadingTen)) ? '' : (names[count] as string);
  let out = hundreds ? `${before(hundreds, false)}${hundred}` : '';
  if (tens) out += `${before(tens, !hundreds)}${ten}`;
  else if (hundreds && ones) out += zero;
  if (ones) out += names[ones];
  return out;
}

/**
 * Write a number digit by digit in Chinese characters, zero as 〇 (Word's ideographDigital:
 * 一〇, 二〇二五).
 *
 * @param value A whole number, 0 or more.
 * @returns The digits.
 */
export function formatChineseDigits(value: number): string {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`Cannot format \`${value}\` as Chinese digits, expected a whole number from 0`);
  }
  return String(value).replace(/\d/gu, (digit) => (digit === '0' ? '〇' : (plainDigits[Number(digit)] as string)));
}

/**
 * Read a run of ASCII or full-width digits.
 *
 * @param text Digits only, e.g. `12` or `１２`.
 * @returns Their value.
 */
export function parseDigits(text: string): number {
  let value = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    value = value * 10 + (code >= 0xff10 ? code - 0xff10 : code - 0x30);
  }
  return value;
}
