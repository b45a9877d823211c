import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memoryIo, run } from './support/memory-io.js';
import { rules } from '../src/check/registry.js';

const rulePages = 'https://github.com/jyparse/jyparse/blob/main/docs/rules/';

const head = [
  '临江市人民政府办公室关于做好2023年度重点工作的通知',
  '各县（市）区人民政府，市政府各部门，各有关单位：',
  '为深入贯彻党的二十大精神，全面落实市委、市政府决策部署，推动全市经济社会高质量发展，确保全年目标任务圆满完成，经市政府同意，现就做好2023年度重点工作有关事项通知如下。各地各部门要提高政治站位，强化责任担当，结合实际抓好贯彻落实，及时报送工作进展情况，确保各项任务落地见效。',
];
const document = (...lines: string[]): string => `${[...head, ...lines].join('\n')}\n`;

// Lines 4 to 6: clean.
const clean = document('（一）加强组织领导。各级党委和政府主要负责人是本地区第一责任人。', '（二）完善工作机制。建立健全定期调度、督查通报制度。', '（三）强化工作保障。优先保障重点项目资金需求。');
// Line 6: an error (JY001). Line 5: a warning (JY007).
const flawed = document('（一）加强组织领导。各级党委和政府主要负责人是本地区第一责任人。', '(二)完善工作机制。建立健全定期调度、督查通报制度。', '（四）强化工作保障。优先保障重点项目资金需求。');
// Line 5: a warning only (JY008).
const warned = document('1.严格落实领导责任。', '2、强化企业主体责任。', '3.加强监督检查。');

type Row = [ruleId: string, line: number, column: number, severity: string];
const rows = (out: string): Row[] =>
  (JSON.parse(out) as Array<{ ruleId: string; line: number; column: number; severity: string }>).map((finding) => [finding.ruleId, finding.line, finding.column, finding.severity]);

describe('the reference document', () => {
  const seed = readFileSync(new URL('../seeds/000_ef45b06f2ab55175.txt', import.meta.url));

  it('reports the headlines out of order (1, 3, 2), the displaced 4 and the inferred 4, and nothing else', async () => {
    const result = await run(['check', '--reporter', 'json', 'seed.txt'], memoryIo({ 'seed.txt': seed }));
    expect(result.code).toBe(1);
    expect(rows(result.out)).toEqual([
      ['JY003/out-of-order', 128, 1, 'error'],
      ['JY003/out-of-order', 136, 1, 'error'],
      ['JY005/broken-marker', 136, 1, 'warning'],
      ['JY006/inferred-number', 146, 1, 'warning'],
    ]);
  });

  it('points the inferred number at the headline that lacks it, not at its whole section', async () => {
    const result = await run(['check', '--reporter', 'json', 'seed.txt'], memoryIo({ 'seed.txt': seed }));
    const findings = JSON.parse(result.out) as Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number }>;
    expect(findings.find((finding) => finding.ruleId.startsWith('JY006'))).toMatchObject({ line: 146, column: 1, endLine: 146, endColumn: 13 });
  });

  it('prints the stylish report', async () => {
    const result = await run(['check', '--lang', 'en', 'seed.txt'], memoryIo({ 'seed.txt': seed }));
    expect(result.code).toBe(1);
    expect(result.out).toBe(
      [
        'seed.txt',
        '  128:1  error    Number out of order: expected 2, found 3                                                           JY003/out-of-order',
        '  136:1  error    Number out of order: expected 3, found 2                                                           JY003/out-of-order',
        '  136:1  warning  Displaced number 4 in marker 2 4: it belongs to the next headline without a number; this one is 2  JY005/broken-marker',
        '  146:1  warning  Headline has no number; inferred 4 from a number displaced into another headline                   JY006/inferred-number',
        '',
        '✖ 4 problems (2 errors, 2 warnings)',
        '',
      ].join('\n'),
    );
  });
});

