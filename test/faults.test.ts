import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isCleanError, root, runCli } from './support/run-cli.js';
import { runInProcess } from './support/run-in-process.js';

// Issue 15: hostile names, hostile configuration and text, closed and full outputs, typos, and
// options that do not go together. Each case failed before its fix.
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
const document = '一、总体要求\n加强领导。\n三、重点任务\n抓好落实。\n';
const withDocument = (text = document, name = 'doc.txt'): string => {
  const path = join(folder(), name);
  writeFileSync(path, text);
  return path;
};
const oneErrorLine = (stderr: string): void => {
  expect(isCleanError(stderr)).toBe(true);
  expect(stderr.trim().split('\n')).toHaveLength(1);
};

describe('hostile names and text reach no terminal or CI log raw', () => {
  it('keeps the error about a name with a line break on one line, injecting no workflow command', async () => {
    const result = await runInProcess(['missing\n::warning file=x::injected.txt']);
    expect(result.code).toBe(2);
    oneErrorLine(result.stderr);
    expect(result.stderr).toContain('missing\\n::warning');
    expect(result.stderr.split('\n').some((line) => line.startsWith('::'))).toBe(false);
  });

  const hostile = '一、总体\u001b[31m要求\u001b]8;;https://example.com\u0007链接\u001b]8;;\u0007\u202e倒置\n加强领导。\n';

  it('escapes ESC, OSC 8 links and bidi overrides in Markdown and the tree outline to a terminal', async () => {
    for (const format of ['md', 'tree', 'yaml']) {
      const result = await runInProcess([withDocument(hostile), '--format', format], { isTTY: true, env: { FORCE_COLOR: '1' } });
      expect(result.code, format).toBe(0);
      expect(result.stdout, format).not.toMatch(/\u001b\]|\u001b\[31m|\u0007|\u202e/u);
      if (format !== 'yaml') expect(result.stdout, format).toContain('\\x1B');
      if (format !== 'tree') expect(result.stdout, format).toContain('\\u202E');
    }
  });

  it('keeps the text as it is in a file or a pipe (the output is lossless)', async () => {
    const result = await runInProcess([withDocument(hostile)], { isTTY: false });
    expect(result.stdout).toContain('\u001b');
    expect(result.stdout).toContain('\u202e');
  });

  it('escapes a hostile file name in the stylish report', async () => {
    const dir = folder();
    const name = join(dir, 'bad\u001b[2Jname.txt');
    writeFileSync(name, '一、甲\n三、乙\n');
    const result = await runInProcess(['check', name]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('bad\\x1B[2Jname.txt');
    expect(result.stdout).not.toContain('\u001b[2J');
  });

  it('writes no colour codes into a file, even from a terminal', async () => {
    const output = join(folder(), 'out.txt');
    const result = await runInProcess([withDocument(), '--format', 'tree', '-o', output], { isTTY: true, env: { FORCE_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(readFileSync(output, 'utf8')).not.toContain('\u001b');
  });

  it('colours the tree with --color, and never with --no-color', async () => {
    const input = withDocument();
    expect((await runInProcess([input, '-f', 'tree', '--color'], { isTTY: false })).stdout).toContain('\u001b[');
    expect((await runInProcess([input, '-f', 'tree', '--no-color'], { isTTY: true, env: { FORCE_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });
});

describe('a configuration cannot turn a CI gate green by accident or malice', () => {
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('refuses --rule JY003=%s as an unknown level, on every reporter', async (level) => {
    for (const reporter of ['stylish', 'json', 'github']) {
      const result = await runInProcess(['check', withDocument(), '--rule', `JY003=${level}`, '--reporter', reporter]);
      expect(result.code, reporter).toBe(2);
      oneErrorLine(result.stderr);
      expect(result.stderr).toContain('invalid value');
    }
  });

  it('refuses "__proto__" and "constructor" as levels in .jyparserc.json', async () => {
    for (const level of ['__proto__', 'constructor']) {
      const dir = folder();
      writeFileSync(join(dir, 'config.json'), JSON.stringify({ rules: { JY003: level } }));
      const result = await runInProcess(['check', withDocument(), '--config', join(dir, 'config.json')]);
      expect(result.code, level).toBe(2);
      expect(isCleanError(result.stderr)).toBe(true);
    }
  });
});

describe('standard output that cannot be written', () => {
  it('is one line and exit 2 on a full disk (/dev/full)', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [bin, withDocument()], { stdio: ['ignore', full, 'pipe'] });
      expect(result.status).toBe(2);
      oneErrorLine(result.stderr.toString());
      expect(result.stderr.toString()).toContain('no space left');
    } finally {
      closeSync(full);
    }
  });

  it('is a quiet exit 0 when the reader goes away (EPIPE)', () => {
    const big = withDocument(document.repeat(20_000));
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" "${big}" --format json | head -c 10 > /dev/null; echo "\${PIPESTATUS[0]}"`]);
    expect(result.stderr.toString()).toBe('');
    expect(result.stdout.toString().trim()).toBe('0');
  });
});

describe('commands', () => {
  it('answers a mistyped command with "did you mean", exit 2, converting nothing', async () => {
    const result = await runInProcess(['chek', withDocument()]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    oneErrorLine(result.stderr);
    expect(result.stderr).toContain('unknown command chek, did you mean check?');
  });

  it('reaches a file named like a command by its path', () => {
    const dir = folder();
    writeFileSync(join(dir, 'chek'), document);
    const result = runCli(['./chek'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('总体要求');
  });

  it('has `jyparse help [command]`', async () => {
    const check = await runInProcess(['help', 'check']);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('Usage: jyparse check');
    const top = await runInProcess(['help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('Usage: jyparse');
  });
});

describe('options', () => {
  it.each([
    [['--ndjson', '--format', 'yaml'], '--ndjson writes JSON'],
    [['--positions', '--format', 'md'], '--positions is for YAML'],
    [['--positions', '--outline', '--format', 'yaml'], '--outline leaves positions out'],
    [['--color', '--format', 'md'], '--color is for --format tree'],
    [['--max-size', '1G'], '--max-size can be at most'],
    [['--max-size', 'lots'], 'expected a size'],
  ])('refuses %j, exit 2', async (args, message) => {
    const result = await runInProcess([withDocument(), ...args]);
    expect(result.code).toBe(2);
    oneErrorLine(result.stderr);
    expect(result.stderr).toContain(message);
  });

  it('honours --outline and --depth with --ndjson: one line of what --format json gives', async () => {
    const input = withDocument();
    for (const extra of [['--outline'], ['--depth', '0']]) {
      const ndjson = await runInProcess([input, '--ndjson', ...extra]);
      const json = await runInProcess([input, '--format', 'json', ...extra]);
      expect(ndjson.stdout).toBe(`${JSON.stringify(JSON.parse(json.stdout))}\n`);
    }
  });

  it('writes JSON for -o out.json and YAML for -o out.yml without --format (the extension says)', async () => {
    const dir = folder();
    const input = withDocument();
    expect((await runInProcess([input, '-o', join(dir, 'out.json')])).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')).type).toBe('document');
    expect((await runInProcess([input, '-o', join(dir, 'out.yml')])).code).toBe(0);
    expect(readFileSync(join(dir, 'out.yml'), 'utf8')).toMatch(/^type: document/mu);
    expect((await runInProcess([input, '-o', join(dir, 'out.json'), '--format', 'md'])).code).toBe(0);
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toMatch(/^## /mu);
  });

  it('refuses an input over --max-size before reading it, file or standard input', () => {
    const input = withDocument();
    const file = runCli([input, '--max-size', '10']);
    expect(file.code).toBe(2);
    oneErrorLine(file.stderr);
    expect(file.stderr).toContain('over the size limit of 10 bytes (--max-size)');
    const stdin = runCli(['--max-size', '10'], { input: document });
    expect(stdin.code).toBe(2);
    oneErrorLine(stdin.stderr);
    expect(runCli([input, '--max-size', '1K']).code).toBe(0);
  });
});

describe('a bug met on one input of a batch', () => {
  // The hook makes writing a string holding 注入故障 as JSON throw, on every thread.
  const hook = join(root, 'test/support/fault-hook.mjs');

  it.each(['1', '2'])('is reported against that input and the batch goes on, exit 2 (--jobs %s)', (jobs) => {
    const dir = folder();
    const inputs: string[] = [];
    for (let index = 0; index < 60; index++) {
      const path = join(dir, `doc-${index}.txt`);
      writeFileSync(path, index === 20 ? '一、注入故障\n' : document);
      inputs.push(path);
    }
    for (const target of [['--out-dir', join(dir, `out-${jobs}`)], []]) {
      const result = spawnSync(process.execPath, ['--import', hook, bin, ...inputs, '--format', 'json', '--jobs', jobs, ...target], { env: { ...process.env, NO_COLOR: '1' } });
      const stderr = result.stderr.toString();
      expect(result.status).toBe(2);
      expect(isCleanError(stderr)).toBe(true);
      expect(stderr).toContain(`jyparse: error: ${inputs[20]}: internal error: injected fault (please report this)`);
      expect(stderr).toContain('1 of 60 inputs failed');
      if (target.length === 0) expect(result.stdout.toString().match(/^\{$/gmu)).toHaveLength(59);
    }
  });
});

describe('progress', () => {
  const run = async (args: string[], stderrIsTTY: boolean): Promise<string> => {
    const { main } = await import('../src/cli/main.js');
    const { readFile } = await import('node:fs/promises');
    let stderr = '';
    await main(args, { read: (path) => readFile(path), stdout: () => undefined, stderr: (text) => (stderr += text), isTTY: false, stderrIsTTY, env: {}, cwd: root });
    return stderr;
  };
  const inputs = (): string[] => [withDocument(), withDocument(), withDocument()];

  it('counts files done on standard error when it is a terminal, and clears the line', async () => {
    const stderr = await run([...inputs(), '--ndjson'], true);
    expect(stderr).toContain('\rjyparse: 3/3 files');
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
  });

  it('shows nothing in a pipe or a CI log, nor with --quiet', async () => {
    expect(await run([...inputs(), '--ndjson'], false)).toBe('');
    expect(await run([...inputs(), '--ndjson', '--quiet'], true)).toBe('');
  });
});
