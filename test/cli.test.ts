import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { isCleanError, root, runCli } from './support/run-cli.js';
import { runInProcess } from './support/run-in-process.js';

const seed = 'seeds/000_ef45b06f2ab55175.txt';
const seedText = readFileSync(join(root, seed), 'utf8');
const made: string[] = [];
const temporary = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'jyparse-cli-'));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const outlineOf = (tree: { title?: string; subtitle?: string; children?: unknown[] }): string => {
  const lines: string[] = [`${tree.title}|${tree.subtitle}`];
  const walk = (node: Record<string, unknown>, depth: number): void => {
    if (node.type === 'section' || node.type === 'item') lines.push(`${' '.repeat(depth)}${node.ordinal ?? '#'} ${node.marker ?? ''} ${node.title}`);
    for (const child of (node.children as Array<Record<string, unknown>> | undefined) ?? []) walk(child, node.type === 'list' ? depth : depth + 1);
  };
  for (const child of (tree.children as Array<Record<string, unknown>>) ?? []) walk(child, 0);
  return lines.join('\n');
};
const seedOutline = outlineOf(JSON.parse(runCli([seed, '--format', 'json']).stdout));

describe('jyparse convert', () => {
  it('writes the seed as YAML without positions', async () => {
    const result = await runInProcess([seed, '--format', 'yaml']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const tree = parseYaml(result.stdout);
    expect(tree.title).toBe('加快建设教育强市 推进教育现代化');
    const positioned: string[] = [];
    const walk = (node: Record<string, unknown>): void => {
      if ('position' in node) positioned.push(String(node.type));
      for (const child of (node.children as Array<Record<string, unknown>> | undefined) ?? []) walk(child);
    };
    walk(tree);
    expect(positioned).toEqual([]);
    expect(outlineOf(tree)).toBe(seedOutline);
  });

  it('keeps positions in YAML with --positions, as JSON always does', async () => {
    const text = (await runInProcess([seed, '--format', 'yaml', '--positions'])).stdout;
    const json = JSON.parse((await runInProcess([seed, '--format', 'json'])).stdout);
    expect(parseYaml(text)).toEqual(json);
    // A parent shares its last child's end point; YAML still writes every point in full.
    expect(text).not.toMatch(/[&*]a\d+/u);
  });

  it('reads standard input with no file and with -', async () => {
    const a = await runInProcess(['--format', 'json'], { stdin: seedText });
    const b = await runInProcess(['-', '--format', 'json'], { stdin: seedText });
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(outlineOf(JSON.parse(a.stdout))).toBe(seedOutline);
  });

  it('writes -o atomically and --out-dir one file per input', () => {
    const dir = temporary();
    const other = join(dir, 'b.txt');
    writeFileSync(other, '一、总体要求\n加强领导。\n');
    expect(runCli([seed, '-o', join(dir, 'one.json'), '--format', 'json']).code).toBe(0);
    expect(outlineOf(JSON.parse(readFileSync(join(dir, 'one.json'), 'utf8')))).toBe(seedOutline);
    const out = join(dir, 'out');
    expect(runCli([seed, other, '--out-dir', out]).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['000_ef45b06f2ab55175.md', 'b.md']);
    expect(readFileSync(join(out, 'b.md'), 'utf8')).toContain('一、总体要求');
  });

  it('refuses -o with many inputs, and writing over an input', () => {
    const dir = temporary();
    const input = join(dir, 'a.txt');
    writeFileSync(input, '一、总体要求\n');
    const many = runCli([seed, input, '-o', join(dir, 'x.md')]);
    expect(many.code).toBe(2);
    expect(isCleanError(many.stderr)).toBe(true);
    const over = runCli([input, '-o', input]);
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/refusing to write over an input/u);
    expect(readFileSync(input, 'utf8')).toBe('一、总体要求\n');
  });

  it('reports a missing file in one line and still converts the others (exit 2)', async () => {
    const result = await runInProcess(['missing.txt', seed, '--format', 'json']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('jyparse: error: cannot read missing.txt: no such file');
    expect(isCleanError(result.stderr)).toBe(true);
    expect(outlineOf(JSON.parse(result.stdout))).toBe(seedOutline);
  });

  it('rejects bad usage with one line and exit 2', async () => {
    for (const args of [['--format', 'pdf', seed], ['--bogus'], ['--depth', 'x', seed], ['--encoding', 'latin1', seed]]) {
      const result = await runInProcess(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(isCleanError(result.stderr)).toBe(true);
    }
  });

  it('prints its version and help', async () => {
    expect((await runInProcess(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/u);
    const help = await runInProcess(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--format');
  });

  it('writes one JSON tree per line with --ndjson', async () => {
    const result = await runInProcess([seed, seed, '--ndjson']);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(outlineOf(JSON.parse(lines[0] as string))).toBe(seedOutline);
  });
});

describe('encodings and line ends give the same outline (SPEC 7)', () => {
  const cases: Array<[string, Uint8Array, string]> = [
    ['GB18030', readFileSync(join(root, 'test/data/seed.gb18030.txt')), 'gb18030'],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]), 'utf16le'],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(seedText, 'utf16le').swap16()]), 'utf16be'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seedText)]), 'utf8'],
    ['CRLF', Buffer.from(seedText.replace(/\n/gu, '\r\n')), 'utf8'],
    ['CR', Buffer.from(seedText.replace(/\n/gu, '\r')), 'utf8'],
  ];
  // Decoding is logic, not the process: these run through main() in-process.
  for (const [name, bytes, encoding] of cases) {
    it(name, async () => {
      const dir = temporary();
      const file = join(dir, 'seed.txt');
      writeFileSync(file, bytes);
      const result = await runInProcess([file, '--format', 'json']);
      expect(result.code).toBe(0);
      const tree = JSON.parse(result.stdout);
      expect(tree.data.encoding).toBe(encoding);
      expect(outlineOf(tree)).toBe(seedOutline);
    });
  }

  it('honours --encoding', async () => {
    const result = await runInProcess(['test/data/seed.gb18030.txt', '--encoding', 'gb18030', '--format', 'json']);
    expect(outlineOf(JSON.parse(result.stdout))).toBe(seedOutline);
    const wrong = await runInProcess(['test/data/seed.gb18030.txt', '--encoding', 'utf8']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^jyparse: error: test\/data\/seed\.gb18030\.txt: cannot decode: invalid UTF-8 at byte \d+\n$/u);
  });
});

