import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCleanError, root, runCli } from '../support/run-cli.js';

// `--jobs N` on many inputs and many processes (test/batch.test.ts has the fast cases): every
// format, a few hundred inputs on 1, 2 and 3 threads, and each line of a reversed batch against
// its input converted alone. Whatever N, the bytes, the messages and the exit code are those of
// `--jobs 1`.

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

/** Every file in a folder, by name, with its text. */
const contents = (folder: string): Record<string, string> =>
  Object.fromEntries(readdirSync(folder).sort().map((name) => [name, readFileSync(join(folder, name), 'utf8')]));

/**
 * A batch of a few hundred small documents (copies of the fixtures, so that every thread takes
 * many and the window between converting and writing out fills), with bad inputs among them:
 * missing files, a folder, binary files, the same name in two folders.
 */
const makeBatch = (): { dir: string; inputs: string[]; bad: number } => {
  const dir = temporary();
  mkdirSync(join(dir, 'a'));
  mkdirSync(join(dir, 'b'));
  const texts = fixtures.map((fixture) => readFileSync(join(root, fixture)));
  const inputs: string[] = [];
  let bad = 0;
  for (let index = 0; index < 300; index++) {
    if (index % 41 === 7) {
      inputs.push(join(dir, `missing-${index}.txt`));
      bad++;
    } else if (index % 53 === 11) {
      const binary = join(dir, `binary-${index}.txt`);
      writeFileSync(binary, Buffer.from([0x41, 0x00, 0x42]));
      inputs.push(binary);
      bad++;
    } else if (index === 150) {
      inputs.push(join(dir, 'a'));
      bad++;
    } else {
      // Every tenth in the other folder, under the name of the one before it.
      const folder = index % 10 === 9 ? 'b' : 'a';
      const name = `doc-${index % 10 === 9 ? index - 1 : index}.txt`;
      writeFileSync(join(dir, folder, name), texts[index % texts.length] as Buffer);
      inputs.push(join(dir, folder, name));
    }
  }
  return { dir, inputs, bad };
};
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('jyparse --jobs, at scale', () => {
  it.each(['md', 'yaml', 'tree'])('writes the same bytes with --jobs 1 and --jobs 2 (--format %s)', (format) => {
    const one = runCli([...inputs, '--format', format, '--jobs', '1']);
    const two = runCli([...inputs, '--format', format, '--jobs', '2']);
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
  });

  it('keeps input order on standard output, whichever worker finishes first', () => {
    const order = [...inputs].reverse();
    const two = runCli([...order, '--ndjson', '--jobs', '2']);
    const lines = two.stdout.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(order.length);
    for (const [index, input] of order.entries()) {
      expect(lines[index], input).toBe(runCli([input, '--ndjson']).stdout.trimEnd());
    }
  });

  it('gives the same bytes and messages on 1, 2 and 3 threads for a few hundred inputs, bad ones among them', () => {
    const { inputs, bad } = makeBatch();
    const one = runCli([...inputs, '--ndjson', '--jobs', '1']);
    expect(one.code).toBe(2);
    expect(isCleanError(one.stderr)).toBe(true);
    expect(one.stderr.split('\n').filter(Boolean)).toHaveLength(bad + 1);
    expect(one.stderr).toContain(': is a directory');
    expect(one.stdout.trimEnd().split('\n')).toHaveLength(inputs.length - bad);
    for (const jobs of ['2', '3']) {
      const many = runCli([...inputs, '--ndjson', '--jobs', jobs]);
      expect(many.code, jobs).toBe(2);
      expect(many.stderr, jobs).toBe(one.stderr);
      expect(many.stdout === one.stdout, jobs).toBe(true);
    }
  });

  it('writes the same --out-dir files and messages on 1 and 2 threads for a few hundred inputs, standard input and bad ones among them', () => {
    const { dir, inputs } = makeBatch();
    const stdin = readFileSync(join(root, fixtures[4] as string));
    const runs = ['1', '2'].map((jobs) => {
      // Standard input in the middle, and an input that is its own output (out/mine.md).
      const out = join(dir, `out-${jobs}`);
      mkdirSync(out);
      writeFileSync(join(out, 'mine.md'), '一、总体要求\n');
      // Inputs of one name in two folders would collide in out/ (refused): only a/ is given.
      const named = inputs.filter((input) => !input.startsWith(join(dir, 'b')));
      const args = [...named.slice(0, 100), '-', ...named.slice(100, 200), join(out, 'mine.md'), ...named.slice(200)];
      const result = runCli([...args, '--out-dir', out, '--jobs', jobs], { input: stdin });
      return { ...result, files: contents(out) };
    });
    const [one, two] = runs as [(typeof runs)[0], (typeof runs)[0]];
    expect(one.code).toBe(2);
    expect(one.stdout).toBe('');
    expect(isCleanError(one.stderr)).toBe(true);
    expect(one.stderr).toContain(`jyparse: error: ${join(dir, 'out-1', 'mine.md')}: refusing to write over an input file\n`);
    expect(one.files['mine.md']).toBe('一、总体要求\n');
    expect(one.files['stdin.md']).toBe(runCli([fixtures[4] as string]).stdout);
    expect(Object.keys(two.files)).toEqual(Object.keys(one.files));
    for (const name of Object.keys(one.files)) expect(two.files[name] === one.files[name], name).toBe(true);
    expect(two.code).toBe(2);
    expect(two.stdout).toBe('');
    expect(two.stderr).toBe(one.stderr.replaceAll(join(dir, 'out-1'), join(dir, 'out-2')));
  });

});
