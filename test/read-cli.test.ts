import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { read } from '../src/read/read.js';
import { runCli } from './support/run-cli.js';
import { projectRoot, runInProcess } from './support/run-in-process.js';

// Every command reads every format through read() (SPEC section 10), `--from` overrides what the
// bytes and the name say, `jyparse text` prints what positions point into, and a file jyparse
// cannot read is one line and exit 2 with nothing written.

const pdf = 'fixtures/pdf/notice-four-levels.gongwen.s1.pdf';
const docx = 'fixtures/docx/auto-notice-outline.docx';
const html = 'fixtures/html/gov-portal-notice.html';
const seed = 'seeds/000_ef45b06f2ab55175.txt';
const work = mkdtempSync(join(tmpdir(), 'jyparse-read-cli-'));

afterAll(() => rmSync(work, { recursive: true, force: true }));

const bytesOf = (path: string): Uint8Array => readFileSync(join(projectRoot, path));
const oneErrorLine = (stderr: string, pattern: RegExp): void => {
  expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /u);
};

describe('jyparse text', () => {
  it.each([pdf, docx, html, seed])('prints the text read() reads out of %s', async (path) => {
    const result = await runInProcess(['text', path]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(result.stdout).toBe((await read(bytesOf(path), { name: path })).text);
  });

  it('prints a PDF’s lines with a form feed before each page, as its recorded text', async () => {
    const result = await runInProcess(['text', pdf]);
    expect(result.stdout).toBe(readFileSync(join(projectRoot, `${pdf}.txt`), 'utf8'));
    expect(result.stdout.split('\f').length).toBeGreaterThan(1);
  });

  it('reads a Word file on standard input by its signature', async () => {
    const result = await runInProcess(['text'], { stdin: bytesOf(docx) });
    expect([result.code, result.stdout]).toEqual([0, (await read(bytesOf(docx))).text]);
  });

  it('prints the page’s text, not its tags', async () => {
    const { stdout } = await runInProcess(['text', html]);
    expect(stdout).not.toMatch(/<|>/u);
  });
});

describe('--from', () => {
  it('reads an HTML page as text, tags and all, with --from text', async () => {
    const asPage = JSON.parse((await runInProcess([html, '--format', 'json'])).stdout) as { data: { format?: string } };
    const asText = await runInProcess([html, '--format', 'json', '--from', 'text']);
    expect(asPage.data.format).toBe('html');
    expect((JSON.parse(asText.stdout) as { data: { format?: string } }).data.format).toBeUndefined();
    expect(asText.stdout).toContain('<!DOCTYPE html>');
    expect((await runInProcess(['text', '--from', 'text', html])).stdout).toBe(readFileSync(join(projectRoot, html), 'utf8'));
  });

  it('reads a text file named .docx as text with --from text, in every command', async () => {
    const named = 'fixtures/docx/bad/plain-text.docx';
    for (const command of [[], ['check'], ['stats'], ['text'], ['explain']]) {
      const refused = await runInProcess([...command, named]);
      expect(refused.code, command.join(' ')).toBe(2);
      oneErrorLine(refused.stderr, /^jyparse: error: fixtures\/docx\/bad\/plain-text\.docx: cannot decode: not a Word document/u);
      const read = await runInProcess([...command, '--from', 'text', named]);
      expect([read.code === 2, read.stderr], command.join(' ')).toEqual([false, '']);
    }
  });

  it('sends a file to the reader it names, whatever the file is', async () => {
    for (const command of [[], ['check'], ['stats'], ['text'], ['explain']]) {
      const result = await runInProcess([...command, '--from', 'pdf', html]);
      expect(result.code).toBe(2);
      oneErrorLine(result.stderr, /^jyparse: error: fixtures\/html\/gov-portal-notice\.html: cannot decode: not a PDF/u);
    }
    const asText = await runInProcess(['stats', '--from', 'text', pdf]);
    oneErrorLine(asText.stderr, /cannot decode: binary file/u);
  });

  it('refuses a format it does not know: one line, exit 2, nothing on standard output', async () => {
    for (const command of [[], ['check'], ['stats'], ['text'], ['explain']]) {
      const result = await runInProcess([...command, '--from', 'rtf', seed]);
      expect([result.code, result.stdout]).toEqual([2, '']);
      oneErrorLine(result.stderr, /^jyparse: error: option '--from <format>' argument 'rtf' is invalid\. Allowed choices are pdf, docx, html, text\.\n$/u);
    }
  });

  it('goes to the worker threads with --jobs (the build: workers run dist/)', () => {
    const out = join(work, 'jobs');
    const result = runCli(['--jobs', '2', '--from', 'text', '--out-dir', out, html, seed]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    expect(readFileSync(join(out, 'gov-portal-notice.md'), 'utf8')).toContain('<');
    const byName = runCli(['--jobs', '2', '--out-dir', join(work, 'jobs-bad'), 'fixtures/pdf/bad/not-a-pdf.pdf', seed]);
    expect(byName.code).toBe(2);
    expect(byName.stderr).toMatch(/^jyparse: error: fixtures\/pdf\/bad\/not-a-pdf\.pdf: cannot decode: not a PDF/u);
  });
});

describe('check and stats read every format', () => {
  it.each([pdf, docx, html])('stats %s: figures at positions in the text jyparse read', async (path) => {
    const result = await runInProcess(['stats', '-f', 'json', path]);
    expect([result.code, result.stderr]).toEqual([0, '']);
    const rows = JSON.parse(result.stdout) as Array<{ line: number; column: number; text: string }>;
    expect(rows.length).toBeGreaterThan(0);
    const lines = (await runInProcess(['text', path])).stdout.split('\n');
    for (const row of rows) expect((lines[row.line - 1] as string).slice(row.column - 1)).toMatch(new RegExp(`^${row.text.slice(0, 1)}`, 'u'));
  });

  it.each([pdf, docx, html])('check %s: read, not refused as binary', async (path) => {
    const result = await runInProcess(['check', '-r', 'json', path]);
    expect(result.stderr).toBe('');
    expect([0, 1]).toContain(result.code);
    const lines = (await runInProcess(['text', path])).stdout.split('\n').length;
    const [file] = JSON.parse(result.stdout) as Array<{ messages: Array<{ line: number }> }>;
    for (const message of file?.messages ?? []) expect(message.line).toBeLessThanOrEqual(lines);
  });
});

describe('files jyparse cannot read: one line, exit 2, nothing written', () => {
  it.each([
    ['fixtures/pdf/bad/encrypted.pdf', 'encrypted: the PDF is protected by a password, which jyparse cannot read'],
    ['fixtures/pdf/bad/scanned.pdf', 'no text layer: a scanned PDF needs OCR, which jyparse does not do'],
    ['fixtures/pdf/bad/truncated.pdf', 'truncated PDF: the file ends before its end-of-file marker (%%EOF)'],
    ['fixtures/pdf/bad/not-a-pdf.pdf', 'not a PDF: the file does not begin with %PDF-'],
    ['fixtures/docx/bad/corrupt.docx', 'corrupt or truncated zip archive (invalid block type)'],
    ['fixtures/docx/bad/truncated.docx', 'corrupt or truncated zip archive (invalid zip data)'],
    ['fixtures/docx/bad/old-word.doc', 'this is a .doc (Word 97–2003) file: save it as .docx'],
    ['fixtures/html/bad/not-a-page.html', 'not an HTML page: it has no tags'],
    ['fixtures/html/bad/binary.html', 'not an HTML page: binary file (NUL byte at byte 6)'],
    ['fixtures/html/bad/navigation-only.html', 'no main text: the page holds no text outside its navigation, scripts, header and footer'],
  ])('%s', async (path, reason) => {
    const expected = `jyparse: error: ${path}: cannot decode: ${reason}\n`;
    const out = mkdtempSync(join(work, 'bad-'));
    for (const command of [['-o', join(out, 'out.md')], ['--out-dir', out], ['check'], ['stats'], ['text']]) {
      const result = await runInProcess([...command, path]);
      expect([result.code, result.stdout, result.stderr], command[0]).toEqual([2, '', expected]);
    }
    expect(readdirSync(out)).toEqual([]);
    expect(existsSync(join(out, 'out.md'))).toBe(false);
  });
});
