import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bracketNotice, cleanNotice, gapNotice, tempProject } from './support/temp-project.js';

const files = (out: string): string[] => [...new Set((JSON.parse(out) as Array<{ file: string }>).map((finding) => finding.file))];

// Every file has a finding, so the json report names each file checked.
function nested() {
  return tempProject({
    'docs/a.txt': gapNotice,
    'docs/b.md': bracketNotice,
    'docs/sub/c.txt': gapNotice,
    'docs/sub/skip.txt': gapNotice,
    'docs/drafts/d.txt': gapNotice,
    'docs/notes.csv': gapNotice,
    'docs/node_modules/pkg/e.txt': gapNotice,
    '.jyparseignore': '# drafts are not checked\ndrafts/\nskip.txt\n',
  });
}

describe('check finds its files', () => {
  it('expands a glob itself, in order, skipping what .jyparseignore names', async () => {
    const project = nested();
    const result = await project.run(['check', '-r', 'json', 'docs/**/*.txt']);
    expect(result.err).toBe('');
    expect(files(result.out)).toEqual(['docs/a.txt', 'docs/sub/c.txt']);
  });

  it('expands a folder to the files of the extensions it reads, never node_modules; a glob and a folder agree', async () => {
    const project = nested();
    const folder = await project.run(['check', '-r', 'json', 'docs']);
    expect(files(folder.out)).toEqual(['docs/a.txt', 'docs/b.md', 'docs/sub/c.txt']);
    const glob = await project.run(['check', '-r', 'json', 'docs/**/*.{txt,md,pdf,docx,html,htm}']);
    expect(files(glob.out)).toEqual(files(folder.out));
  });

  it('--ignore-pattern adds patterns; --no-ignore drops the ignore file and the patterns', async () => {
    const project = nested();
    expect(files((await project.run(['check', '-r', 'json', '--ignore-pattern', 'docs/sub/**', 'docs'])).out)).toEqual(['docs/a.txt', 'docs/b.md']);
    expect(files((await project.run(['check', '-r', 'json', '--ignore-pattern', '*.md', '--ignore-pattern', 'a.txt', 'docs'])).out)).toEqual(['docs/sub/c.txt']);
    expect(files((await project.run(['check', '-r', 'json', '--no-ignore', 'docs'])).out)).toEqual(['docs/a.txt', 'docs/b.md', 'docs/drafts/d.txt', 'docs/sub/c.txt', 'docs/sub/skip.txt']);
  });

  it('checks a file named outright whatever its extension, but says so when the ignore file skips it', async () => {
    const project = nested();
    expect(files((await project.run(['check', '-r', 'json', 'docs/notes.csv'])).out)).toEqual(['docs/notes.csv']);
    const skipped = await project.run(['check', '-r', 'json', 'docs/a.txt', 'docs/sub/skip.txt']);
    expect(files(skipped.out)).toEqual(['docs/a.txt']);
    expect(skipped.err).toBe('jyparse: warning: docs/sub/skip.txt: ignored (by .jyparseignore or --ignore-pattern; --no-ignore checks it)\n');
  });

  it('a pattern that matches nothing is an error (exit 2), as is a folder with nothing to check', async () => {
    const project = nested();
    const none = await project.run(['check', 'docs/**/*.pdf']);
    expect(none).toMatchObject({ code: 2, out: '' });
    expect(none.err).toBe('jyparse: error: no files match `docs/**/*.pdf`\n');
    const ignored = await project.run(['check', 'docs/drafts']);
    expect(ignored.code).toBe(2);
    expect(ignored.err).toBe('jyparse: error: every file in `docs/drafts` is ignored (--no-ignore checks them)\n');
  });

  it('a missing file that is no pattern is still one clear error', async () => {
    const project = nested();
    const result = await project.run(['check', 'docs/missing.txt']);
    expect(result.code).toBe(2);
    expect(result.err).toBe('jyparse: error: cannot read docs/missing.txt: no such file\n');
  });
});

describe('--stdin-filename', () => {
  it('reports standard input under the given name', async () => {
    const project = nested();
    const result = await project.run(['check', '-r', 'json', '--stdin-filename', 'docs/pasted.txt'], { stdin: gapNotice });
    expect(result.code).toBe(1);
    expect(files(result.out)).toEqual(['docs/pasted.txt']);
    const sarif = await project.run(['check', '-r', 'sarif', '--stdin-filename', 'docs/pasted.txt', '-'], { stdin: gapNotice });
    expect(sarif.out).not.toContain('%3Cstdin%3E');
    expect(sarif.out).toContain('"uri": "docs/pasted.txt"');
  });

  it('without it, standard input is still <stdin>', async () => {
    const result = await tempProject({}).run(['check', '-r', 'json'], { stdin: gapNotice });
    expect(files(result.out)).toEqual(['<stdin>']);
  });
});

describe('check --output-file', () => {
  it('writes the report to the file, nothing to stdout, and leaves no temporary file', async () => {
    const project = nested();
    const result = await project.run(['check', '-r', 'json', '--output-file', 'out/report.json', 'docs/a.txt']);
    expect(result).toMatchObject({ code: 1, out: '', err: '' });
    expect(files(project.read('out/report.json'))).toEqual(['docs/a.txt']);
    expect(readdirSync(join(project.root, 'out'))).toEqual(['report.json']);
  });

  it('writes a clean report too (an empty file for stylish), and a folder it cannot write to is exit 2', async () => {
    const project = tempProject({ 'a.txt': cleanNotice, 'taken': 'a file, not a folder' });
    expect(await project.run(['check', '--output-file', 'report.txt', 'a.txt'])).toMatchObject({ code: 0, out: '', err: '' });
    expect(project.read('report.txt')).toBe('');
    const failed = await project.run(['check', '--output-file', 'taken/report.txt', 'a.txt']);
    expect(failed.code).toBe(2);
    expect(failed.err).toMatch(/^jyparse: error: cannot write taken\/report\.txt: [^\n]+\n$/u);
    expect(existsSync(join(project.root, 'taken/report.txt'))).toBe(false);
  });
});
