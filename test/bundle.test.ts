import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// What the bundled CLI loads before it runs any `import()`, read from the bundler's metafile
// (dist/bundle/meta.json, written by scripts/bundle.mjs) without starting a process: the chunks
// that dist/bundle/main.js imports statically, and theirs. A static import of a writer, a reader
// of PDF, Word or HTML, the check rules or the YAML parser anywhere on the way puts its module in
// one of these chunks. test/slow/startup.test.ts runs the binary and records what it really loads.

const root = fileURLToPath(new URL('..', import.meta.url));

interface Output {
  imports: Array<{ path: string; kind: string; external?: boolean }>;
  inputs: Record<string, unknown>;
  entryPoint?: string;
}

const meta = JSON.parse(readFileSync(`${root}dist/bundle/meta.json`, 'utf8')) as { outputs: Record<string, Output> };

/** What loads with `file` by static imports only: bundle files, and packages left outside it. */
function staticClosure(file: string): string[] {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of meta.outputs[path]?.imports ?? []) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(file);
  return [...seen];
}

/** The modules in bundle files, as the metafile names them; a package left outside is itself. */
const modulesOf = (files: readonly string[]): string[] =>
  files.flatMap((file) => (meta.outputs[file] ? Object.keys(meta.outputs[file].inputs) : [`node_modules/${file}`]));

/** Every module the bundle holds or imports from outside, whether loaded at once or later. */
const everywhere = [...new Set(Object.values(meta.outputs).flatMap((output) => [
  ...Object.keys(output.inputs),
  ...output.imports.filter((imported) => imported.external === true).map((imported) => `node_modules/${imported.path}`),
]))];

/** Modules only some commands or inputs need; none may load with the CLI itself. */
const lazy: Array<[string, RegExp]> = [
  ['unified, remark, mdast and micromark', /(?:^|\/)node_modules\/(?:unified|remark-[\w-]+|mdast-util-[\w-]+|micromark[\w-]*)\//u],
  ['the YAML parser', /(?:^|\/)node_modules\/yaml\//u],
  ['pdf.js', /(?:^|\/)node_modules\/pdfjs-dist\//u],
  ['unzip (fflate) and the XML parser (saxes)', /(?:^|\/)node_modules\/(?:fflate|saxes)\//u],
  ['the HTML parser', /(?:^|\/)node_modules\/(?:hast-util-[\w-]+|parse5)\//u],
  ['the PDF, Word and HTML readers', /^dist\/read\/(?:pdf|docx|html)\//u],
  ['the check rules', /^dist\/check\//u],
  ['the Markdown, YAML and terminal writers', /^dist\/write\/(?:markdown|yaml|terminal)\.js$/u],
];

describe('the bundle: what the CLI loads at start-up, from the metafile', () => {
  const files = staticClosure('dist/bundle/main.js');
  const modules = modulesOf(files);

  it('loads the CLI and the parser from dist/bundle/main.js', () => {
    expect(meta.outputs['dist/bundle/main.js']).toBeDefined();
    expect(files.filter((file) => !file.startsWith('dist/bundle/') && !file.startsWith('node:'))).toEqual([]);
    expect(modules).toEqual(expect.arrayContaining(['dist/cli/main.js', 'dist/parse.js', 'dist/decode/decode.js']));
  });

  it.each(lazy)('loads %s only through import()', (_name, pattern) => {
    expect(modules.filter((name) => pattern.test(name))).toEqual([]);
    // The module is there, behind a dynamic import: the pattern names something real.
    expect(everywhere.some((name) => pattern.test(name))).toBe(true);
  });
});
