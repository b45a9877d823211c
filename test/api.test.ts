import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as unifiedApi from '../src/unified.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const seed = readFileSync(new URL('../seeds/000_ef45b06f2ab55175.txt', import.meta.url), 'utf8');

// Every name a module exports, values and types, as TypeScript sees it; with whether it has JSDoc.
function exportsOf(files: string[]): Map<string, Map<string, boolean>> {
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const result = new Map<string, Map<string, boolean>>();
  for (const file of files) {
    const source = program.getSourceFile(file) as ts.SourceFile;
    const moduleSymbol = checker.getSymbolAtLocation(source) as ts.Symbol;
    const names = new Map<string, boolean>();
    for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      names.set(symbol.getName(), target.getDocumentationComment(checker).length > 0);
    }
    result.set(file, names);
  }
  return result;
}

// What needs the TypeScript compiler or a process per example runs in the slow suite
// (vitest.slow.config.ts sets JYPARSE_SLOW), which CI runs too: `npm test` stays fast.
const slow = process.env.JYPARSE_SLOW === '1';
let typeExportsOnce: Map<string, Map<string, boolean>> | undefined;
const typeExports = (): Map<string, Map<string, boolean>> => (typeExportsOnce ??= exportsOf([`${root}src/index.ts`, `${root}src/unified.ts`]));

describe('public API', () => {
  it('pins the sorted list of runtime exports of `jyparse`', () => {
    expect(Object.keys(api).sort()).toEqual([
      'ArgumentError',
      'DecodeError',
      'ReadError',
      'assertTree',
      'check',
      'decode',
      'encodingNames',
      'explain',
      'figures',
      'parse',
      'parseAsync',
      'schemaVersion',
      'sourceFormats',
      'stripTree',
      'toJson',
      'toMarkdown',
      'toMdast',
      'toYaml',
    ]);
  });

  it.runIf(slow)('pins the sorted list of all exports of `jyparse`, types included', () => {
    expect([...(typeExports().get(`${root}src/index.ts`) as Map<string, boolean>).keys()].sort()).toEqual([
      'ArgumentError',
      'CheckMessage',
      'CheckOptions',
      'DecodeError',
      'Decoded',
      'Diagnostic',
      'Document',
      'DocumentData',
      'DocumentMeta',
      'EncodingName',
      'ExplainOptions',
      'ExplainedLine',
      'Figure',
      'FigureInOutline',
      'Furniture',
      'Item',
      'Lang',
      'LineRole',
      'List',
      'Localized',
      'MarkerStyle',
      'Node',
      'Paragraph',
      'Parent',
      'ParseInput',
      'ParseOptions',
      'Point',
      'Position',
      'ReadError',
      'Rule',
      'RuleContext',
      'RuleFinding',
      'RuleLevel',
      'RuleLevels',
      'Section',
      'Severity',
      'SourceFormat',
      'StripOptions',
      'assertTree',
      'check',
      'decode',
      'encodingNames',
      'explain',
      'figures',
      'parse',
      'parseAsync',
      'schemaVersion',
      'sourceFormats',
      'stripTree',
      'toJson',
      'toMarkdown',
      'toMdast',
      'toYaml',
    ]);
  });

  it('pins the sorted list of runtime exports of `jyparse/unified`', () => {
    expect(Object.keys(unifiedApi).sort()).toEqual(['jyCheck', 'jyParse', 'jyToMdast']);
  });

  it.runIf(slow)('pins the sorted list of exports of `jyparse/unified`, types included', () => {
    expect([...(typeExports().get(`${root}src/unified.ts`) as Map<string, boolean>).keys()].sort()).toEqual(['JyCheckOptions', 'jyCheck', 'jyParse', 'jyToMdast']);
  });

  it.runIf(slow)('documents every export with JSDoc', () => {
    const undocumented = [...typeExports().values()].flatMap((names) => [...names].filter(([, documented]) => !documented).map(([name]) => name));
    expect(undocumented).toEqual([]);
  });

  it('maps the package entry points to files that exist after the build', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
      main: string;
      types: string;
      exports: Record<string, string | Record<string, string>>;
    };
    expect(Object.keys(pkg.exports).sort()).toEqual(['.', './package.json', './schema.json', './unified']);
    expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(pkg.exports['./unified']).toEqual({ types: './dist/unified.d.ts', default: './dist/unified.js' });
    expect(pkg.exports['./schema.json']).toBe('./schema.json');
    expect([pkg.main, pkg.types]).toEqual(['./dist/index.js', './dist/index.d.ts']);
    const targets = [pkg.main, pkg.types, ...Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)))];
    for (const target of targets) expect(existsSync(`${root}${target}`), target).toBe(true);
  });

  it('resolves `jyparse`, `jyparse/unified` and `jyparse/schema.json` by the package name', () => {
    const script = [
      "import * as api from 'jyparse';",
      "import * as plugins from 'jyparse/unified';",
      "import schema from 'jyparse/schema.json' with { type: 'json' };",
      'console.log(JSON.stringify([Object.keys(api).sort(), Object.keys(plugins).sort(), schema.schemaVersion]));',
    ].join('\n');
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([Object.keys(api).sort(), ['jyCheck', 'jyParse', 'jyToMdast'], api.schemaVersion]);
  });
});

