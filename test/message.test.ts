import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCheckMessage } from '../src/check/check-message.js';
import { check } from '../src/check/check.js';
import { levelsFromConfig, levelsFromFlags } from '../src/check/config.js';
import { parse } from '../src/parse.js';
import { createMessage, fromDiagnostic, rangeOf, severityOf, toDiagnostic, type Severity } from '../src/text/message.js';

const seed = readFileSync(new URL('../seeds/000_ef45b06f2ab55175.txt', import.meta.url), 'utf8');
const point = { line: 3, column: 2, offset: 20 };
const position = { start: point, end: { line: 3, column: 5, offset: 23 } };

describe('one message type (vfile-message fields)', () => {
  it.each([
    ['error', true],
    ['warning', false],
    ['info', undefined],
  ] as Array<[Severity, boolean | undefined]>)('writes a severity %s as fatal %s, and reads it back', (severity, fatal) => {
    const message = createMessage('reason', { severity, place: position, ruleId: 'JY001/numbering-gap' });
    expect(message).toEqual({ reason: 'reason', place: position, ruleId: 'JY001/numbering-gap', source: 'jyparse', fatal });
    expect(severityOf(message)).toBe(severity);
  });

  it('holds one expected value as vfile-message holds them, in a list', () => {
    expect(createMessage('r', { severity: 'error', actual: '（四）', expected: '（三）', url: 'https://example.org/JY001' })).toMatchObject({
      actual: '（四）',
      expected: ['（三）'],
      url: 'https://example.org/JY001',
    });
  });

  it('reads a point as an empty range, and no place as none', () => {
    expect(rangeOf(createMessage('r', { severity: 'info', place: point }))).toEqual({ start: point, end: point });
    expect(rangeOf(createMessage('r', { severity: 'info' }))).toBeUndefined();
  });

  it('stores every diagnostic of the seed in the tree as it reads it back', () => {
    const { diagnostics } = parse(seed);
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const diagnostic of diagnostics) {
      const message = fromDiagnostic(diagnostic);
      expect(message.source).toBe('jyparse');
      expect(message.place).toBe(diagnostic.position);
      expect(toDiagnostic(message)).toEqual(diagnostic);
    }
  });

  it('refuses to store a message without a place or a rule in the tree, or report it from check', () => {
    expect(() => toDiagnostic(createMessage('somewhere', { severity: 'error', ruleId: 'JY001/numbering-gap' }))).toThrow(
      'Cannot store `somewhere` in the tree, expected a message with a place and a rule',
    );
    expect(() => toCheckMessage(createMessage('no rule', { severity: 'error', place: position }))).toThrow(
      'Cannot report `no rule`, expected a message with a place and a rule',
    );
  });

  it("lays a check finding's message out flat, as reporters print it", () => {
    const message = createMessage('Numbering gap', { severity: 'warning', place: position, ruleId: 'JY001/numbering-gap', actual: '4.', expected: '3.' });
    expect(toCheckMessage(message)).toEqual({
      ruleId: 'JY001/numbering-gap',
      severity: 'warning',
      message: 'Numbering gap',
      line: 3,
      column: 2,
      endLine: 3,
      endColumn: 5,
      actual: '4.',
      expected: '3.',
    });
    expect(check(parse(seed), { source: seed }).map((found) => found.severity)).toContain('error');
  });

  it('gives configuration errors as fatal messages about no place', () => {
    const [flag] = levelsFromFlags(['JY001']).errors;
    expect(flag).toEqual({ reason: '--rule `JY001`: expected RULE=off|warn|error', place: undefined, ruleId: undefined, source: 'jyparse', fatal: true });
    const { errors } = levelsFromConfig({ rule: {}, rules: { JY999: 'off', JY001: 'loud' } }, '.jyparserc.json');
    expect(errors.map((error) => [error.fatal, error.reason])).toEqual([
      [true, '.jyparserc.json: unknown key `rule` (expected `root`, `extends`, `rules`, `ignores`, `overrides`, `plugins`)'],
      [true, '.jyparserc.json: unknown rule `JY999` (known: JY001 to JY013, or their names; see docs/rules.md)'],
      [true, '.jyparserc.json: rule `JY001`: invalid value `loud` (expected off, warn or error)'],
    ]);
  });
});
