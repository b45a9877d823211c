import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { starterConfig } from '../src/cli/init-config.js';
import { rules } from '../src/check/registry.js';
import { bracketNotice, delimiterNotice, gapNotice, tempProject } from './support/temp-project.js';

type Finding = { file: string; ruleId: string; severity: string };
const findings = (out: string): Array<[string, string, string]> => (JSON.parse(out) as Finding[]).map((finding) => [finding.file, finding.ruleId.slice(0, 5), finding.severity]);
const printed = (out: string) => JSON.parse(out) as { files: string[]; ignored: boolean; rules: Record<string, string> };

// A repository: a root configuration extending the recommended preset, a folder with its own.
function repository() {
  const project = tempProject({
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.jyparserc.yaml': 'extends: jyparse:recommended\nrules:\n  JY007: error\n  JY001: off\nignores:\n  - "*.draft.txt"\noverrides:\n  - files: ["minutes/**"]\n    rules: { JY008: off }\n',
    'docs/a.txt': gapNotice,
    'docs/b.txt': bracketNotice,
    'docs/x.draft.txt': gapNotice,
    'docs/strict/.jyparserc.json': JSON.stringify({ rules: { JY001: 'error', JY007: 'warn' } }),
    'docs/strict/c.txt': gapNotice,
    'docs/strict/d.txt': bracketNotice,
    'minutes/m.txt': delimiterNotice,
    'notes/n.txt': delimiterNotice,
  });
  return project;
}

