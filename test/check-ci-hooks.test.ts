import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { bracketNotice, cleanNotice, gapNotice, tempProject } from './support/temp-project.js';

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
}

// Shell words, with single and double quotes (enough for the documented commands).
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/gu)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

/** The `jyparse check` commands of docs/ci.md: lines of `sh` blocks, `run:`/`script:` lines of YAML blocks, lint-staged's JSON. */
function documentedCommands(markdown: string): string[] {
  const commands: string[] = [];
  for (const [, language = '', body = ''] of markdown.matchAll(/```(\w+)\n([\s\S]*?)```/gu)) {
    for (const line of body.split('\n')) {
      const command = /(?:^|run: |- |": ")(?:npx (?:--yes )?)?(jyparse check[^"#]*)/u.exec(line.trim())?.[1];
      if (command !== undefined && ['sh', 'yaml', 'json'].includes(language)) commands.push(command.trim());
    }
  }
  for (const [, command = ''] of markdown.matchAll(/run `npx --yes (jyparse check [^`]+)`/gu)) commands.push(command);
  return commands;
}

function gitRepository(files: Record<string, string>) {
  const project = tempProject(files);
  const git = (...args: string[]): string => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: project.root, encoding: 'utf8' });
  git('init', '-q');
  return { ...project, git };
}

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parseYaml(read('.pre-commit-hooks.yaml')) as Hook[];

  it('has the jyparse-check hook, a node hook running jyparse check on the files it reads', () => {
    expect(hooks.map((hook) => hook.id)).toEqual(['jyparse-check']);
    const [hook] = hooks;
    expect(hook).toMatchObject({ language: 'node', entry: 'jyparse check' });
    const files = new RegExp(hook?.files ?? '$^', 'u');
    for (const name of ['a.txt', 'docs/b.md', 'c.pdf', 'd.docx', 'e.html', 'f.htm']) expect(files.test(name), name).toBe(true);
    for (const name of ['a.csv', 'b.json', 'txt']) expect(files.test(name), name).toBe(false);
  });

  it('its entry, run on the staged files as pre-commit runs it, fails on an error and passes a clean file', async () => {
    const [hook] = hooks;
    const project = gitRepository({ 'docs/a.txt': gapNotice, 'docs/b.txt': cleanNotice, 'notes.csv': gapNotice });
    project.git('add', 'docs/a.txt', 'docs/b.txt', 'notes.csv');
    const pattern = new RegExp(hook?.files ?? '$^', 'u');
    const staged = project.git('diff', '--cached', '--name-only').split('\n').filter((name) => name !== '' && pattern.test(name));
    expect(staged).toEqual(['docs/a.txt', 'docs/b.txt']);
    const [command = '', ...args] = words(hook?.entry ?? '');
    expect(command).toBe('jyparse');
    const failing = await project.run([...args, ...staged]);
    expect(failing.code).toBe(1);
    expect(failing.out).toContain('docs/a.txt');
    expect(failing.out).toContain('JY001/numbering-gap');
    expect((await project.run([...args, 'docs/b.txt'])).code).toBe(0);
  });

  it('npm pack writes only the tarball name to stdout: prepare writes to stderr, and .npmrc runs it in the background', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.prepare).toMatch(/1>&2$/u);
    expect(read('.npmrc')).toMatch(/^foreground-scripts=false$/mu);
  });
});

describe('action.yml', () => {
  it('is a composite action that runs jyparse check and can upload SARIF', () => {
    const action = parseYaml(read('action.yml')) as {
      runs: { using: string; steps: Array<{ run?: string; uses?: string; if?: string }> };
      inputs: Record<string, { default: string }>;
    };
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['files', 'args', 'sarif', 'sarif-file']));
    const runs = action.runs.steps.map((step) => step.run ?? '').join('\n');
    expect(runs).toContain('check --reporter github');
    expect(runs).toContain('check --reporter sarif --output-file');
    const upload = action.runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif'));
    expect(upload?.if).toContain("inputs.sarif == 'true'");
    // Inputs reach the scripts through the environment, never spliced into them.
    expect(runs).not.toContain('${{');
  });
});

describe('docs/ci.md', () => {
  const markdown = read('docs/ci.md');

  it('every YAML and JSON example parses', () => {
    for (const [, language, body = ''] of markdown.matchAll(/```(yaml|json)\n([\s\S]*?)```/gu)) {
      expect(() => (language === 'json' ? JSON.parse(body) : parseYaml(body)), body).not.toThrow();
    }
  });

  it('every jyparse check command it shows runs in a repository like the one described (exit 0 or 1, no error)', async () => {
    const commands = documentedCommands(markdown);
    expect(commands.length).toBeGreaterThanOrEqual(12);
    const configExample = /```yaml\n(# \.jyparserc\.yaml[\s\S]*?)```/u.exec(markdown)?.[1] ?? '';
    const project = gitRepository({
      '.jyparserc.yaml': configExample,
      '.jyparseignore': 'drafts/\n',
      'docs/notice.txt': bracketNotice,
      'docs/a.txt': gapNotice,
      'docs/drafts/x.txt': gapNotice,
      'docs/x.draft.txt': gapNotice,
      'minutes/m.txt': cleanNotice,
      'notice.txt': gapNotice,
    });
    for (const command of commands) {
      const parts = words(command);
      const redirect = parts.indexOf('<');
      const stdin = redirect >= 0 ? project.read(parts[redirect + 1] ?? '') : '';
      const argv = (redirect >= 0 ? parts.slice(0, redirect) : parts).slice(1);
      const lintStaged = command.endsWith('--max-warnings 0') && markdown.includes(`"*.{txt,md}": "${command}"`);
      const result = await project.run(lintStaged ? [...argv, 'docs/notice.txt'] : argv, { stdin });
      expect([0, 1], `${command}\n${result.err}`).toContain(result.code);
      expect(result.err, command).not.toContain('error:');
    }
  });
});