describe('reporters', () => {
  it('stylish: a clean run prints nothing', async () => {
    expect(await run(['check', 'a.txt'], memoryIo({ 'a.txt': clean }))).toEqual({ code: 0, out: '', err: '' });
  });

  it('stylish: grouped by file, aligned, with a count in Chinese by default', async () => {
    const result = await run(['check', 'a.txt', 'b.txt', 'c.txt'], memoryIo({ 'a.txt': flawed, 'b.txt': clean, 'c.txt': warned }));
    expect(result.code).toBe(1);
    expect(result.out).toBe(
      [
        'a.txt',
        '  5:1  warning  同一组序号括号全半角混用：应为“（二）”，实为“(二)”  JY007/mixed-brackets',
        '  6:1  error    编号不连续：应为“（三）”，实为“（四）”              JY001/numbering-gap',
        '',
        'c.txt',
        '  5:1  warning  同一组序号后的标点不一致：应为“2.”，实为“2、”  JY008/mixed-delimiters',
        '',
        '✖ 3 个问题（1 个错误，2 个警告）',
        '',
      ].join('\n'),
    );
  });

  it('stylish: colour on a terminal, or with FORCE_COLOR; none with NO_COLOR', async () => {
    const red = '\u001b[31m';
    expect((await run(['check', 'a.txt'], memoryIo({ 'a.txt': flawed }, { isTTY: true }))).out).toContain(red);
    expect((await run(['check', 'a.txt'], memoryIo({ 'a.txt': flawed }, { env: { FORCE_COLOR: '1' } }))).out).toContain(red);
    expect((await run(['check', 'a.txt'], memoryIo({ 'a.txt': flawed }, { isTTY: true, env: { NO_COLOR: '1' } }))).out).not.toContain('\u001b[');
    expect((await run(['check', 'a.txt'], memoryIo({ 'a.txt': flawed }))).out).not.toContain('\u001b[');
  });

  it('json: an array of findings; a clean run prints []', async () => {
    expect(await run(['check', '--reporter', 'json', 'a.txt'], memoryIo({ 'a.txt': clean }))).toEqual({ code: 0, out: '[]\n', err: '' });
    const result = await run(['check', '-r', 'json', '--lang', 'en', 'a.txt'], memoryIo({ 'a.txt': flawed }));
    expect(JSON.parse(result.out)).toEqual([
      { file: 'a.txt', line: 5, column: 1, endLine: 5, endColumn: 4, ruleId: 'JY007/mixed-brackets', severity: 'warning', message: 'Mixed bracket widths in one sequence: expected （二）, found (二)', actual: '(二)', expected: '（二）', url: `${rulePages}JY007.md` },
      { file: 'a.txt', line: 6, column: 1, endLine: 6, endColumn: 4, ruleId: 'JY001/numbering-gap', severity: 'error', message: 'Numbering gap: expected （三）, found （四）', actual: '（四）', expected: '（三）', url: `${rulePages}JY001.md` },
    ]);
  });

  it('github: one workflow command per finding, properties escaped', async () => {
    const result = await run(['check', '--reporter', 'github', '--lang', 'en', 'dir,1/a:b.txt'], memoryIo({ 'dir,1/a:b.txt': flawed }));
    expect(result.code).toBe(1);
    expect(result.out).toBe(
      '::warning file=dir%2C1/a%3Ab.txt,line=5,col=1,endLine=5,endColumn=4,title=JY007/mixed-brackets::Mixed bracket widths in one sequence: expected （二）, found (二)\n' +
        '::error file=dir%2C1/a%3Ab.txt,line=6,col=1,endLine=6,endColumn=4,title=JY001/numbering-gap::Numbering gap: expected （三）, found （四）\n',
    );
    expect((await run(['check', '--reporter', 'github', 'a.txt'], memoryIo({ 'a.txt': clean }))).out).toBe('');
  });

  it('sarif: 2.1.0, one run, every rule described, results located', async () => {
    const result = await run(['check', '--reporter', 'sarif', '--lang', 'en', 'docs/a.txt'], memoryIo({ 'docs/a.txt': flawed }));
    expect(result.code).toBe(1);
    const log = JSON.parse(result.out);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-2\.1\.0/u);
    expect(log.runs).toHaveLength(1);
    const [sarifRun] = log.runs;
    expect(sarifRun.tool.driver.name).toBe('jyparse');
    expect(sarifRun.tool.driver.rules.map((rule: { id: string }) => rule.id)).toEqual(rules.map((rule) => rule.names[0]));
    for (const rule of sarifRun.tool.driver.rules) {
      expect(rule.name).toMatch(/^[a-z-]+$/u);
      expect(rule.shortDescription.text).not.toBe('');
      expect(rule.help.text).toContain('Bad:');
      expect(['error', 'warning', 'note']).toContain(rule.defaultConfiguration.level);
    }
    expect(sarifRun.results).toEqual([
      {
        ruleId: 'JY007',
        ruleIndex: 6,
        level: 'warning',
        message: { text: 'Mixed bracket widths in one sequence: expected （二）, found (二)' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/a.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 5, startColumn: 1, endLine: 5, endColumn: 4 } } }],
        partialFingerprints: { 'jyparseFinding/v1': expect.stringMatching(/^[0-9a-f]{16}$/u) },
      },
      {
        ruleId: 'JY001',
        ruleIndex: 0,
        level: 'error',
        message: { text: 'Numbering gap: expected （三）, found （四）' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/a.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 6, startColumn: 1, endLine: 6, endColumn: 4 } } }],
        partialFingerprints: { 'jyparseFinding/v1': expect.stringMatching(/^[0-9a-f]{16}$/u) },
      },
    ]);
    const empty = JSON.parse((await run(['check', '--reporter', 'sarif', 'a.txt'], memoryIo({ 'a.txt': clean }))).out);
    expect(empty.runs[0].results).toEqual([]);
  });
});

