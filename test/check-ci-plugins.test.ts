import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pluginRules } from '../src/check/plugin.js';
import { bracketNotice, tempProject } from './support/temp-project.js';

const markdown = readFileSync(new URL('../docs/plugins.md', import.meta.url), 'utf8');

/** The blocks of docs/plugins.md in order: files (a `file:` first line), commands and outputs. */
function blocks(): Array<{ language: string; body: string; file?: string }> {
  return [...markdown.matchAll(/```(\w+)\n([\s\S]*?)```/gu)].map(([, language = '', body = '']) => {
    const file = /^(?:\/\/|#) file: (\S+)\n/u.exec(body);
    return file ? { language, body: body.slice(file[0].length), file: file[1] ?? '' } : { language, body };
  });
}

describe('docs/plugins.md', () => {
  it('runs every example and prints what it shows', async () => {
    const all = blocks();
    const files = Object.fromEntries(all.flatMap((block) => (block.file ? [[block.file, block.body]] : [])));
    expect(Object.keys(files)).toEqual(['placeholders.mjs', '.jyparserc.yaml', 'notice.txt', 'tally.mjs']);
    const project = tempProject({ ...files, '.git/HEAD': '' });
    const runs = all.flatMap((block, at) => (block.language === 'sh' ? [[block.body.trim(), all[at + 1]?.body ?? '']] : []));
    expect(runs).toHaveLength(2);
    for (const [command = '', expected] of runs) {
      const result = await project.run(command.split(' ').slice(1));
      expect(result.err, command).toBe('');
      expect(result.out, command).toBe(expected);
    }
  });

  it('the plugin rule can be set and shows in --print-config; a clash or a bad shape is an error', async () => {
    const files = Object.fromEntries(blocks().flatMap((block) => (block.file ? [[block.file, block.body]] : [])));
    const project = tempProject({ ...files, '.git/HEAD': '' });
    const printed = JSON.parse((await project.run(['check', '--print-config', 'notice.txt'])).out) as { rules: Record<string, string> };
    expect(printed.rules).toMatchObject({ JY001: 'error', X001: 'warning' });
    project.write('.jyparserc.yaml', 'plugins: [./placeholders.mjs]\nrules:\n  X001: error\n');
    const sarif = JSON.parse((await project.run(['check', '-r', 'sarif', 'notice.txt'])).out);
    expect(sarif.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toContain('X001');
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'X001', level: 'error' });
    project.write('.jyparserc.yaml', 'plugins: [./missing.mjs]\n');
    expect(await project.run(['check', 'notice.txt'])).toMatchObject({ code: 2, err: 'jyparse: error: .jyparserc.yaml: cannot find plugin `./missing.mjs`\n' });
    project.write('.jyparserc.yaml', 'rules:\n  X001: error\n');
    expect((await project.run(['check', 'notice.txt'])).err).toMatch(/^jyparse: error: \.jyparserc\.yaml: unknown rule `X001`/u);
  });

  it('checks a plugin rule’s shape and names', () => {
    const rule = { names: ['JY001', 'gap'], description: { en: '', zh: '' }, severity: 'error', tags: [], examples: { bad: [], good: [] }, check: () => [] };
    expect(pluginRules(rule, 'p').errors).toEqual(['p: rule `JY001` is already defined']);
    expect(pluginRules({ ...rule, names: ['X1', 'x'], check: undefined }, 'p').errors).toEqual(['p: its default export needs a `check(context)` function (see docs/plugins.md)']);
    expect(pluginRules({ rules: [{ ...rule, names: ['X1', 'x'] }] }, 'p').rules).toHaveLength(1);
  });
});

describe('--reporter with a module', () => {
  it('an unknown name, a missing module and a module without a function are errors (exit 2)', async () => {
    const project = tempProject({ 'a.txt': bracketNotice, 'bad.mjs': 'export default 3;\n', 'object.mjs': 'export default () => 3;\n' });
    expect(await project.run(['check', '-r', 'fancy', 'a.txt'])).toMatchObject({ code: 2, out: '', err: 'jyparse: error: unknown reporter `fancy` (expected stylish, json, github, sarif, junit, gitlab, or a module such as ./reporter.mjs)\n' });
    expect((await project.run(['check', '-r', './nowhere.mjs', 'a.txt'])).err).toMatch(/^jyparse: error: cannot load reporter \.\/nowhere\.mjs: /u);
    expect((await project.run(['check', '-r', './bad.mjs', 'a.txt'])).err).toBe('jyparse: error: reporter ./bad.mjs: its default export is not a function (see docs/plugins.md)\n');
    expect(await project.run(['check', '-r', './object.mjs', 'a.txt'])).toMatchObject({ code: 2, err: 'jyparse: error: reporter ./object.mjs returned number, not text\n' });
  });
});
