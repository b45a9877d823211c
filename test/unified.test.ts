import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified, type Plugin } from 'unified';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { assertTree } from '../src/tree/assert.js';
import type { Document } from '../src/tree/types.js';
import { jyParse, jyToMdast } from '../src/unified.js';
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
});
