import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../support/run-cli.js';

// Issue 15: `check` on text full of lone quotation marks. It took about 300 times the file in
// memory (JY009 gave a finding for every mark), and the stylish report of a file with some hundred
// thousand findings overflowed the stack.
const bin = join(root, 'bin/jyparse.js');
const peakRss = join(root, 'test/support/peak-rss.mjs');
const dir = mkdtempSync(join(tmpdir(), 'jyparse-lone-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A text of `bytes` or a little more, made of `paragraph` again and again, a blank line between. */
function textOf(name: string, paragraph: string, bytes: number): string {
  const file = join(dir, name);
  writeFileSync(file, `${paragraph}\n\n`.repeat(Math.ceil(bytes / Buffer.byteLength(`${paragraph}\n\n`))));
  return file;
}

// Paragraphs dense with lone marks: a “ or （ every few characters, never closed.
const dense = `${'“要求（说明“落实“推进'.repeat(12)}。`;
// Short paragraphs of one lone mark each: as many findings as the rule can give a megabyte.
const short = '要“落实。';

const peakOf = (file: string, reporter: string): number => {
  const rss = `${file}.${reporter}.rss`;
  const result = spawnSync(process.execPath, ['--import', peakRss, bin, 'check', file, '--reporter', reporter], { env: { ...process.env, JYPARSE_PEAK_RSS: rss }, maxBuffer: 1 << 30 });
  expect(result.stderr.toString()).toBe('');
  expect(result.status).toBe(0);
  return Number(readFileSync(rss, 'utf8')) * 1024;
};

describe('check on lone quotation marks', () => {
  it.each(['json', 'stylish'])('%s: 2 MB of dense lone marks take less memory than 100 times what 1.5 MB more text adds', (reporter) => {
    const small = peakOf(textOf('dense-0.5.txt', dense, 0.5e6), reporter);
    const large = peakOf(textOf('dense-2.txt', dense, 2e6), reporter);
    // Before the fix: 227 MB and 653 MB with json, about 280 bytes of memory per byte of text more.
    expect((large - small) / 1.5e6).toBeLessThan(100);
  });

  it('stylish reports a file of a hundred thousand findings without running out of stack', () => {
    const file = textOf('short.txt', short, 2e6);
    const result = spawnSync(process.execPath, [bin, 'check', file], { maxBuffer: 1 << 30 });
    expect(result.stderr.toString()).toBe('');
    expect(result.status).toBe(0);
    expect(Number(/✖ (\d+) 个问题/u.exec(result.stdout.toString())?.[1])).toBeGreaterThan(100_000);
  });
});