describe('exit codes', () => {
  it('0 for a clean document, and for warnings alone', async () => {
    expect((await run(['check', 'a.txt'], memoryIo({ 'a.txt': clean }))).code).toBe(0);
    expect((await run(['check', 'a.txt'], memoryIo({ 'a.txt': warned }))).code).toBe(0);
  });

  it('1 for an error', async () => {
    expect((await run(['check', 'a.txt'], memoryIo({ 'a.txt': flawed }))).code).toBe(1);
  });

  it('--max-warnings: 1 for more warnings than allowed, with a line on stderr', async () => {
    expect(await run(['check', '--max-warnings', '0', '-r', 'json', 'a.txt'], memoryIo({ 'a.txt': warned }))).toMatchObject({
      code: 1,
      err: 'jyparse: too many warnings (1; maximum 0)\n',
    });
    expect((await run(['check', '--max-warnings', '1', 'a.txt'], memoryIo({ 'a.txt': warned }))).code).toBe(0);
    expect((await run(['check', '--max-warnings', 'many', 'a.txt'], memoryIo({ 'a.txt': warned }))).code).toBe(2);
  });

  it('--quiet: errors only; warnings still count towards --max-warnings', async () => {
    const quiet = await run(['check', '--quiet', '-r', 'json', 'a.txt'], memoryIo({ 'a.txt': flawed }));
    expect(quiet.code).toBe(1);
    expect(rows(quiet.out)).toEqual([['JY001/numbering-gap', 6, 1, 'error']]);
    expect(await run(['check', '-q', 'a.txt'], memoryIo({ 'a.txt': warned }))).toEqual({ code: 0, out: '', err: '' });
    expect((await run(['check', '-q', '--max-warnings', '0', 'a.txt'], memoryIo({ 'a.txt': warned }))).code).toBe(1);
  });

  it('2 for an unreadable file; the other files are still checked', async () => {
    const result = await run(['check', '-r', 'json', 'missing.txt', 'a.txt'], memoryIo({ 'a.txt': flawed }));
    expect(result.code).toBe(2);
    expect(result.err).toBe('jyparse: error: cannot read missing.txt: no such file\njyparse: 1 of 2 inputs could not be checked\n');
    expect(rows(result.out).map(([ruleId]) => ruleId)).toEqual(['JY007/mixed-brackets', 'JY001/numbering-gap']);
  });

  it('2 for bytes that do not decode, one line naming the file', async () => {
    const result = await run(['check', '--encoding', 'utf8', 'bad.txt'], memoryIo({ 'bad.txt': new Uint8Array([0xe4, 0xb8, 0x41, 0x0a]) }));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^jyparse: error: bad\.txt: cannot decode: invalid UTF-8 at byte \d+\n$/u);
  });

  it('2 for bad usage', async () => {
    for (const argv of [['check', '--reporter', 'xml', 'a.txt'], ['check', '--lang', 'fr', 'a.txt'], ['check', '--encoding', 'latin1', 'a.txt']]) {
      const result = await run(argv, memoryIo({ 'a.txt': clean }));
      expect(result.code).toBe(2);
      expect(result.err).toMatch(/^jyparse: error: /u);
    }
  });
});

describe('input', () => {
  it('reads standard input with no file, or -', async () => {
    for (const argv of [['check', '-r', 'json'], ['check', '-r', 'json', '-']]) {
      const result = await run(argv, memoryIo({ '-': flawed }));
      expect(result.code).toBe(1);
      expect(JSON.parse(result.out)[0].file).toBe('<stdin>');
    }
  });

  it('--encoding decodes as asked', async () => {
    const bytes = new Uint8Array(Buffer.from(flawed, 'utf16le'));
    const result = await run(['check', '--encoding', 'utf16le', '-r', 'json', 'a.txt'], memoryIo({ 'a.txt': bytes }));
    expect(result.code).toBe(1);
    expect(rows(result.out).map(([ruleId, line]) => [ruleId, line])).toEqual([['JY007/mixed-brackets', 5], ['JY001/numbering-gap', 6]]);
  });

  it('checks CRLF text at the same lines and columns', async () => {
    const result = await run(['check', '-r', 'json', 'a.txt'], memoryIo({ 'a.txt': flawed.replace(/\n/gu, '\r\n') }));
    expect(rows(result.out)).toEqual([['JY007/mixed-brackets', 5, 1, 'warning'], ['JY001/numbering-gap', 6, 1, 'error']]);
  });
});

