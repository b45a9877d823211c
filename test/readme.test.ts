import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleId, rules } from '../src/check/registry.js';
import type { Rule } from '../src/check/types.js';

const root = new URL('../', import.meta.url);
const readText = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const readme = readText('README.md');
const setUp = ['npm ci && node bin/jyparse.js seeds/000_ef45b06f2ab55175.txt --format yaml', 'npm test'];

/** The README's table of check rules, one row a rule, linked to its entry in docs/rules.md. */
function readmeRulesTable(registry: readonly Rule[]): string {
  const cell = (text: string): string => text.replace(/\|/gu, '\\|');
  const rows = registry.map((rule) => {
    const anchor = ruleId(rule).toLowerCase().replace('/', '-');
    return `| [\`${rule.names[0]}\`](docs/rules.md#${anchor}) | \`${rule.names[1]}\` | ${rule.severity} | ${cell(rule.description.en)} |`;
  });
  return ['| Rule | Alias | Severity | What it catches |', '|---|---|---|---|', ...rows].join('\n') + '\n';
}

/** The anchors a Markdown file offers: `id="…"` attributes and GitHub's slugs of its headings. */
function anchorsOf(markdown: string): Set<string> {
  const ids = [...markdown.matchAll(/\bid="([^"]+)"/gu)].map((match) => match[1] as string);
  const slugs = [...markdown.matchAll(/^#{1,6} (.+)$/gmu)].map((match) =>
    (match[1] as string).trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/gu, '-'));
  return new Set([...ids, ...slugs]);
}