describe('hostile input (SPEC 7)', () => {
  const write = (content: string | Uint8Array): string => {
    const file = join(temporary(), 'input.txt');
    writeFileSync(file, content);
    return file;
  };

  it('gives an empty document for an empty or blank file', async () => {
    for (const content of ['', '   \n\n\t\r\n　\n']) {
      const result = await runInProcess([write(content), '--format', 'json']);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ type: 'document', children: [], diagnostics: [] });
    }
  });

  it('rejects a binary file in one line', async () => {
    const result = await runInProcess([write(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^jyparse: error: .*input\.txt: cannot decode: binary file \(NUL byte at byte 8\)\n$/u);
  });

  it('names the byte offset of invalid UTF-8 that is not GB18030 either', async () => {
    const result = await runInProcess([write(Buffer.concat([Buffer.from('第一，要推进。'), Buffer.from([0xff, 0xff, 0xff])]))]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/invalid UTF-8 at byte 21/u);
    expect(isCleanError(result.stderr)).toBe(true);
  });

  it('takes markers with nothing after them', async () => {
    const result = await runInProcess([write('一、\n（一）\n1.\n第一，\n一是\n①\n'), '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).type).toBe('document');
  });

  it('ends quietly when the reader closes the pipe', () => {
    // Far more JSON than a pipe holds (about 130 KB a copy), so the writer meets the closed pipe.
    const big = write(`${seedText}\n`.repeat(20));
    const result = spawnHead(big);
    expect(result.stderr).toBe('');
  });
});

function spawnHead(file: string): { stderr: string } {
  try {
    execFileSync('bash', ['-c', `node bin/jyparse.js "${file}" --format json | head -c 100 > /dev/null; exit \${PIPESTATUS[0]}`], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    return { stderr: '' };
  } catch (error) {
    return { stderr: String((error as { stderr?: Buffer }).stderr ?? error) };
  }
}