describe('--rule', () => {
  it.each(['JY001=off', 'numbering-gap=off', 'JY001/numbering-gap=off', 'jy001=0', 'JY001=false'])('%s turns a rule off', async (flag) => {
    const result = await run(['check', '--rule', flag, '-r', 'json', 'a.txt'], memoryIo({ 'a.txt': flawed }));
    expect(result.code).toBe(0);
    expect(rows(result.out).map(([ruleId]) => ruleId)).toEqual(['JY007/mixed-brackets']);
  });

  it('re-grades rules and can be repeated; the last flag for a rule wins', async () => {
    const result = await run(['check', '--rule', 'JY001=warn', '--rule', 'mixed-brackets=warn', '--rule', 'JY007=error', '-r', 'json', 'a.txt'], memoryIo({ 'a.txt': flawed }));
    expect(result.code).toBe(1);
    expect(rows(result.out)).toEqual([['JY007/mixed-brackets', 5, 1, 'error'], ['JY001/numbering-gap', 6, 1, 'warning']]);
  });

  it.each([
    ['JY099=off', 'jyparse: error: --rule: unknown rule `JY099` (known: JY001 to JY013, or their names; see docs/rules.md)\n'],
    ['JY001=loud', 'jyparse: error: --rule: rule `JY001`: invalid value `loud` (expected off, warn or error)\n'],
    ['JY001', 'jyparse: error: --rule `JY001`: expected RULE=off|warn|error\n'],
  ])('%s is a usage error', async (flag, message) => {
    const result = await run(['check', '--rule', flag, 'a.txt'], memoryIo({ 'a.txt': flawed }));
    expect(result).toEqual({ code: 2, out: '', err: message });
  });
});

