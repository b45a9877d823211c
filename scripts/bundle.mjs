#!/usr/bin/env node
// Bundle the CLI (after `tsc`): dist/cli/main.js and dist/cli/batch/worker.js, with their dependencies,
// into dist/bundle/, which bin/jyparse.js runs. Node 20's ESM loader resolves and loads each
// module on its own (about 45 for `--format json`, 90 more with unified for Markdown), which
// costs more at start-up than parsing the seed; a few bundled files cost a fraction of that.
// Code splitting keeps every dynamic `import()` a chunk of its own, loaded only when it runs:
// `--format json` loads no unified, remark or yaml, converting loads no check rules
// (test/slow/startup.test.ts and test/bundle.test.ts check this through dist/bundle/meta.json).
//
// The bundle stays two levels under the package root (dist/bundle/), as dist/cli/ is: version.ts
// reads `../../package.json` relative to itself, and batch/pool.ts starts `./worker.js` beside
// itself, so chunks and entry points all sit in dist/bundle/ itself, not in sub-folders.
// The library (dist/index.js, dist/unified.js) stays tsc's output.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/bundle');

// commander loads `node:child_process` (and with it `net` and `dgram`, about 2 ms) for the
// executable sub-commands jyparse does not have: give it a stand-in that loads the module on first
// use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(plugin) {
    plugin.onResolve({ filter: /^node:child_process$/ }, ({ importer }) =>
      /[\\/]node_modules[\\/]commander[\\/]/u.test(importer) ? { path: 'node:child_process', namespace: 'lazy-child-process' } : undefined);
    plugin.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

// With code splitting, esbuild gives `await import('yaml')` of a CommonJS package a chunk that
// exports only `default` (evanw/esbuild#3245), where Node gives its named exports too, so
// `const { parse } = await import('yaml')` would find no `parse`. Such an import goes through a
// module that exports by name what Node would: the keys of the package's `module.exports`.
const isCommonJs = (file) => {
  if (file.endsWith('.cjs')) return true;
  if (!file.endsWith('.js')) return false;
  for (let folder = dirname(file); ; folder = dirname(folder)) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest)) return JSON.parse(readFileSync(manifest, 'utf8')).type !== 'module';
    if (dirname(folder) === folder) return true;
  }
};
const commonJsNamespaces = {
  name: 'commonjs-dynamic-import',
  setup(plugin) {
    plugin.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.kind !== 'dynamic-import' || args.path.startsWith('node:')) return undefined;
      const resolved = await plugin.resolve(args.path, { kind: 'import-statement', importer: args.importer, resolveDir: args.resolveDir });
      if (resolved.errors.length > 0 || resolved.external || !isCommonJs(resolved.path)) return undefined;
      return { path: relative(root, resolved.path).split(sep).join('/'), namespace: 'commonjs-namespace' };
    });
    plugin.onLoad({ filter: /.*/, namespace: 'commonjs-namespace' }, (args) => {
      const path = resolve(root, args.path);
      const names = Object.keys(createRequire(path)(path)).filter((name) => /^[A-Za-z_$][\w$]*$/u.test(name) && name !== 'default' && name !== '__esModule');
      return {
        contents: `const commonJs = require(${JSON.stringify(path)});\nexport default commonJs;\nexport const { ${names.join(', ')} } = commonJs;\n`,
        resolveDir: dirname(path),
        loader: 'js',
      };
    });
  },
};

const result = await build({
  absWorkingDir: root,
  // The worker keeps its place beside the pool's chunk (dist/bundle/worker.js), out of batch/.
  entryPoints: [{ in: 'dist/cli/main.js', out: 'main' }, { in: 'dist/cli/batch/worker.js', out: 'worker' }],
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Dependencies written as CommonJS (commander) call `require` for Node's built-in modules,
  // which an ES module does not have.
  banner: { js: "import { createRequire as __jyCreateRequire } from 'node:module'; const require = __jyCreateRequire(import.meta.url);" },
  // pdf.js stays a package of its own, imported (lazily, by the PDF reader) from node_modules:
  // it loads its worker module, standard fonts and CMaps from its own folder.
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  plugins: [lazyChildProcess, commonJsNamespaces],
  metafile: true,
  logLevel: 'warning',
});

// Chunk names carry a content hash: remove the chunks of earlier builds (after this one is written,
// so that the CLI keeps working while it builds).
const outputs = new Set(Object.keys(result.metafile.outputs).map((path) => resolve(root, path)));
for (const name of readdirSync(outdir)) {
  if (name.endsWith('.js') && !outputs.has(join(outdir, name))) rmSync(join(outdir, name));
}
writeFileSync(join(outdir, 'meta.json'), `${JSON.stringify(result.metafile, null, 1)}\n`);
