import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { claim, createShared, hold, release, stop } from '../src/cli/batch/share.js';
import { isCleanError, root, runCli } from './support/run-cli.js';
import { runInProcess } from './support/run-in-process.js';

// `--jobs N` converts several inputs on N threads (the main one and N - 1 workers, which take the
// inputs one at a time); whatever N, the bytes written, the messages and the exit code are those of
// `--jobs 1`, which converts in-process.

const seed = 'seeds/000_ef45b06f2ab55175.txt';
const fixtures = readdirSync(join(root, 'fixtures'))
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => `fixtures/${file}`);
const inputs = [seed, ...fixtures];
const folders: string[] = [];
const temporary = (): string => {
  const folder = mkdtempSync(join(tmpdir(), 'jyparse-batch-'));
  folders.push(folder);
  return folder;
};

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('jyparse --jobs', () => {
  // `--jobs 1` converts in-process: it runs through main() here, `--jobs 2` in a process of its own.
  it.each(['json'])('writes the same bytes with --jobs 1 and --jobs 2 (--format %s; the other formats: test/slow/batch.test.ts)', async (format) => {
    const one = await runInProcess([...inputs, '--format', format, '--jobs', '1']);
    const two = runCli([...inputs, '--format', format, '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
  });

  it('keeps input order on standard output, whichever worker finishes first', async () => {
    // Reversed, so the workers that take the last (and largest) fixtures first finish out of order.
    const one = await runInProcess([...inputs, '--ndjson', '--jobs', '1']);
    const two = runCli([...[...inputs].reverse(), '--ndjson', '--jobs', '2']);
    expect(two.code).toBe(0);
    expect(two.stdout.trimEnd().split('\n')).toEqual(one.stdout.trimEnd().split('\n').reverse());
  });

  it('writes one JSON tree per input per line with --ndjson, as --jobs 1 does', async () => {
    const one = await runInProcess([...inputs, '--ndjson', '--jobs', '1']);
    const two = runCli([...inputs, '--ndjson', '--jobs', '2']);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.trimEnd().split('\n').map((line) => JSON.parse(line).type)).toEqual(inputs.map(() => 'document'));
  });

  it('writes the same files into --out-dir with --jobs 1 and --jobs 2', () => {
    const a = join(temporary(), 'out');
    const b = join(temporary(), 'out');
    expect(runCli([...inputs, '--format', 'json', '--out-dir', a, '--jobs', '1']).code).toBe(0);
    const two = runCli([...inputs, '--format', 'json', '--out-dir', b, '--jobs', '2']);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe('');
    const names = readdirSync(a).sort();
    expect(names).toHaveLength(inputs.length);
    expect(readdirSync(b).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(b, name), 'utf8'), name).toBe(readFileSync(join(a, name), 'utf8'));
  });

  it('refuses two inputs with the same output name before writing anything, on 1 and 2 threads (issue 15)', () => {
    const dir = temporary();
    const [a, b] = [join(dir, 'a'), join(dir, 'b')];
    mkdirSync(a);
    mkdirSync(b);
    writeFileSync(join(a, 'x.txt'), '一、甲\n');
    writeFileSync(join(b, 'x.txt'), '一、乙\n');
    const inputs = [join(a, 'x.txt'), fixtures[0] as string, join(b, 'x.txt')];
    for (const jobs of ['1', '2']) {
      const out = join(dir, `out-${jobs}`);
      const result = runCli([...inputs, '--out-dir', out, '--jobs', jobs]);
      expect(result.code).toBe(2);
      expect(isCleanError(result.stderr)).toBe(true);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('reports each bad input in order, converts the others and exits 2', async () => {
    const dir = temporary();
    const binary = join(dir, 'binary.txt');
    writeFileSync(binary, Buffer.from([0x00, 0x01, 0x02, 0x41]));
    const args = [fixtures[0] as string, 'missing.txt', fixtures[1] as string, binary, fixtures[2] as string, '--format', 'json'];
    const one = await runInProcess([...args, '--jobs', '1']);
    const two = runCli([...args, '--jobs', '2']);
    expect(two.code).toBe(2);
    expect(one.code).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(isCleanError(two.stderr)).toBe(true);
    expect(two.stderr.split('\n').filter(Boolean)).toEqual([
      'jyparse: error: cannot read missing.txt: no such file',
      `jyparse: error: ${binary}: cannot decode: binary file (NUL byte at byte 0)`,
      'jyparse: 2 of 5 inputs failed; the others were converted',
    ]);
    const converted = await runInProcess([fixtures[0] as string, fixtures[1] as string, fixtures[2] as string, '--format', 'json', '--jobs', '1']);
    expect(two.stdout).toBe(converted.stdout);
  });

  it('names an unreadable input as the user gave it, whatever the error', () => {
    // A link to itself (ELOOP) gets the system's message, which holds the path read: a thread must
    // not show the resolved path where --jobs 1 shows the argument.
    const dir = temporary();
    symlinkSync('loop', join(dir, 'loop'));
    const copy = join(dir, 'a.txt');
    writeFileSync(copy, readFileSync(join(root, fixtures[0] as string)));
    const args = ['a.txt', 'loop', '--ndjson'];
    const one = runCli([...args, '--jobs', '1'], { cwd: dir });
    const two = runCli([...args, '--jobs', '2'], { cwd: dir });
    expect(one.stderr).toContain("open 'loop'");
    expect(two.stderr).toBe(one.stderr);
    expect(two.stdout).toBe(one.stdout);
  });

  it('refuses to write over an input and reports unwritable outputs, as in-process', () => {
    const dir = temporary();
    const input = join(dir, 'a.txt');
    writeFileSync(input, '一、总体要求\n加强领导。\n');
    const notADirectory = join(dir, 'file');
    writeFileSync(notADirectory, '');
    for (const args of [
      [input, join(dir, 'a.json'), '--format', 'json', '--out-dir', dir],
      [seed, input, '--out-dir', join(notADirectory, 'out')],
    ]) {
      if (args.includes(join(dir, 'a.json'))) writeFileSync(join(dir, 'a.json'), '一、总体要求\n');
      const one = runCli([...args, '--jobs', '1']);
      const two = runCli([...args, '--jobs', '2']);
      expect(two.code).toBe(2);
      expect(two.stderr).toBe(one.stderr);
      expect(isCleanError(two.stderr)).toBe(true);
    }
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('一、总体要求\n');
  });

  it('reads standard input among files', async () => {
    const text = readFileSync(join(root, fixtures[3] as string));
    const one = await runInProcess([fixtures[0] as string, '-', fixtures[1] as string, '--ndjson', '--jobs', '1'], { stdin: text });
    const two = runCli([fixtures[0] as string, '-', fixtures[1] as string, '--ndjson', '--jobs', '2'], { input: text });
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.split('\n')[1]).toBe((await runInProcess([fixtures[3] as string, '--ndjson'])).stdout.trimEnd());
  });

  it('rejects --jobs 0 and a --jobs that is not a number', async () => {
    for (const value of ['0', 'two', '-1']) {
      const result = await runInProcess([seed, '--jobs', value]);
      expect(result.code, value).toBe(2);
      expect(result.stderr.trim().split('\n'), value).toHaveLength(1);
      expect(isCleanError(result.stderr)).toBe(true);
    }
  });

  it('writes a large JSON tree in chunks, exactly as JSON.stringify would', async () => {
    // A paragraph per line, many lines: the JSON is far larger than the input. The chunked
    // writer must give exactly what JSON.stringify gives.
    const dir = temporary();
    const input = join(dir, 'long.txt');
    const paragraph = '一、总体要求\n全年完成投资12.5亿元，增长8.3%，新建学校3所。\n';
    writeFileSync(input, paragraph.repeat(500));
    const result = await runInProcess([input, '--format', 'json']);
    expect(result.code).toBe(0);
    const tree = JSON.parse(result.stdout);
    expect(result.stdout).toBe(`${JSON.stringify(tree, undefined, 2)}\n`);
    const ndjson = await runInProcess([input, '--ndjson']);
    expect(ndjson.stdout).toBe(`${JSON.stringify(tree)}\n`);
  });
});

describe('the state the threads of --jobs share', () => {
  it('hands out every input once, in order', () => {
    const shared = createShared();
    expect([claim(shared, 3), claim(shared, 3), claim(shared, 3), claim(shared, 3)]).toEqual([0, 1, 2, 'done']);
  });

  it('stops converting far ahead of writing out, but always hands out the input due', () => {
    const shared = createShared();
    const taken: number[] = [];
    for (let next = claim(shared, 1000); typeof next === 'number'; next = claim(shared, 1000)) taken.push(next);
    expect(taken).toHaveLength(64);
    expect(claim(shared, 1000)).toEqual({ due: 0 });
    release(shared, 1, 0);
    expect(claim(shared, 1000)).toBe(64);
    expect(claim(shared, 1000)).toEqual({ due: 1 });

    // By bytes: 16 MB of input held stops taking more, except the input due.
    const bytes = createShared();
    expect(claim(bytes, 10)).toBe(0);
    hold(bytes, 20e6);
    expect(claim(bytes, 10)).toEqual({ due: 0 });
    release(bytes, 1, 20e6);
    expect(claim(bytes, 10)).toBe(1);
  });

  it('hands out nothing once stopped', () => {
    const shared = createShared();
    stop(shared);
    expect(claim(shared, 3)).toBe('done');
  });
});