describe('configurations compose', () => {
  it('merges the root and a folder configuration rule by rule, the nearer winning', async () => {
    const project = repository();
    const result = await project.run(['check', '-r', 'json', 'docs', 'minutes', 'notes']);
    expect(findings(result.out)).toEqual([
      ['docs/b.txt', 'JY007', 'error'],
      ['docs/strict/c.txt', 'JY001', 'error'],
      ['docs/strict/d.txt', 'JY007', 'warning'],
      ['notes/n.txt', 'JY008', 'warning'],
    ]);
  });

  it('--print-config shows both merged, with every rule, and which files applied', async () => {
    const project = repository();
    const result = await project.run(['check', '--print-config', 'docs/strict/c.txt']);
    expect(result.code).toBe(0);
    const config = printed(result.out);
    expect(config.files).toEqual(['.jyparserc.yaml', 'docs/strict/.jyparserc.json']);
    expect(config.ignored).toBe(false);
    expect(Object.keys(config.rules)).toEqual(rules.map((rule) => rule.names[0]));
    expect(config.rules).toMatchObject({ JY001: 'error', JY007: 'warning', JY008: 'warning', JY004: 'error' });
    expect(printed((await project.run(['check', '--print-config', 'minutes/m.txt'])).out).rules).toMatchObject({ JY001: 'off', JY007: 'error', JY008: 'off' });
    expect(printed((await project.run(['check', '--print-config', 'docs/y.draft.txt'])).out).ignored).toBe(true);
  });

  it('`ignores` skips files found by a folder or glob, and warns for one named outright', async () => {
    const project = repository();
    const named = await project.run(['check', '-r', 'json', 'docs/x.draft.txt', 'docs/a.txt']);
    expect(findings(named.out)).toEqual([]);
    expect(named.err).toBe('jyparse: warning: docs/x.draft.txt: ignored by `ignores` in .jyparserc.yaml (--no-ignore checks it)\n');
    const unignored = await project.run(['check', '-r', 'json', '--no-ignore', '--rule', 'JY001=error', 'docs/x.draft.txt']);
    expect(unignored.err).toBe('');
    expect(findings(unignored.out)).toEqual([['docs/x.draft.txt', 'JY001', 'error']]);
  });

  it('--no-config uses the defaults and --rule; --config replaces the cascade', async () => {
    const project = repository();
    expect(findings((await project.run(['check', '-r', 'json', '--no-config', 'docs/b.txt'])).out)).toEqual([['docs/b.txt', 'JY007', 'warning']]);
    expect(findings((await project.run(['check', '-r', 'json', '--no-config', '--rule', 'JY007=error', 'docs/b.txt'])).out)).toEqual([['docs/b.txt', 'JY007', 'error']]);
    project.write('ci.yaml', 'extends: jyparse:strict\n');
    expect(findings((await project.run(['check', '-r', 'json', '-c', 'ci.yaml', 'docs/strict/d.txt'])).out)).toEqual([['docs/strict/d.txt', 'JY007', 'error']]);
  });

  it('extends a path and a package; presets, missing targets and circles', async () => {
    const project = tempProject({
      'base/shared.json': JSON.stringify({ rules: { JY007: 'off' } }),
      'node_modules/jyparse-config-house/package.json': JSON.stringify({ name: 'jyparse-config-house', main: 'config.json' }),
      'node_modules/jyparse-config-house/config.json': JSON.stringify({ extends: 'jyparse:strict', rules: { JY008: 'off' } }),
      'a.txt': bracketNotice,
      'b.txt': delimiterNotice,
    });
    project.write('.jyparserc.json', JSON.stringify({ root: true, extends: ['./base/shared.json'] }));
    expect(printed((await project.run(['check', '--print-config', 'a.txt'])).out).rules).toMatchObject({ JY007: 'off', JY008: 'warning' });
    project.write('.jyparserc.json', JSON.stringify({ root: true, extends: ['jyparse-config-house'] }));
    expect(printed((await project.run(['check', '--print-config', 'a.txt'])).out).rules).toMatchObject({ JY007: 'error', JY008: 'off', JY013: 'error' });
    project.write('.jyparserc.json', JSON.stringify({ root: true, extends: ['jyparse-config-house', './base/shared.json'] }));
    expect(printed((await project.run(['check', '--print-config', 'a.txt'])).out).rules).toMatchObject({ JY007: 'off', JY008: 'off' });

    project.write('.jyparserc.json', JSON.stringify({ root: true, extends: 'jyparse:lenient' }));
    expect(await project.run(['check', 'a.txt'])).toMatchObject({ code: 2, err: 'jyparse: error: .jyparserc.json: unknown preset `jyparse:lenient` (known: jyparse:recommended, jyparse:strict)\n' });
    project.write('.jyparserc.json', JSON.stringify({ root: true, extends: './nowhere.json' }));
    expect(await project.run(['check', 'a.txt'])).toMatchObject({ code: 2, err: 'jyparse: error: cannot read configuration nowhere.json: no such file\n' });
    project.write('.jyparserc.json', JSON.stringify({ root: true, extends: 'jyparse-config-missing' }));
    expect(await project.run(['check', 'a.txt'])).toMatchObject({ code: 2, err: 'jyparse: error: .jyparserc.json: cannot find `jyparse-config-missing` to extend\n' });
    project.write('.jyparserc.json', JSON.stringify({ root: true, extends: './base/loop.json' }));
    project.write('base/loop.json', JSON.stringify({ extends: '../.jyparserc.json' }));
    const loop = await project.run(['check', 'a.txt']);
    expect(loop.code).toBe(2);
    expect(loop.err).toBe('jyparse: error: base/loop.json: `extends` goes round in a circle through .jyparserc.json\n');
  });

  it('rejects a bad `overrides` block and a bad `ignores` value, never ignoring them', async () => {
    const project = tempProject({ 'a.txt': bracketNotice });
    project.write('.jyparserc.json', JSON.stringify({ root: true, overrides: [{ rules: { JY007: 'off' } }], ignores: 3 }));
    const result = await project.run(['check', 'a.txt']);
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'jyparse: error: .jyparserc.json: `ignores` must be a string or an array of strings\n' +
        'jyparse: error: .jyparserc.json: overrides[0]: `files` is required\n',
    );
  });
});

describe('check --init', () => {
  it('writes a commented starter that loads as it is, and never over an existing one', async () => {
    const project = tempProject({ 'a.txt': bracketNotice });
    mkdirSync(join(project.root, '.git'));
    expect(await project.run(['check', '--init'])).toEqual({ code: 0, out: 'wrote .jyparserc.yaml\n', err: '' });
    expect(project.read('.jyparserc.yaml')).toBe(starterConfig);
    expect(starterConfig).toContain('# ');
    expect(parseYaml(starterConfig)).toEqual({ extends: 'jyparse:recommended', rules: {}, ignores: [], overrides: [] });
    expect(printed((await project.run(['check', '--print-config', 'a.txt'])).out).files).toEqual(['.jyparserc.yaml']);
    const again = await project.run(['check', '--init']);
    expect(again).toMatchObject({ code: 2, out: '' });
    expect(again.err).toBe('jyparse: error: .jyparserc.yaml exists already; --init writes a new configuration only where there is none\n');
  });
});
