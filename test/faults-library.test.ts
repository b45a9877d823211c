import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ArgumentError, check, parse } from '../src/index.js';
import { toCsv } from '../src/stats/csv.js';
import type { FigureRow } from '../src/stats/figure-rows.js';

// Issue 15: the library takes only what it can use, and says so with a typed error; the CSV of
// `stats` starts no formula; the schema and the parser agree on ordinals.
describe('library arguments', () => {
  it.each([null, undefined, 42, {}, [], true])('parse(%s) throws an ArgumentError (a TypeError) that says what it expected', (value) => {
    const call = (): unknown => parse(value as unknown as string);
    expect(call).toThrow(ArgumentError);
    expect(call).toThrow(TypeError);
    expect(call).toThrow(/^Cannot parse .+, expected a string, a Uint8Array or an ArrayBuffer$/u);
  });

  it('parses an ArrayBuffer as the bytes it holds', () => {
    const bytes = new TextEncoder().encode('一、总体要求\n加强领导。\n');
    expect(parse(bytes.slice().buffer)).toEqual(parse(bytes));
  });

  it('refuses an unknown encoding', () => {
    expect(() => parse('一、甲\n', { encoding: 'latin1' as 'utf8' })).toThrow(ArgumentError);
  });

  it.each([
    [{ JY003: 'bogus' }, /`JY003` to `bogus`/u],
    [{ JY003: 'constructor' }, /`JY003` to `constructor`/u],
    [{ nonsense: 'off' }, /Cannot set `nonsense`/u],
    [JSON.parse('{"__proto__": "off"}') as Record<string, string>, /Cannot set `__proto__`/u],
  ])('check(tree, {rules: %j}) throws', (rules, message) => {
    const tree = parse('一、甲\n三、乙\n');
    expect(() => check(tree, { rules: rules as never })).toThrow(ArgumentError);
    expect(() => check(tree, { rules: rules as never })).toThrow(message);
  });

  it('still takes rule names and levels it knows', () => {
    const tree = parse('一、甲\n三、乙\n');
    expect(check(tree, { rules: { JY003: 'off', 'numbering-gap': 'warning' } }).every((message) => message.severity !== 'error' || message.ruleId.startsWith('JY003') === false)).toBe(true);
  });
});

describe('ordinals', () => {
  it('agree between the schema and the parser for a headline numbered 0', () => {
    const schema = JSON.parse(readFileSync(new URL('../schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    ajv.addVocabulary(['schemaVersion']);
    const validate = ajv.compile(schema);
    const tree = JSON.parse(JSON.stringify(parse('0、总体要求\n加强领导。\n1、重点任务\n抓好落实。\n'))) as unknown;
    expect(validate(tree), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('stats CSV', () => {
  const row = (text: string, value: FigureRow['value'] = 1): FigureRow => ({ file: 'a.txt', line: 1, column: 1, path: text, kind: 'count', value, unit: '', text } as FigureRow);

  it.each(['=1+1', '+1', '-1', '@SUM(1+1)', '\tx', '\rx'])('neutralises a text cell that starts with %j (OWASP)', (text) => {
    const [, record] = toCsv([row(text)]).split('\r\n');
    for (const cell of [record?.split(',')[3], record?.split(',').at(-1)]) expect(cell).toMatch(/^"?'/u);
  });

  it('leaves numbers, negative ones too, as numbers', () => {
    const [, record] = toCsv([row('增长', -3.5)]).split('\r\n');
    expect(record?.split(',')[5]).toBe('-3.5');
  });
});
