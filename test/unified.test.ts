import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified, type Plugin } from 'unified';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { check } from '../src/check/check.js';
import { rules } from '../src/check/registry.js';
import { parse } from '../src/parse.js';
import { assertTree } from '../src/tree/assert.js';
import { stripTree } from '../src/tree/strip.js';
import type { Document } from '../src/tree/types.js';
import { jyCheck, jyParse, jyToMdast } from '../src/unified.js';
import { toMarkdown, toMdast } from '../src/write/markdown.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const inputs = [
  'seeds/000_ef45b06f2ab55175.txt',
  ...readdirSync(`${root}fixtures`).filter((file) => file.endsWith('.txt')).sort().map((file) => `fixtures/${file}`),
];
const texts: Array<[string, string]> = inputs.map((path) => [path, readFileSync(`${root}${path}`, 'utf8')]);

const pipeline = () => unified().use(jyParse).use(jyToMdast).use(remarkStringify);

describe('jyparse/unified', () => {
  for (const [name, text] of texts) {
    it(`writes the CLI's Markdown for ${name}`, async () => {
      const file = await pipeline().process(text);
      expect(String(file)).toBe(toMarkdown(parse(text)));
    });
  }

  it('writes what the CLI writes, byte for byte, on every fixture', async () => {
    const out = mkdtempSync(join(tmpdir(), 'jyparse-unified-'));
    try {
      execFileSync(process.execPath, ['bin/jyparse.js', '--out-dir', out, ...inputs], { cwd: root, stdio: 'pipe' });
      for (const [path, text] of texts) {
        const cli = readFileSync(join(out, `${path.slice(path.lastIndexOf('/') + 1, -4)}.md`), 'utf8');
        expect(String(await pipeline().process(text)), path).toBe(cli);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('parses text into the same tree as parse, which passes assertTree', () => {
    const [, text] = texts[0] as [string, string];
    const tree = unified().use(jyParse).parse(text);
    assertTree(tree);
    expect(tree).toEqual(parse(text));
  });

  it('turns the tree into the mdast tree of toMdast', async () => {
    const [, text] = texts[0] as [string, string];
    const processor = unified().use(jyParse).use(jyToMdast);
    const mdast = await processor.run(processor.parse(text));
    expect(mdast).toEqual(toMdast(parse(text)));
  });

  it('reports the tree diagnostics on the file', async () => {
    const [, text] = texts[0] as [string, string];
    const file = await pipeline().process(text);
    const fatal = { error: true, warning: false, info: undefined };
    expect(file.messages.map((message) => [message.ruleId, message.source, message.reason, message.line, message.column, message.fatal])).toEqual(
      parse(text).diagnostics.map((diagnostic) => [
        diagnostic.ruleId,
        'jyparse',
        diagnostic.reason,
        diagnostic.position.start.line,
        diagnostic.position.start.column,
        fatal[diagnostic.severity],
      ]),
    );
    expect(file.messages.find((message) => message.ruleId === 'JY005/broken-marker')).toMatchObject({ line: 136, actual: '2 4', expected: ['2'] });
  });

  it('lets a remark plugin run between jyToMdast and remark-stringify', async () => {
    const shout: Plugin<[], Root> = () => (tree) => {
      for (const node of tree.children) {
        if (node.type === 'heading') node.depth = Math.min(node.depth + 1, 6) as 2 | 3 | 4 | 5 | 6;
      }
    };
    const text = '全市经济工作会议要点\n\n一、总体要求\n\n坚持稳中求进。一是稳增长；二是防风险。\n';
    const file = await unified().use(jyParse).use(jyToMdast).use(shout).use(remarkStringify).process(text);
    expect(String(file)).toBe('## 全市经济工作会议要点\n\n### 一、总体要求\n\n坚持稳中求进。\n\n- 一是稳增长；\n- 二是防风险。\n');
  });

  it('writes Markdown that remark parses back into the same mdast (text stays literal)', async () => {
    for (const [, text] of texts) {
      const markdown = String(await pipeline().process(text));
      const reparsed = unified().use(remarkParse).parse(markdown);
      // Positions are remark's own; `spread` is how loose a list is written, not its content.
      const strip = (node: unknown): unknown =>
        JSON.parse(JSON.stringify(node, (key, value: unknown) => (key === 'position' || key === 'spread' ? undefined : value)));
      const expected = toMdast(parse(text));
      expect(strip(reparsed)).toMatchObject(strip(expected) as object);
    }
  });

  it('keeps settings the user gives remark-stringify', async () => {
    const text = '全市经济工作会议要点\n\n一是稳增长；二是防风险。\n';
    const file = await unified().use(jyParse).use(jyToMdast).use(remarkStringify, { bullet: '*' }).process(text);
    expect(String(file)).toContain('* 一是稳增长；');
  });

  it('decodes bytes as parse does (UTF-16 with a BOM)', async () => {
    const text = '全市经济工作会议要点\n\n一是稳增长；二是防风险。\n';
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const processor = unified().use(jyParse);
    const tree: Document = processor.parse({ value: bytes });
    expect(tree.data.encoding).toBe('utf16le');
    expect(tree.title).toBe('全市经济工作会议要点');
    const file = await pipeline().process({ value: bytes });
    expect(String(file)).toBe(toMarkdown(parse(text)));
  });

  // What `jyparse check --reporter json` prints, by file, as the fields of a vfile message.
  const cliFindings = (paths: string[], flags: string[] = [], cwd = root) => {
    // Exit 1 when a rule found an error: the findings are on stdout all the same.
    const { stdout: output, status } = spawnSync(process.execPath, [`${root}bin/jyparse.js`, 'check', '--no-config', '--reporter', 'json', ...flags, ...paths], { cwd, encoding: 'utf8' });
    expect(status === 0 || status === 1, String(status)).toBe(true);
    const findings = JSON.parse(output) as Array<Record<string, unknown> & { file: string }>;
    return paths.map((path) => findings.filter((finding) => finding.file === path).map(({ file: _file, ...finding }) => finding));
  };
  const fields = (file: VFile) =>
    file.messages.map((message) => {
      const place = message.place as { start: { line: number; column: number }; end: { line: number; column: number } };
      return {
        ruleId: message.ruleId,
        severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
        message: message.reason,
        line: place.start.line,
        column: place.start.column,
        endLine: place.end.line,
        endColumn: place.end.column,
        ...(message.actual === undefined ? {} : { actual: message.actual }),
        ...(message.expected?.[0] === undefined ? {} : { expected: message.expected[0] }),
        ...(message.url === undefined ? {} : { url: message.url }),
      };
    });
  const checkPipeline = (options?: Parameters<typeof jyCheck>[0]) => unified().use(jyParse).use(jyCheck, options).use(jyToMdast).use(remarkStringify);

  it("jyCheck reports what `jyparse check --reporter json` prints, on the seed, a fixture and every rule's bad example", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jyparse-jycheck-'));
    try {
      const given: Array<[string, string]> = [
        ['seeds/000_ef45b06f2ab55175.txt', root],
        ['fixtures/title-dash-subtitle.txt', root],
      ];
      for (const rule of rules) {
        writeFileSync(join(dir, `${rule.names[0]}.txt`), `${rule.examples.bad.join('\n')}\n`);
        given.push([`${rule.names[0]}.txt`, `${dir}/`]);
      }
      const fromRoot = given.filter(([, cwd]) => cwd === root).map(([path]) => path);
      const fromDir = given.filter(([, cwd]) => cwd !== root).map(([path]) => path);
      const cli = [...cliFindings(fromRoot), ...cliFindings(fromDir, [], dir)];
      // Every rule finds something somewhere (JY005 and JY006 on the seed), so every rule is compared.
      const found = new Set(cli.flat().map((finding) => String(finding.ruleId).split('/')[0]));
      expect([...found].sort()).toEqual(rules.map((rule) => rule.names[0]).sort());
      for (const [index, [path, cwd]] of given.entries()) {
        const file = await checkPipeline().process(readFileSync(`${cwd}${path}`, 'utf8'));
        expect(fields(file), path).toEqual(cli[index]);
        expect(file.messages.every((message) => message.source === 'jyparse'), path).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('jyCheck takes the rule levels and language of check', async () => {
    const path = 'seeds/000_ef45b06f2ab55175.txt';
    const [cli] = cliFindings([path], ['--lang', 'en', '--rule', 'JY005=error', '--rule', 'JY006=off']);
    const file = await checkPipeline({ lang: 'en', rules: { JY005: 'error', JY006: 'off' } }).process(readFileSync(`${root}${path}`, 'utf8'));
    expect(fields(file)).toEqual(cli);
    expect(file.messages.find((message) => message.ruleId === 'JY005/broken-marker')).toMatchObject({ fatal: true, line: 136 });
    expect(file.messages.some((message) => message.ruleId?.startsWith('JY006'))).toBe(false);
  });

  it('jyCheck reads the source of bytes as parse decodes them (UTF-16 with a BOM)', async () => {
    const text = `${rules.find((rule) => rule.names[0] === 'JY009')?.examples.bad.join('\n')}\n`;
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const fromBytes = await checkPipeline().process({ value: bytes });
    const fromText = await checkPipeline().process(text);
    expect(fields(fromText).some((finding) => finding.ruleId?.startsWith('JY009'))).toBe(true);
    expect(fields(fromBytes)).toEqual(fields(fromText));
  });

  it('jyCheck leaves the tree and the Markdown as they are', async () => {
    const [, text] = texts[0] as [string, string];
    const file = await unified().use(jyParse).use(jyCheck).use(jyToMdast).use(remarkStringify).process(text);
    expect(String(file)).toBe(toMarkdown(parse(text)));
  });

  it("jyParse's messages and check's agree on every finding the parser makes", () => {
    let compared = 0;
    for (const [name, text] of texts) {
      const file = new VFile(text);
      const tree = unified().use(jyParse).parse(file);
      const findings = check(tree, { source: text, lang: 'en' });
      for (const message of file.messages) {
        const finding = findings.find((candidate) => candidate.ruleId === message.ruleId && candidate.line === message.line && candidate.column === message.column);
        expect(finding, `${name}: ${message.ruleId} at ${message.line}:${message.column}`).toBeDefined();
        const place = message.place as { end: { line: number; column: number } };
        expect(finding, name).toMatchObject({
          endLine: place.end.line,
          endColumn: place.end.column,
          severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
          ...(message.actual === undefined ? {} : { actual: message.actual }),
          ...(message.expected?.[0] === undefined ? {} : { expected: message.expected[0] }),
        });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('jyToMdast keeps positions: a heading starts on its headline, a paragraph spans its text', async () => {
    const text = '全市经济工作会议要点\n\n一、总体要求\n\n坚持稳中求进。一是稳增长；二是防风险。\n\n二、重点任务\n\n扩大内需。\n';
    const processor = unified().use(jyParse).use(jyToMdast);
    const mdast = await processor.run(processor.parse(text));
    const lines = text.split('\n');
    const headings = mdast.children.filter((node) => node.type === 'heading' && node.depth === 2);
    expect(headings).toHaveLength(2);
    for (const node of headings) {
      if (node.type !== 'heading') continue;
      const line = node.position?.start.line ?? 0;
      expect(lines[line - 1]?.slice((node.position?.start.column ?? 1) - 1)).toBe((node.children[0] as { value: string }).value);
    }
    expect(headings.map((node) => node.position?.start.line)).toEqual([3, 7]);
    const paragraph = mdast.children.find((node) => node.type === 'paragraph');
    expect(paragraph?.position).toMatchObject({ start: { line: 5, column: 1 }, end: { line: 5, column: 8 } });
    const list = mdast.children.find((node) => node.type === 'list');
    expect(list?.position?.start).toMatchObject({ line: 5 });
  });

  it('jyToMdast gives every heading of the seed the line of its headline', async () => {
    const [, text] = texts[0] as [string, string];
    const tree = parse(text);
    const sections: Array<{ line: number; title: string }> = [];
    const walk = (nodes: Document['children']) => {
      for (const node of nodes) {
        if (node.type === 'section') sections.push({ line: node.position.start.line, title: node.title });
        if (node.type !== 'paragraph') walk(node.children as Document['children']);
      }
    };
    walk(tree.children);
    const mdast = toMdast(tree);
    const headings = mdast.children.filter((node) => node.type === 'heading' && node.position !== undefined);
    expect(headings.map((node) => node.position?.start.line)).toEqual(sections.map((section) => section.line));
    const lines = text.split(/\r\n|\r|\n/);
    for (const section of sections) expect(lines[section.line - 1], section.title).toContain(section.title.slice(0, 4));
    expect(headings.length).toBeGreaterThan(3);
    // Copies: changing an mdast point leaves the jyparse tree as it is.
    const first = headings[0]?.position?.start as { line: number };
    first.line = 999;
    expect(sections[0]?.line).not.toBe(999);
    expect(toMdast(tree).children.find((node) => node.type === 'heading' && node.position !== undefined)?.position?.start.line).toBe(sections[0]?.line);
  });

  it('jyToMdast gives no positions for a tree without them (stripped), and writes the same Markdown', () => {
    const [, text] = texts[0] as [string, string];
    const stripped = stripTree(parse(text), { positions: true });
    const mdast = toMdast(stripped);
    expect(JSON.stringify(mdast)).not.toContain('"position"');
    expect(toMarkdown(stripped)).toBe(toMarkdown(parse(text)));
  });
});