describe('check', () => {
  it('reports the numbering problems of the seed at their lines', () => {
    const messages = api.check(api.parse(seed), { source: seed, lang: 'en' });
    expect(messages.map((message) => [message.line, message.ruleId])).toEqual(expect.arrayContaining([
      [128, 'JY003/out-of-order'],
      [136, 'JY005/broken-marker'],
      [146, 'JY006/inferred-number'],
    ]));
  });
});

describe('figures', () => {
  const tree = api.parse(seed);
  const all = api.figures(tree);

  it('lists every figure of every paragraph, in tree order', () => {
    const expected: api.Figure[] = [];
    const visit = (node: api.Node): void => {
      if (node.type === 'paragraph') expected.push(...(node.figures ?? []));
      else for (const child of node.children) visit(child);
    };
    visit(tree);
    expect(all.map(({ path: _path, ...figure }) => figure)).toEqual(expected);
    expect(all.length).toBeGreaterThan(10);
  });

  it('gives each figure the headlines and markers above it', () => {
    expect(all.find((figure) => figure.text === '710 个')).toMatchObject({
      kind: 'count',
      value: 710,
      path: ['全面加强党对教育工作的领导，进一步强化教育发展保障', '2 4 教育各项事业实现快速发展'],
    });
    expect(all.find((figure) => figure.text === '9.2亿元')).toMatchObject({
      kind: 'money',
      path: ['全面加强党对教育工作的领导，进一步强化教育发展保障', '[4] 教育惠民政策得到全面落实'],
    });
    const nested = api.figures(api.parse('全市教育工作要点\n\n一、总体要求\n\n坚持立德树人。一是建成幼儿园12所；二是培训教师5708人。\n'));
    expect(nested.map((figure) => [figure.text, figure.path])).toEqual([
      ['12所', ['一、总体要求', '一是']],
      ['5708人', ['一、总体要求', '二是']],
    ]);
  });

  it('gives nothing for a tree without figures', () => {
    expect(api.figures(api.parse(''))).toEqual([]);
  });
});

interface Example {
  code: string;
  yields: string | undefined;
  line: number;
}

// The ```js blocks of a Markdown file, each with the ```txt block that follows it after "Yields:".
function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  const pattern = /^```(\w*)\n([\s\S]*?)^```$/gmu;
  let previous: Example | undefined;
  let previousEnd = 0;
  for (const match of markdown.matchAll(pattern)) {
    const [, lang, body = ''] = match;
    const between = markdown.slice(previousEnd, match.index);
    if (lang === 'js') {
      previous = { code: body, yields: undefined, line: markdown.slice(0, match.index).split('\n').length };
      examples.push(previous);
    } else if (lang === 'txt' && previous && previous.yields === undefined && /^\s*Yields:\s*$/u.test(between)) {
      previous.yields = body;
    }
    previousEnd = (match.index ?? 0) + match[0].length;
  }
  return examples;
}

describe('docs/api.md', () => {
  const markdown = readFileSync(new URL('../docs/api.md', import.meta.url), 'utf8');
  const examples = examplesOf(markdown);

  it('has examples for the library, the unified pipeline and schema validation', () => {
    const all = examples.map((example) => example.code).join('\n');
    expect(all).toContain("from 'jyparse'");
    expect(all).toContain("from 'jyparse/unified'");
    expect(all).toContain("'jyparse/schema.json'");
    expect(examples.every((example) => example.yields !== undefined)).toBe(true);
  });

  for (const example of examples) {
    it.runIf(slow)(`runs the example at line ${example.line} as written, printing what it says`, () => {
      // Run in the package folder, so that `jyparse` resolves to the built package by its own name.
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', example.code], { cwd: root, encoding: 'utf8' });
      expect(out.trimEnd()).toBe((example.yields ?? '').trimEnd());
    });
  }
});

describe('docs/tree.md', () => {
  it('shows the tree the parser yields for its example', () => {
    const markdown = readFileSync(new URL('../docs/tree.md', import.meta.url), 'utf8');
    const example = markdown.slice(markdown.indexOf('## Example'));
    const input = /```txt\n([\s\S]*?)```/u.exec(example)?.[1] as string;
    const shown = /```json\n([\s\S]*?)```/u.exec(example)?.[1] as string;
    // Positions are written on one line in the document.
    const json = JSON.stringify(api.parse(input), null, 2)
      .replace(/\{\n\s+"line": (\d+),\n\s+"column": (\d+),\n\s+"offset": (\d+)\n\s+\}/gu, '{"line": $1, "column": $2, "offset": $3}')
      .replace(/\{\n\s+"start": (\{[^\n]*\}),\n\s+"end": (\{[^\n]*\})\n\s+\}/gu, '{"start": $1, "end": $2}');
    expect(`${json}\n`).toBe(shown);
    api.assertTree(api.parse(input));
  });
});