describe('README', () => {
  it('opens with exactly the two set-up commands, before anything else is shown', () => {
    const firstFence = /^```(\w*)\n([\s\S]*?)^```/mu.exec(readme);
    expect(firstFence?.[1]).toBe('sh');
    expect(firstFence?.[2]).toBe(`${setUp.join('\n')}\n`);
    expect(readme.indexOf('\n## ')).toBeGreaterThan(firstFence?.index ?? Infinity);
  });

  it('is at most 16 KB', () => {
    expect(Buffer.byteLength(readme)).toBeLessThanOrEqual(16 * 1024);
  });

  it('gives set-up commands that work on a fresh clone', () => {
    const manifest = JSON.parse(readText('package.json')) as { scripts: Record<string, string>; dependencies: object; devDependencies: object };
    // `npm ci` installs from the lock file only, and fails when it is out of step with package.json.
    const lock = JSON.parse(readText('package-lock.json')) as { packages: Record<string, { dependencies?: object; devDependencies?: object }> };
    expect(lock.packages['']?.dependencies).toEqual(manifest.dependencies);
    expect(lock.packages['']?.devDependencies).toEqual(manifest.devDependencies);
    // A fresh clone has no dist/: `npm ci` builds it through `prepare`, and `npm test` builds first.
    expect(manifest.scripts.prepare).toMatch(/\bnpm run build\b/u);
    expect(manifest.scripts.test).toMatch(/^npm run build && /u);
    const yaml = execFileSync(process.execPath, ['bin/jyparse.js', 'seeds/000_ef45b06f2ab55175.txt', '--format', 'yaml'], { cwd: root, encoding: 'utf8' });
    expect(yaml).toMatch(/^type: document\ntitle: 加快建设教育强市 推进教育现代化\n/u);
  });

  it('holds the rules table, generated from the registry', () => {
    const table = readmeRulesTable(rules);
    // Row by row first, so that a failure names the row to paste.
    for (const row of table.split('\n').slice(2, -1)) expect(readme, 'a row of the rules table').toContain(row);
    expect(readme).toContain(table);
  });

  it('links only to files and anchors that exist', () => {
    const links = [...readme.matchAll(/\]\(([^)#]+)(?:#([^)]+))?\)/gu)].filter((match) => !/^[a-z]+:/u.test(match[1] as string));
    expect(links.length).toBeGreaterThan(0);
    for (const [, path, anchor] of links) {
      expect(existsSync(new URL(path as string, root)), path).toBe(true);
      if (anchor !== undefined) expect(anchorsOf(readText(path as string)).has(anchor), `${path}#${anchor}`).toBe(true);
    }
  });
});

describe('docs/spec.md', () => {
  const spec = readText('docs/spec.md');
  const sections = [...spec.matchAll(/^## (\d+)\. /gmu)].map((match) => Number(match[1]));

  it('numbers its sections 1, 2, 3 … in order', () => {
    expect(sections.length).toBeGreaterThanOrEqual(10);
    expect(sections).toEqual(sections.map((_, index) => index + 1));
  });

  it('holds every section the code cites (`SPEC section N`, `SPEC sections N and M`, `SPEC N`)', () => {
    const files = ['src', 'scripts', 'test'].flatMap((dir) =>
      readdirSync(new URL(`${dir}/`, root), { recursive: true, encoding: 'utf8' })
        .filter((name) => /\.(?:ts|mts|mjs|js)$/u.test(name))
        .map((name) => `${dir}/${name}`));
    const cited: string[] = [];
    for (const file of files) {
      for (const match of readText(file).matchAll(/\bSPEC(?: sections?)? (\d+)((?:(?:, | and )\d+)*)/gu)) {
        for (const number of `${match[1]}${match[2]}`.split(/, | and /u)) cited.push(`${file}: ${number}`);
      }
    }
    expect(cited.length).toBeGreaterThan(10);
    const missing = cited.filter((citation) => !sections.includes(Number(citation.split(': ')[1])));
    expect(missing).toEqual([]);
  });

  // The shared specification sits beside the main checkout; a clone on its own has only this copy.
  const shared = new URL('../shared/SPEC.md', root);
  it.skipIf(!existsSync(shared))('is the shared specification, with paths inside this repository', () => {
    const paths: Array<[string, string]> = [
      [' (copy it from `../shared/seeds/`)', ''],
      ['`../shared/seed-outline.txt`', '`seeds/000_ef45b06f2ab55175.outline`'],
      ['`node ../shared/tools/score.mjs`', '`node scripts/score.mjs`'],
      ['(see the end of this page)', '(section 8)'],
      ['node ../shared/tools/score.mjs ../shared/seed-outline.txt', 'node scripts/score.mjs seeds/000_ef45b06f2ab55175.outline'],
    ];
    const expected = paths.reduce((text, [from, to]) => text.replace(from, to), readFileSync(shared, 'utf8'));
    // The copy adds a note under the title, and nothing else.
    const withoutNote = spec.replace(/^(# [^\n]*\n)\n(?:> [^\n]*\n)+/u, '$1');
    expect(withoutNote).toBe(expected);
  });
});

describe('docs/architecture.md', () => {
  const architecture = readText('docs/architecture.md');
  const src = new URL('src/', root);
  // A folder of src/, or a module that stands at its top (`parse.ts`).
  const topOf = (path: string): string => path.split('/')[0] as string;
  const graph = new Map<string, Set<string>>();
  for (const name of readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((file) => /(?<!\.d)\.ts$/u.test(file))) {
    const from = topOf(name);
    const text = readFileSync(new URL(name, src), 'utf8');
    for (const match of text.matchAll(/(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/gu)) {
      const target = new URL((match[1] ?? match[2] as string).replace(/\.js$/u, '.ts'), new URL(name, src));
      const to = topOf(target.href.slice(src.href.length));
      if (to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  const tops = readdirSync(src).filter((name) => !name.endsWith('.d.ts'));

  it('shows the imports between the folders of src/ as they are', () => {
    const rows = [...graph].sort(([a], [b]) => a.localeCompare(b))
      .map(([from, to]) => `| \`${from}\` | ${[...to].sort().map((name) => `\`${name}\``).join(', ')} |`);
    const table = ['| folder | imports |', '|---|---|', ...rows].join('\n');
    const shown = /<!-- folder-graph -->\n([\s\S]*?)\n<!-- \/folder-graph -->/u.exec(architecture)?.[1];
    expect(shown, 'paste the table the code has between the folder-graph comments').toBe(table);
  });

  it('gives every folder a level, and every import runs down the levels', () => {
    const levels = new Map<string, number>();
    for (const [, level, names] of architecture.matchAll(/^\| (\d) \| ((?:`[^`]+`(?:, )?)+) \|$/gmu)) {
      for (const [, name] of (names as string).matchAll(/`([^`]+)`/gu)) levels.set(name as string, Number(level));
    }
    expect(tops.filter((name) => !levels.has(name))).toEqual([]);
    const upwards = [...graph].flatMap(([from, to]) => [...to]
      .filter((name) => (levels.get(name) ?? 0) <= (levels.get(from) ?? 0))
      .map((name) => `${from} -> ${name}`));
    expect(upwards).toEqual([]);
  });
});
