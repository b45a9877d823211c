import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsBlock, endsOpen, endsSentence, isDateLine, isDocumentNumber, isSalutation, startsNewsLead } from '../src/layout/shape.js';

// The end-of-text predicates scan back by hand (a pattern anchored at `$` is tried at every
// offset), and the start-anchored ones check the first character before their pattern runs; these
// are the patterns they stand for, checked against each other on any text.
const reference = {
  endsSentence: (text: string) => /[。！？；：!?;:…][”’」』）)》]*$/u.test(text.trimEnd()),
  endsBlock: (text: string) => /(?:[。！？；：!?;:…][”’」』）)》]*|”)$/u.test(text.trimEnd()),
  endsOpen: (text: string) => /[，、,]$/u.test(text.trimEnd()),
  isDocumentNumber: (text: string) => /[〔［\[【(（]\s*[0-9０-９]{4}\s*[〕］\]】)）]\s*[0-9０-９]+\s*号$/u.test(text.trim()),
  isDateLine: (text: string) =>
    /^(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月(?:\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日)?$/u.test(text.trim()),
  isSalutation: (text: string) => /^(?:各|同志们|各位|女士们|朋友们|尊敬的)[^。！？；]{0,80}[：:]$/u.test(text.trim()),
  startsNewsLead: (text: string) => /^(?:本报讯|[^\s，。：]{1,6}(?:消息|讯)[（(：:]|新华社[^\s，。]{0,12}电)/u.test(text.trimStart()),
};

// Texts made of the characters the predicates care about, and some that they do not.
const pieces = [
  ...'。！？；：!?;:…”’」』）)》，、,号〔〕［］[]【】(（2019０１ 　\t\n\u00a0\ufeff政府工作a',
  ...'年月日〇一二十各同志们位尊敬的朋友女士本报讯新华社电消息央视网：',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((chars) => chars.join(''));

describe('end-of-text predicates', () => {
  it.each([
    ['…管理。', true], ['…等。”', true], ['…问题？ ', true], ['要求：', true], ['校园欺凌”', false], ['的', false], ['', false],
  ])('endsSentence(%j) is %s', (value, expected) => {
    expect(endsSentence(value)).toBe(expected);
  });

  it('agree with the patterns they replace on any text', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string()), (value) => {
        expect(endsSentence(value)).toBe(reference.endsSentence(value));
        expect(endsBlock(value)).toBe(reference.endsBlock(value));
        expect(endsOpen(value)).toBe(reference.endsOpen(value));
        expect(isDocumentNumber(value)).toBe(reference.isDocumentNumber(value));
        expect(isDateLine(value)).toBe(reference.isDateLine(value));
        expect(isSalutation(value)).toBe(reference.isSalutation(value));
        expect(startsNewsLead(value)).toBe(reference.startsNewsLead(value));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['2018年12月7日', true], ['　二〇〇四年十月十五日', true], ['2024 年 4 月', true], ['今年4月', false],
  ])('isDateLine(%j) is %s', (value, expected) => {
    expect(isDateLine(value)).toBe(expected);
  });

  it.each([
    ['央视网消息（新闻联播）：', true], ['新华社北京3月5日电', true], ['本报讯（记者 王华）', true], ['工作消息很多', false],
  ])('startsNewsLead(%j) is %s', (value, expected) => {
    expect(startsNewsLead(value)).toBe(expected);
  });

  it('a document number ends with 号, whatever spaces follow', () => {
    expect(isDocumentNumber('国发〔2019〕3号')).toBe(true);
    expect(isDocumentNumber('京政办发[2023]12号　')).toBe(true);
    expect(isDocumentNumber('国发〔2019〕3')).toBe(false);
  });
});
