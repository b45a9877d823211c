import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// What each command loads at start-up, from the real binary: a loader hook records every file the
// process loads (test/support/record-loads.mjs), and the bundler's metafile
// (dist/bundle/meta.json, written by scripts/bundle.mjs) says which modules each bundle file
// holds. Every writer, the check rules and the YAML parser are behind a dynamic `import()`; an
// import made static anywhere on the way makes its chunk load, and these tests fail.

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'bin/jyparse.js');
const seed = join(root, 'seeds/000_ef45b06f2ab55175.txt');
const recorder = pathToFileURL(join(root, 'test/support/record-loads.mjs')).href;

/** unified, remark and what they bring: only Markdown output needs them (`node_modules` may be a link). */
const unifiedStack = /(?:^|\/)node_modules\/(?:unified|remark-[\w-]+|mdast-util-[\w-]+|micromark[\w-]*)\//u;
const yamlParser = /(?:^|\/)node_modules\/yaml\//u;
const checkCode = /^dist\/check\//u;
/** The readers of PDF, Word and HTML files and what they bring: a text input needs none of them. */
const readerStack = /(?:^|\/)node_modules\/(?:pdfjs-dist|fflate|saxes|hast-util-from-html|parse5)\/|^dist\/read\/(?:pdf|docx|html)\//u;
const checkRules = /^dist\/check\/rules\//u;

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown>; entryPoint?: string }>;
}

interface Loaded {
  /** The files loaded, relative to the package root. */
  files: string[];
  /** The modules in them, as the metafile names them (`dist/cli/main.js`, `node_modules/yaml/…`). */
  modules: string[];
}

