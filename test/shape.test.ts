import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsBlock, endsOpen, endsSentence, isDocumentNumber } from '../src/layout/shape.js';

// The end-of-text predicates scan back by hand (a pattern anchored at `$` is tried at every
// offset); these are the patterns they stand for, checked against each other on any text.
const reference = {
  endsSentence: (text: string) => /[。！？；：!?;:…][”’」』）)》]*$/u.test(text.trimEnd()),
  endsBlock: (text: string) => /(?:[。！？；：!?;:…][”’」』）)》]*|”)$/u.test(text.trimEnd()),
  endsOpen: (text: string) => /[，、,]$/u.test(text.trimEnd()),
  isDocumentNumber: (text: string) => /[〔［\[【(（]\s*[0-9０-９]{4}\s*[〕］\]】)）]\s*[0-9０-９]+\s*号$/u.test(text.trim()),
};

// Texts made of the characters the predicates care about, and some that they do not.
const pieces = [...'。！？；：!?;:…”’」』）)》，、,号〔〕［］[]【】(（2019０１ 　\t\n\u00a0\ufeff政府工作a'];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((chars) => chars.join(''));

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
      }),
      { numRuns: 3000 },
    );
  });

  it('a document number ends with 号, whatever spaces follow', () => {
    expect(isDocumentNumber('国发〔2019〕3号')).toBe(true);
    expect(isDocumentNumber('京政办发[2023]12号　')).toBe(true);
    expect(isDocumentNumber('国发〔2019〕3')).toBe(false);
  });
});
