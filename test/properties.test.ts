import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parse } from '../src/parse.js';
import { stripTree } from '../src/tree/strip.js';
import { toJson } from '../src/write/json.js';
import { toYaml } from '../src/write/yaml.js';
import { countSteps } from './support/count-work.js';
import { expectInvariants } from './support/invariants.js';

// Pieces of the genre, so that generated texts hit markers, headlines, wraps and blank lines.
const pieces = [
  '第一，', '第二、', '一是', '二是', '三要', '一方面，', '另一方面，', '一、', '二、', '（一）', '(二)', '1.', '2、', '（1）',
  '①', '②', '首先，', '其次，', '最后，', '要加强管理', '推进改革', '。', '；', '：', '，', '“', '”', '（', '）', '\n', '\n\n',
  ' ', '　', '——', '2018 年 9 月 10 日', '710 个', '9.2亿元', '100%', 'IPv6', '\r\n', '\r', '教育惠民政策得到全面落实',
];
const genreText = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 120 }), genreText);

describe('properties (fast-check)', () => {
  it('parses any string without throwing, and keeps every letter and digit exactly once', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tree = parse(text);
        expectInvariants(tree, text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      }),
      { numRuns: 400 },
    );
  });

  it('decodes any bytes to a tree or a DecodeError, never anything else (a PDF or a zip: a TypeError that points to parseAsync)', () => {
    // Random bytes rarely begin with a signature: the arbitrary puts one in front of some.
    const signatures = [[], [0x25, 0x50, 0x44, 0x46, 0x2d], [0x50, 0x4b, 0x03, 0x04]].map((bytes) => fc.constant(bytes));
    fc.assert(
      fc.property(fc.oneof(...signatures), fc.uint8Array({ maxLength: 200 }), (signature, rest) => {
        const bytes = new Uint8Array([...signature, ...rest]);
        try {
          expect(parse(bytes).type).toBe('document');
        } catch (error) {
          if (signature.length === 0) expect((error as Error).name).toBe('DecodeError');
          else expect([error instanceof TypeError, (error as Error).message]).toEqual([true, expect.stringContaining('parseAsync')]);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('writes JSON and YAML that parse back to the same tree', () => {
    fc.assert(
      fc.property(genreText, (text) => {
        const tree = parse(text);
        expect(JSON.parse(toJson(tree))).toEqual(tree);
        const positionless = stripTree(tree, { positions: true });
        expect(parseYaml(toYaml(positionless))).toEqual(JSON.parse(JSON.stringify(positionless)));
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same bytes for the same input, every time', () => {
    fc.assert(
      fc.property(genreText, (text) => {
        expect(toJson(parse(text))).toBe(toJson(parse(text)));
      }),
      { numRuns: 100 },
    );
  });

  it('stays linear on adversarial input', () => {
    // Linear by counting steps (string methods and regular expressions run), not by the clock: 4
    // times the input takes 4 times the steps, give or take the ends, where a quadratic parse
    // takes 16 times.
    const cases: Array<[string, (n: number) => string]> = [
      ['items of one line', (n) => '一是加强。'.repeat(n / 5)],
      ['open brackets', (n) => '（'.repeat(n)],
      ['markers alone, between blank lines', (n) => '一、\n\n（一）\n\n1.\n\n'.repeat(n / 15)],
      ['every family in turn', (n) => Array.from({ length: n / 5 }, (_, i) => ['一、', '（一）', '1.', '（1）', '①'][i % 5] + '加强。').join('\n')],
      ['wrapped lines', (n) => '要推进学前教育普及普惠加快推进公办园建设\n'.repeat(n / 21)],
      ['headline-like paragraphs', (n) => '教育惠民政策得到全面落实\n\n'.repeat(n / 14)],
      // The 1 MB line of test/slow/hostile-input.test.ts, smaller.
      ['one line with no break', (n) => '第一，要推进学前教育普及普惠。一是加快推进公办园建设。'.repeat(n / 27)],
    ];
    for (const [name, make] of cases) {
      const small = make(5_000);
      const large = make(20_000);
      const ratio = countSteps(() => parse(large)) / countSteps(() => parse(small));
      expect(ratio, name).toBeGreaterThan(3);
      expect(ratio, name).toBeLessThan(4.5);
    }
  });

  it('counts the steps of a quadratic scan as quadratic', () => {
    // The measure itself: a scan that matches again, from every line, the lines after it. (One
    // call counts one step whatever it reads, so what is counted is calls and matches.)
    const scan = (text: string): void => {
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) text.slice(at).split(/\n/u);
    };
    const ratio = countSteps(() => scan('加强。\n'.repeat(800))) / countSteps(() => scan('加强。\n'.repeat(200)));
    expect(ratio).toBeGreaterThan(10);
  });


});