let work = '';
let meta: Metafile;
let runs = 0;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'jyparse-startup-'));
  meta = JSON.parse(readFileSync(join(root, 'dist/bundle/meta.json'), 'utf8')) as Metafile;
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Run the binary with the recording hook; what it loaded, in the order it did. */
function loadedBy(args: string[], cwd = root): Loaded {
  const log = join(work, `loaded-${runs++}.txt`);
  const result = spawnSync(process.execPath, ['--import', recorder, bin, ...args], {
    cwd,
    env: { ...process.env, JY_RECORD_LOADS: log, NO_COLOR: '1', FORCE_COLOR: '' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // 1: `check` found errors in the seed, which has some.
  expect([0, 1], result.stderr).toContain(result.status);
  const urls = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  const files = [...new Set(urls.map((url) => relative(root, fileURLToPath(url)).split(sep).join('/')))];
  const modules = files.flatMap((file) => Object.keys(meta.outputs[file]?.inputs ?? {}));
  return { files, modules };
}

const matching = (modules: readonly string[], pattern: RegExp): string[] => modules.filter((name) => pattern.test(name));

describe('start-up: what each command loads', () => {
  it('runs the bundle: nothing but bin/jyparse.js and files of dist/bundle/', () => {
    const { files, modules } = loadedBy([seed, '--format', 'json']);
    expect(files[0]).toBe('bin/jyparse.js');
    expect(files.slice(1).filter((file) => meta.outputs[file] === undefined)).toEqual([]);
    expect(files).toContain('dist/bundle/main.js');
    expect(modules).toEqual(expect.arrayContaining(['dist/cli/main.js', 'dist/parse.js']));
  });

  it('--format json loads no unified, remark, yaml, other writers or check code', () => {
    const { modules } = loadedBy([seed, '--format', 'json']);
    expect(matching(modules, unifiedStack)).toEqual([]);
    expect(matching(modules, yamlParser)).toEqual([]);
    expect(matching(modules, /^dist\/write\/(?:markdown|yaml|terminal)\.js$/u)).toEqual([]);
    expect(matching(modules, checkCode)).toEqual([]);
  });

  it('a text input loads no reader: no pdf.js, unzip, XML or HTML parser, in any command', () => {
    for (const args of [[seed, '--format', 'json'], ['check', seed], ['stats', seed], ['text', seed]]) {
      // pdf.js stays outside the bundle: its files are loaded from node_modules, not bundled modules.
      const { files, modules } = loadedBy(args);
      expect(matching([...files, ...modules], readerStack), args.join(' ')).toEqual([]);
    }
  });

  it('loads the reader a file needs, and no other', () => {
    const pdf = join(root, 'fixtures/pdf/speech-di-colon.gongwen.s4.pdf');
    const docx = join(root, 'fixtures/docx/auto-di-colon.docx');
    const loadedFor = (file: string): string[] => matching(Object.values(loadedBy(['text', file])).flat(), /(?:^|\/)node_modules\/(?:pdfjs-dist|fflate|saxes|hast-util-from-html)\//u)
      .map((name) => (/node_modules\/([^/]+)\//u.exec(name) as RegExpExecArray)[1] as string);
    expect([...new Set(loadedFor(pdf))]).toEqual(['pdfjs-dist']);
    expect([...new Set(loadedFor(docx))].sort()).toEqual(['fflate', 'saxes']);
  });

  it('--format md loads unified and remark, but no yaml and no check rules', () => {
    const { modules } = loadedBy([seed, '--format', 'md']);
    expect(matching(modules, /(?:^|\/)node_modules\/remark-stringify\//u).length).toBeGreaterThan(0);
    expect(matching(modules, yamlParser)).toEqual([]);
    expect(matching(modules, checkRules)).toEqual([]);
  });

  it('--format yaml loads yaml, but no unified, remark and no check rules', () => {
    const { modules } = loadedBy([seed, '--format', 'yaml']);
    expect(matching(modules, yamlParser).length).toBeGreaterThan(0);
    expect(matching(modules, unifiedStack)).toEqual([]);
    expect(matching(modules, checkRules)).toEqual([]);
  });

  it('--format tree loads no unified, remark, yaml or check rules', () => {
    const { modules } = loadedBy([seed, '--format', 'tree']);
    expect(modules).toContain('dist/write/terminal.js');
    expect(matching(modules, unifiedStack)).toEqual([]);
    expect(matching(modules, yamlParser)).toEqual([]);
    expect(matching(modules, checkRules)).toEqual([]);
  });

  it('--jobs starts its workers from the bundle: dist/bundle/worker.js, beside the pool that starts it', () => {
    // batch/pool.js starts `new URL('./worker.js', import.meta.url)`, and converts in-process when
    // that file is missing; whether a worker gets to load it before the main thread has converted
    // everything depends on timing, so this is read from the metafile.
    const outputs = Object.entries(meta.outputs);
    const worker = outputs.filter(([, output]) => output.entryPoint === 'dist/cli/batch/worker.js').map(([file]) => file);
    expect(worker).toEqual(['dist/bundle/worker.js']);
    const pool = outputs.filter(([, output]) => 'dist/cli/batch/pool.js' in output.inputs).map(([file]) => file);
    expect(pool).toHaveLength(1);
    expect(pool[0]).toMatch(/^dist\/bundle\/[^/]+\.js$/u);
  });

  it('check loads its rules, and no unified, remark or yaml without a YAML configuration', () => {
    const { modules } = loadedBy(['check', seed]);
    expect(matching(modules, checkRules).length).toBeGreaterThan(0);
    expect(matching(modules, unifiedStack)).toEqual([]);
    expect(matching(modules, yamlParser)).toEqual([]);
  });

  it('check loads the YAML parser only for a YAML configuration', () => {
    const text = readFileSync(seed);
    for (const [name, config, wantsYaml] of [
      ['.jyparserc.json', '{ "rules": { "JY004": "off" } }\n', false],
      ['.jyparserc.yaml', 'rules:\n  JY004: off\n', true],
    ] as const) {
      const folder = mkdtempSync(join(work, 'config-'));
      writeFileSync(join(folder, 'a.txt'), text);
      writeFileSync(join(folder, name), config);
      const { modules } = loadedBy(['check', 'a.txt'], folder);
      expect(matching(modules, yamlParser).length > 0, name).toBe(wantsYaml);
    }
  });
});
