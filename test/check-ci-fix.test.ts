import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyEdits, fixEdits } from '../src/check/fix.js';
import { unifiedDiff } from '../src/cli/unified-diff.js';
import { bracketNotice, cleanNotice, delimiterNotice, gapNotice, notice, tempProject } from './support/temp-project.js';

const punctuationNotice = notice('第一、要提高思想认识。', '第二，要加强组织领导。', '第三，要强化工作保障。');

describe('check --fix', () => {
  it('repairs a mixed-width bracket at its range only, and a second --fix changes nothing', async () => {
    const project = tempProject({ 'a.txt': bracketNotice });
    const first = await project.run(['check', '--fix', 'a.txt']);
    expect(first).toEqual({ code: 0, out: '', err: '' });
    expect(project.read('a.txt')).toBe(cleanNotice);
    const second = await project.run(['check', '--fix', '-r', 'json', 'a.txt']);
    expect(second).toEqual({ code: 0, out: '[]\n', err: '' });
    expect(project.read('a.txt')).toBe(cleanNotice);
    expect(readdirSync(project.root)).toEqual(['a.txt']);
  });

  it('repairs delimiters (JY008) and punctuation after markers (JY011), leaving what it cannot be sure of', async () => {
    const project = tempProject({ 'b.txt': delimiterNotice, 'c.txt': punctuationNotice, 'gap.txt': gapNotice });
    const result = await project.run(['check', '--fix', '-r', 'json', 'b.txt', 'c.txt', 'gap.txt']);
    expect(project.read('b.txt')).toBe(delimiterNotice.replace('2、', '2.'));
    expect(project.read('c.txt')).toBe(punctuationNotice.replace('第一、', '第一，'));
    // A gap (JY001) has an `expected` number, but which item is wrong is not certain: it is reported, not renumbered.
    expect(project.read('gap.txt')).toBe(gapNotice);
    expect(result.code).toBe(1);
    expect((JSON.parse(result.out) as Array<{ file: string; ruleId: string }>).map((finding) => [finding.file, finding.ruleId])).toEqual([['gap.txt', 'JY001/numbering-gap']]);
  });

  it('keeps a UTF-8 byte order mark and CRLF line ends', async () => {
    const crlf = `\uFEFF${bracketNotice.replace(/\n/gu, '\r\n')}`;
    const project = tempProject({ 'a.txt': crlf });
    expect((await project.run(['check', '--fix', 'a.txt'])).code).toBe(0);
    expect(project.read('a.txt')).toBe(`\uFEFF${cleanNotice.replace(/\n/gu, '\r\n')}`);
  });

  it('refuses what is not a UTF-8 text file, and standard input (exit 2), checking the rest', async () => {
    const project = tempProject({ 'a.pdf': '%PDF-1.4 not really', 'b.txt': bracketNotice });
    const result = await project.run(['check', '--fix', 'a.pdf', 'b.txt']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('jyparse: error: a.pdf: --fix repairs text files only (.txt, .md); check it without --fix\n');
    expect(project.read('b.txt')).toBe(cleanNotice);
    const stdin = await project.run(['check', '--fix'], { stdin: bracketNotice });
    expect(stdin).toMatchObject({ code: 2, err: 'jyparse: error: --fix cannot write back to standard input; use --fix-dry-run to see the repair\n' });
  });
});

describe('check --fix-dry-run', () => {
  it('prints a unified diff of the repair and writes nothing', async () => {
    const project = tempProject({ 'a.txt': bracketNotice });
    const result = await project.run(['check', '--fix-dry-run', 'a.txt']);
    expect(result.code).toBe(0);
    expect(result.out).toBe(
      [
        '--- a/a.txt',
        '+++ b/a.txt',
        '@@ -2,5 +2,5 @@',
        ...bracketNotice.split('\n').slice(1, 4).map((line) => ` ${line}`),
        '-(二)完善工作机制。建立健全定期调度、督查通报制度。',
        '+（二）完善工作机制。建立健全定期调度、督查通报制度。',
        ` ${bracketNotice.split('\n')[5] ?? ''}`,
        '',
      ].join('\n'),
    );
    expect(project.read('a.txt')).toBe(bracketNotice);
    expect((await project.run(['check', '--fix-dry-run', '-'], { stdin: bracketNotice })).out).toContain('+++ b/<stdin>\n');
    expect(await tempProject({ 'c.txt': cleanNotice }).run(['check', '--fix-dry-run', 'c.txt'])).toEqual({ code: 0, out: '', err: '' });
  });
});

describe('fix edits', () => {
  it('edit only where the text at the range is what the finding found', () => {
    const source = 'x(二)y\n';
    const finding = { ruleId: 'JY007/mixed-brackets', severity: 'warning' as const, message: '', line: 1, column: 2, endLine: 1, endColumn: 5, actual: '(二)', expected: '（二）' };
    expect(applyEdits(source, fixEdits(source, [finding]))).toBe('x（二）y\n');
    expect(fixEdits(source, [{ ...finding, column: 1, endColumn: 4 }])).toEqual([]);
    expect(fixEdits(source, [{ ...finding, ruleId: 'JY001/numbering-gap' }])).toEqual([]);
  });

  it('a diff with no change is empty', () => {
    expect(unifiedDiff('a.txt', 'same\n', 'same\n')).toBe('');
  });
});
