import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npmEnv = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

interface PackResult {
  filename: string;
  files: Array<{ path: string }>;
}

// Scripts are skipped: `npm test` has just built dist/, and `prepare` would rebuild it under
// other tests that read it.
const pack = (...args: string[]): PackResult =>
  (JSON.parse(execFileSync(npm, ['pack', '--json', '--ignore-scripts', ...args], { cwd: root, env: npmEnv, encoding: 'utf8' })) as PackResult[])[0] as PackResult;

describe('npm pack', () => {
  it('ships only what users need: compiled code and types, bin, schema, docs, README, LICENSE', () => {
    const files = pack('--dry-run').files.map((file) => file.path).sort();
    const outside = files.filter((path) => !path.startsWith('dist/') && !path.startsWith('docs/'));
    expect(outside).toEqual(['LICENSE', 'README.md', 'bin/jyparse.js', 'package.json', 'schema.json']);
    // The rule pages every finding's `url` points at, and the CI guide.
    expect(files).toEqual(expect.arrayContaining(['docs/rules/JY001.md', 'docs/ci.md', 'docs/plugins.md']));
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/unified.js', 'dist/unified.d.ts', 'dist/cli/main.js']));
    // The bundled CLI that bin/jyparse.js runs, every chunk of it; not the bundler's metafile.
    const bundle = files.filter((path) => path.startsWith('dist/bundle/'));
    expect(bundle).toEqual(expect.arrayContaining(['dist/bundle/main.js', 'dist/bundle/worker.js']));
    expect(bundle.sort()).toEqual(readdirSync(join(root, 'dist/bundle')).filter((name) => name.endsWith('.js')).map((name) => `dist/bundle/${name}`).sort());
    expect(files.filter((path) => path.startsWith('dist/')).every((path) => /\.(?:js|d\.ts)$/u.test(path))).toBe(true);
    expect(files.filter((path) => /^(?:src|test|fixtures|seeds|scripts|\.ci)\//u.test(path) || path.endsWith('.tgz'))).toEqual([]);
  });
});

// Installs the packed tarball into an empty folder, from the npm cache (the project's own install
// filled it), and uses it as a user would.
describe('the packed package, installed into an empty folder', () => {
  let work = '';
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('installs, and its bin, API, unified plugins, schema and types work', { timeout: 300_000 }, () => {
    work = mkdtempSync(join(tmpdir(), 'jyparse-pack-'));
    const { filename } = pack('--pack-destination', work);
    const app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'app', private: true, type: 'module' })}\n`);
    const install = (...flags: string[]): void => {
      execFileSync(npm, ['install', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts', ...flags, join(work, filename)], {
        cwd: app,
        env: npmEnv,
        stdio: 'pipe',
      });
    };
    // Offline first: the dependencies are in the cache. Only if that fails, ask the npm registry.
    try {
      install('--offline');
    } catch {
      install('--prefer-offline');
    }
    expect(readdirSync(join(app, 'node_modules', 'jyparse')).sort()).toEqual(['LICENSE', 'README.md', 'bin', 'dist', 'docs', 'package.json', 'schema.json']);

    // The bin, on a small text.
    writeFileSync(join(app, 'in.txt'), '全市经济工作会议要点\n\n一、总体要求\n\n坚持稳中求进。一是稳增长；二是防风险。\n');
    const bin = join(app, 'node_modules', '.bin', process.platform === 'win32' ? 'jyparse.cmd' : 'jyparse');
    const markdown = execFileSync(bin, ['in.txt'], { cwd: app, encoding: 'utf8' });
    expect(markdown).toBe('# 全市经济工作会议要点\n\n## 一、总体要求\n\n坚持稳中求进。\n\n- 一是稳增长；\n- 二是防风险。\n');
    const json = JSON.parse(execFileSync(bin, ['in.txt', '--format', 'json'], { cwd: app, encoding: 'utf8' })) as { type: string };
    expect(json.type).toBe('document');

    // The API, the unified pipeline and the schema, by the package's name.
    writeFileSync(join(app, 'use.mjs'), [
      "import { readFileSync } from 'node:fs';",
      "import { unified } from 'unified';",
      "import remarkStringify from 'remark-stringify';",
      "import { assertTree, figures, parse, toMarkdown } from 'jyparse';",
      "import { jyParse, jyToMdast } from 'jyparse/unified';",
      "import schema from 'jyparse/schema.json' with { type: 'json' };",
      "const text = readFileSync('in.txt', 'utf8');",
      'const tree = parse(text);',
      'assertTree(tree);',
      'const piped = String(await unified().use(jyParse).use(jyToMdast).use(remarkStringify).process(text));',
      'console.log(JSON.stringify({ same: piped === toMarkdown(tree), version: schema.schemaVersion === tree.data.schemaVersion, figures: figures(tree).length }));',
    ].join('\n'));
    const used = JSON.parse(execFileSync(process.execPath, ['use.mjs'], { cwd: app, encoding: 'utf8' })) as unknown;
    expect(used).toEqual({ same: true, version: true, figures: 0 });

    // The types, as a TypeScript user sees them (NodeNext resolution through `exports`).
    writeFileSync(join(app, 'use.ts'), [
      "import { parse, type Document, type Item } from 'jyparse';",
      "import { jyParse, jyToMdast } from 'jyparse/unified';",
      "const tree: Document = parse('一是稳增长。');",
      "const items: Item[] = tree.children.flatMap((node) => (node.type === 'list' ? node.children : []));",
      'export const used = [items.length, jyParse, jyToMdast];',
    ].join('\n'));
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [] },
      files: ['use.ts'],
    }));
    execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', app], { cwd: app, stdio: 'pipe' });
  });
});
