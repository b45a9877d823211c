import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCleanError, root, runCli } from './support/run-cli.js';

// Issue 15, "destroys what it should not touch" and "loses output silently": what jyparse does to
// the files around its outputs. Every case runs the built CLI in a child process.
const bin = join(root, 'bin/jyparse.js');
const made: string[] = [];
const folder = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'jyparse-faults-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const document = '一、总体要求\n加强领导。\n二、重点任务\n抓好落实。\n';
const withDocument = (dir: string, name = 'doc.txt', text = document): string => {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
};
const temporaries = (dir: string): string[] => readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.tmp'));

// Run jyparse writing to a FIFO while `cat` reads it. When jyparse replaced the FIFO instead,
// `cat` would wait for a writer for ever: it is stopped once jyparse is done.
async function writeToFifo(fifo: string, args: string[]): Promise<{ code: number | null; stderr: string; read: string }> {
  const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (data: Buffer) => (stderr += data.toString()));
  const reader = spawn('cat', [fifo]);
  let read = '';
  reader.stdout.on('data', (data: Buffer) => (read += data.toString()));
  const readerDone = new Promise<void>((done) => reader.on('close', () => done()));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  if (!lstatSync(fifo).isFIFO()) reader.kill();
  await readerDone;
  return { code, stderr, read };
}

describe('-o never renames over what is not a regular file', () => {
  it('writes through a FIFO and leaves it a FIFO', async () => {
    const dir = folder();
    const input = withDocument(dir);
    const fifo = join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const { code, stderr, read } = await writeToFifo(fifo, [input, '-o', fifo, '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(read).type).toBe('document');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(temporaries(dir)).toEqual([]);
  });

  // A device of its own (a copy of /dev/null, made where the test may make one), so that a
  // regression destroys nothing but the copy: as root, the old code replaced /dev/null itself.
  const device = (dir: string): string | undefined => {
    const path = join(dir, 'null');
    return spawnSync('mknod', ['-m', '666', path, 'c', '1', '3']).status === 0 ? path : undefined;
  };

  it('writes through a symbolic link to a device and leaves the link and the device', (context) => {
    const dir = folder();
    const input = withDocument(dir);
    const target = device(dir);
    if (target === undefined) {
      context.skip('mknod is not allowed here: the case of a device is not run');
      return;
    }
    const link = join(dir, 'sink');
    symlinkSync(target, link);
    const result = runCli([input, '-o', link]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(target).isCharacterDevice()).toBe(true);
    expect(temporaries(dir)).toEqual([]);
  });

  it('writes through a symbolic link to a FIFO', async () => {
    const dir = folder();
    const input = withDocument(dir);
    const fifo = join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    symlinkSync(fifo, join(dir, 'link'));
    const { code, read } = await writeToFifo(fifo, [input, '-o', join(dir, 'link'), '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(read).type).toBe('document');
    expect(lstatSync(join(dir, 'link')).isSymbolicLink()).toBe(true);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('keeps the mode of the file it replaces', () => {
    const dir = folder();
    const input = withDocument(dir);
    const output = join(dir, 'out.md');
    writeFileSync(output, 'old');
    chmodSync(output, 0o600);
    expect(runCli([input, '-o', output]).code).toBe(0);
    expect(readFileSync(output, 'utf8')).toContain('总体要求');
    expect(statSync(output).mode & 0o777).toBe(0o600);
  });
});

describe('--out-dir stays in its folder', () => {
  it('never follows a symbolic link out of the folder, and says so', () => {
    const dir = folder();
    const input = withDocument(dir);
    const outside = join(dir, 'secret.md');
    writeFileSync(outside, 'keep');
    chmodSync(outside, 0o600);
    mkdirSync(join(dir, 'out'));
    symlinkSync(outside, join(dir, 'out', 'doc.md'));
    const result = runCli([input, '--out-dir', join(dir, 'out')]);
    expect(result.code).toBe(2);
    expect(isCleanError(result.stderr)).toBe(true);
    expect(result.stderr).toMatch(/doc\.md: is a symbolic link/u);
    expect(readFileSync(outside, 'utf8')).toBe('keep');
    expect(statSync(outside).mode & 0o777).toBe(0o600);
    expect(lstatSync(join(dir, 'out', 'doc.md')).isSymbolicLink()).toBe(true);
  });

  it('keeps the mode of an output it replaces', () => {
    const dir = folder();
    const input = withDocument(dir);
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'doc.md'), 'old');
    chmodSync(join(dir, 'out', 'doc.md'), 0o640);
    expect(runCli([input, '--out-dir', join(dir, 'out')]).code).toBe(0);
    expect(statSync(join(dir, 'out', 'doc.md')).mode & 0o777).toBe(0o640);
  });
});

describe('an output is never one of the inputs', () => {
  it('refuses -o onto the file standard input reads (device and inode), exit 2', () => {
    const dir = folder();
    const input = withDocument(dir);
    const stdin = openSync(input, 'r');
    try {
      const result = spawnSync(process.execPath, [bin, '-o', input], { stdio: [stdin, 'pipe', 'pipe'], cwd: dir });
      expect(result.status).toBe(2);
      expect(isCleanError(result.stderr.toString())).toBe(true);
      expect(result.stderr.toString()).toMatch(/refusing to write over an input/u);
    } finally {
      closeSync(stdin);
    }
    expect(readFileSync(input, 'utf8')).toBe(document);
  });

  it('refuses -o onto a hard link of the input', () => {
    const dir = folder();
    const input = withDocument(dir);
    const alias = join(dir, 'alias.md');
    linkSync(input, alias);
    const result = runCli([input, '-o', alias]);
    expect(result.code).toBe(2);
    expect(readFileSync(input, 'utf8')).toBe(document);
  });
});

describe('--out-dir outputs that would collide are refused before anything is written', () => {
  it.each([
    ['two inputs of one name in two folders', ['a/doc.txt', 'b/doc.txt'], ''],
    ['the same file twice', ['a/doc.txt', 'a/doc.txt'], ''],
    ['standard input and stdin.txt', ['-', 'stdin.txt'], document],
    ['doc.txt and doc.html', ['a/doc.txt', 'a/doc.html'], ''],
  ])('%s', (_, inputs, stdin) => {
    const dir = folder();
    for (const input of inputs) if (input !== '-') withDocument(dir, input);
    const result = runCli([...inputs, '--out-dir', 'out', '--jobs', '2'], { cwd: dir, input: stdin });
    expect(result.code).toBe(2);
    expect(isCleanError(result.stderr)).toBe(true);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/would both be written to out\/(doc|stdin)\.md/u);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});