describe('configuration', () => {
  const off = (name: string) => ({ rules: { [name]: 'off' } });

  it('.jyparserc.json beside the file', async () => {
    const result = await run(['check', '-r', 'json', 'a.txt'], memoryIo({ 'a.txt': flawed, '.jyparserc.json': JSON.stringify(off('JY001')) }));
    expect(result.code).toBe(0);
    expect(rows(result.out).map(([ruleId]) => ruleId)).toEqual(['JY007/mixed-brackets']);
  });

  it('.jyparserc.yaml and .jyparserc.yml', async () => {
    for (const name of ['.jyparserc.yaml', '.jyparserc.yml']) {
      const result = await run(['check', '-r', 'json', 'a.txt'], memoryIo({ 'a.txt': flawed, [name]: 'rules:\n  numbering-gap: off\n  JY007: error\n' }));
      expect(rows(result.out)).toEqual([['JY007/mixed-brackets', 5, 1, 'error']]);
    }
  });

  it('the jyparse key of package.json; a package.json without one is passed over', async () => {
    const withKey = await run(['check', '-r', 'json', 'a.txt'], memoryIo({ 'a.txt': flawed, 'package.json': JSON.stringify({ name: 'x', jyparse: off('JY007') }), '../.jyparserc.json': JSON.stringify(off('JY001')) }));
    expect(rows(withKey.out).map(([ruleId]) => ruleId)).toEqual([]);
    const withoutKey = await run(['check', '-r', 'json', 'a.txt'], memoryIo({ 'a.txt': flawed, 'package.json': JSON.stringify({ name: 'x' }), '../.jyparserc.json': JSON.stringify(off('JY001')) }));
    expect(rows(withoutKey.out).map(([ruleId]) => ruleId)).toEqual(['JY007/mixed-brackets']);
  });

  it('merges the configurations from the top down, the nearer winning rule by rule, and stops above `root: true`', async () => {
    const io = memoryIo({
      'docs/notices/a.txt': flawed,
      'docs/b.txt': flawed,
      'docs/notices/.jyparserc.json': JSON.stringify({ rules: { JY007: 'off', JY001: 'error' } }),
      '.jyparserc.json': JSON.stringify({ root: true, ...off('JY001') }),
      '/virtual/.jyparserc.json': JSON.stringify(off('JY007')),
    });
    const result = await run(['check', '-r', 'json', 'docs/notices/a.txt', 'docs/b.txt'], io);
    expect((JSON.parse(result.out) as Array<{ file: string; ruleId: string }>).map((finding) => [finding.file, finding.ruleId])).toEqual([
      ['docs/notices/a.txt', 'JY001/numbering-gap'],
      ['docs/b.txt', 'JY007/mixed-brackets'],
    ]);
    expect(io.reads).not.toContain('/virtual/.jyparserc.json');
  });

  it('--config replaces the search; --rule wins over it', async () => {
    const files = { 'a.txt': flawed, '.jyparserc.json': JSON.stringify(off('JY007')), 'ci/strict.yaml': 'rules:\n  JY001: off\n' };
    expect(rows((await run(['check', '-r', 'json', '--config', 'ci/strict.yaml', 'a.txt'], memoryIo(files))).out).map(([ruleId]) => ruleId)).toEqual(['JY007/mixed-brackets']);
    expect(rows((await run(['check', '-r', 'json', '-c', 'ci/strict.yaml', '--rule', 'JY001=error', 'a.txt'], memoryIo(files))).out).map(([ruleId]) => ruleId)).toEqual(['JY007/mixed-brackets', 'JY001/numbering-gap']);
  });

  it.each([
    ['an unknown rule', '.jyparserc.json', '{"rules":{"JY099":"off"}}', 'jyparse: error: .jyparserc.json: unknown rule `JY099` (known: JY001 to JY013, or their names; see docs/rules.md)\n'],
    ['a bad value', '.jyparserc.json', '{"rules":{"JY001":"sometimes"}}', 'jyparse: error: .jyparserc.json: rule `JY001`: invalid value `sometimes` (expected off, warn or error)\n'],
    ['an unknown key', '.jyparserc.json', '{"rule":{"JY001":"off"}}', 'jyparse: error: .jyparserc.json: unknown key `rule` (expected `root`, `extends`, `rules`, `ignores`, `overrides`, `plugins`)\n'],
    ['rules that are not an object', '.jyparserc.yml', 'rules:\n  - JY001\n', 'jyparse: error: .jyparserc.yml: `rules` must be an object of rule names and levels\n'],
  ])('%s is a configuration error (exit 2)', async (_name, file, text, message) => {
    const result = await run(['check', 'a.txt'], memoryIo({ 'a.txt': flawed, [file]: text }));
    expect(result).toEqual({ code: 2, out: '', err: message });
  });

  it('malformed JSON or YAML is a configuration error', async () => {
    const json = await run(['check', 'a.txt'], memoryIo({ 'a.txt': flawed, '.jyparserc.json': '{"rules": {' }));
    expect(json.code).toBe(2);
    expect(json.err).toMatch(/^jyparse: error: \.jyparserc\.json: invalid configuration: .+\n$/u);
    const yaml = await run(['check', 'a.txt'], memoryIo({ 'a.txt': flawed, '.jyparserc.yaml': 'rules: [unclosed\n' }));
    expect(yaml.code).toBe(2);
    expect(yaml.err).toMatch(/^jyparse: error: \.jyparserc\.yaml: invalid configuration: .+\n$/u);
  });

  it('a broken configuration fails the files under it, once; the others are checked', async () => {
    const io = memoryIo({ 'bad/a.txt': flawed, 'bad/b.txt': flawed, 'bad/.jyparserc.json': '{"rules":{"nope":"off"}}', 'good/c.txt': flawed });
    const result = await run(['check', '-r', 'json', 'bad/a.txt', 'bad/b.txt', 'good/c.txt'], io);
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'jyparse: error: bad/.jyparserc.json: unknown rule `nope` (known: JY001 to JY013, or their names; see docs/rules.md)\njyparse: 2 of 3 inputs could not be checked\n',
    );
    expect(new Set((JSON.parse(result.out) as Array<{ file: string }>).map((finding) => finding.file))).toEqual(new Set(['good/c.txt']));
  });

  it('a --config that cannot be read is a usage error', async () => {
    expect(await run(['check', '--config', 'nope.json', 'a.txt'], memoryIo({ 'a.txt': flawed }))).toEqual({
      code: 2,
      out: '',
      err: 'jyparse: error: cannot read configuration nope.json: no such file\n',
    });
    expect((await run(['check', '--config', 'package.json', 'a.txt'], memoryIo({ 'a.txt': flawed, 'package.json': '{"name":"x"}' }))).err).toBe(
      'jyparse: error: package.json: no `jyparse` key\n',
    );
  });
});
