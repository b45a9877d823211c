import { describe, expect, it } from 'vitest';
import { formatChineseNumeral, parseChineseNumeral, parseDigits } from '../src/numerals/chinese.js';

describe('Chinese numerals', () => {
  it('round-trips every number from 1 to 999', () => {
    for (let value = 1; value <= 999; value++) expect(parseChineseNumeral(formatChineseNumeral(value))).toBe(value);
  });

  it.each([
    ['一', 1], ['十', 10], ['十一', 11], ['二十', 20], ['二十三', 23], ['九十九', 99], ['一百', 100],
    ['一百零五', 105], ['两', 2], ['两百', 200], ['壹', 1], ['叁拾', 30], ['〇', 0],
  ])('reads %s as %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each(['', '二三', '十十', '百', '两十', '一千', 'abc', '〇〇'])('rejects %j', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });

  it('writes the forms markers use', () => {
    expect([1, 10, 11, 20, 23, 99, 105].map(formatChineseNumeral)).toEqual(['一', '十', '十一', '二十', '二十三', '九十九', '一百零五']);
    expect(() => formatChineseNumeral(0)).toThrow(/Cannot format `0`/);
  });

  it('reads ASCII and full-width digits', () => {
    expect(parseDigits('12')).toBe(12);
    expect(parseDigits('１２')).toBe(12);
  });
});
