import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parse } from '../src/parse.js';
import { csvField, toCsv } from '../src/stats/csv.js';
import { figureRows, figureRowFields, type FigureRow } from '../src/stats/figure-rows.js';
import { toMarkdownTable } from '../src/stats/markdown-table.js';
import type { Document, Item, List, Paragraph, Section } from '../src/tree/types.js';
import { runInProcess } from './support/run-in-process.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const seedPath = 'seeds/000_ef45b06f2ab55175.txt';
const seedTree = parse(readFileSync(`${root}${seedPath}`));
const fixtures = readdirSync(`${root}fixtures`).filter((name) => name.endsWith('.txt')).sort();

const run = (argv: string[], stdin: string | Uint8Array = '') => runInProcess(argv, { stdin });

/** A strict RFC 4180 reader: CRLF record ends, quoted fields with doubled quotes. */
function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let index = 0;
  while (index < text.length) {
    let field = '';
    if (text[index] === '"') {
      index++;
      for (;;) {
        const quote = text.indexOf('"', index);
        if (quote === -1) throw new Error('unclosed quote');
        field += text.slice(index, quote);
        index = quote + 1;
        if (text[index] !== '"') break;
        field += '"';
        index++;
      }
    } else {
      const end = text.slice(index).search(/[,\r\n]/u);
      field = end === -1 ? text.slice(index) : text.slice(index, index + end);
      if (field.includes('"')) throw new Error(`bare quote in ${field}`);
      index += field.length;
    }
    fields.push(field);
    if (text[index] === ',') index++;
    else if (text.startsWith('\r\n', index)) {
      records.push(fields);
      fields = [];
      index += 2;
    } else throw new Error(`expected , or CRLF at ${index}: ${JSON.stringify(text.slice(index, index + 10))}`);
  }
  if (fields.length > 0) throw new Error('last record without CRLF');
  return records;
}

const seedFigures = ['710 个', '381 所', '2个', '18个', '5708人', '518人', '11人', '21年', '3次', '12所', '17个', '9.2亿元', '100%', '2018 年 9 月 10 日', '今年4月29日'];

describe('jyparse stats on the reference document', () => {
  it('lists exactly the figures of the seed as CSV, and nothing from markers', async () => {
    const { code, stdout, stderr } = await run(['stats', seedPath, '--format', 'csv']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const [header, ...records] = readCsv(stdout);
    expect(header).toEqual(['file', 'line', 'column', 'path', 'kind', 'value', 'unit', 'text']);
    expect(records.map((record) => record[7]).sort()).toEqual([...seedFigures].sort());
    expect(records.every((record) => record.length === 8 && record[0] === seedPath)).toBe(true);
    // Not the headline numbers 1–4, not 第一次 or 十八大.
    for (const record of records) expect(record[7]).toMatch(/[个所人年次元%日]$/u);
    expect(stdout).not.toMatch(/第一次|十八大/u);
  });

  it('is CSV by default, with CRLF record ends', async () => {
    const { stdout } = await run(['stats', seedPath]);
    expect(stdout).toBe((await run(['stats', seedPath, '-f', 'csv'])).stdout);
    expect(stdout.startsWith('file,line,column,path,kind,value,unit,text\r\n')).toBe(true);
    expect(stdout.split('\r\n')).toHaveLength(1 + 15 + 1);
    expect(stdout.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/u);
  });

  it('gives each figure its line, column, kind, value, unit and path', async () => {
    const rows = JSON.parse((await run(['stats', seedPath, '--format', 'json'])).stdout) as FigureRow[];
    const byText = new Map(rows.map((row) => [row.text, row]));
    expect(byText.get('3次')).toEqual({
      file: seedPath, line: 131, column: 31,
      path: '全面加强党对教育工作的领导，进一步强化教育发展保障 > 3 教育系统改革取得明显成效',
      kind: 'count', value: 3, unit: '次', text: '3次',
    });
    expect(byText.get('710 个')).toMatchObject({ line: 140, column: 14, value: 710, unit: '个', path: expect.stringMatching(/ > 2 4 教育各项事业实现快速发展$/u) });
    expect(byText.get('9.2亿元')).toMatchObject({ kind: 'money', value: 9.2, unit: '亿元', path: '全面加强党对教育工作的领导，进一步强化教育发展保障 > [4] 教育惠民政策得到全面落实' });
    expect(byText.get('100%')).toMatchObject({ kind: 'percent', value: 100, unit: '%' });
    expect(byText.get('2018 年 9 月 10 日')).toMatchObject({ kind: 'date', value: '2018-09-10', unit: '', line: 159, column: 1 });
    expect(byText.get('今年4月29日')).toMatchObject({ kind: 'date', value: '--04-29', line: 162 });
    // Positions point at the figure in the source.
    const lines = readFileSync(`${root}${seedPath}`, 'utf8').split('\n');
    for (const row of rows) expect(lines[row.line - 1]?.slice(row.column - 1).startsWith(row.text.split(/\s+/u)[0] ?? '')).toBe(true);
  });

  it('writes the same rows as JSON, YAML, CSV and a Markdown table', async () => {
    const json = JSON.parse((await run(['stats', seedPath, '--format', 'json'])).stdout) as FigureRow[];
    expect(json).toEqual(figureRows(seedTree, seedPath));
    expect(parseYaml((await run(['stats', seedPath, '--format', 'yaml'])).stdout)).toEqual(json);
    const csv = readCsv((await run(['stats', seedPath])).stdout).slice(1);
    // A text cell that would start a formula (`--04-29`, a date without a year) is prefixed with `'` (OWASP).
    const cell = (value: unknown): string => (typeof value === 'string' && /^[=+\-@\t\r]/u.test(value) ? `'${value}` : String(value));
    expect(csv).toEqual(json.map((row) => figureRowFields.map((field) => cell(row[field]))));
    const markdown = (await run(['stats', seedPath, '--format', 'md'])).stdout;
    const tableLines = markdown.trimEnd().split('\n');
    expect(tableLines.slice(0, 2)).toEqual(['| file | line | column | path | kind | value | unit | text |', '| --- | --- | --- | --- | --- | --- | --- | --- |']);
    expect(tableLines).toHaveLength(2 + 15);
    expect(tableLines[2]).toBe(`| ${seedPath} | 131 | 31 | 全面加强党对教育工作的领导，进一步强化教育发展保障 > 3 教育系统改革取得明显成效 | count | 3 | 次 | 3次 |`);
  });
});

describe('paths', () => {
  const text = '一、总体要求\n第一，要推进。一是投入5亿元。二是新建12所学校。\n（一）2023年3月1日起实施，惠及3000人。\n';

  it('join sections and item markers (without their delimiters) with " > "', () => {
    const rows = figureRows(parse(text), 'a.txt');
    expect(rows.map((row) => [row.text, row.path])).toEqual([
      ['5亿元', '一、总体要求 > 第一 > 一是'],
      ['12所', '一、总体要求 > 第一 > 二是'],
      ['2023年3月1日', '一、总体要求 > 第一 > （一）'],
      ['3000人', '一、总体要求 > 第一 > （一）'],
    ]);
  });

  it('are empty in the document head and name nested sections and inferred numbers', () => {
    const position = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 2, offset: 1 } };
    const figure = { text: '3个', value: 3, unit: '个', kind: 'count' as const, position };
    const paragraph: Paragraph = { type: 'paragraph', value: '3个', figures: [figure], position };
    const item: Item = { type: 'item', ordinal: 2, style: 'arabic', title: 't', inferred: true, children: [paragraph], position };
    const list: List = { type: 'list', style: 'arabic', children: [item], position };
    const inner: Section = { type: 'section', title: '总体要求', marker: '一、', ordinal: 1, style: 'dun', children: [list, paragraph], position };
    const outer: Section = { type: 'section', title: '要点', children: [inner], position };
    const tree: Document = { type: 'document', data: { encoding: 'utf8', schemaVersion: '1.0.0' }, diagnostics: [], children: [paragraph, outer] };
    expect(figureRows(tree, 'x').map((row) => row.path)).toEqual(['', '要点 > 一、总体要求 > [2]', '要点 > 一、总体要求']);
  });
});

describe('stats on every fixture', () => {
  it.each(fixtures)('%s lists every figure of the tree once, none taken from a marker', (name) => {
    const tree = parse(readFileSync(`${root}fixtures/${name}`));
    const rows = figureRows(tree, name);
    const figures: string[] = [];
    const markers: string[] = [];
    const visit = (node: Section | List | Item | Paragraph): void => {
      if (node.type === 'paragraph') figures.push(...(node.figures ?? []).map((figure) => figure.text));
      else {
        if (node.type !== 'list' && node.marker !== undefined) markers.push(node.marker);
        node.children.forEach(visit);
      }
    };
    tree.children.forEach(visit);
    expect(rows.map((row) => row.text)).toEqual(figures);
    const source = readFileSync(`${root}fixtures/${name}`, 'utf8').split('\n');
    for (const row of rows) {
      // The figure starts where its row says (positions count UTF-16 units, as JavaScript does).
      expect(source[row.line - 1]?.slice(row.column - 1).startsWith(row.text.slice(0, 1))).toBe(true);
      expect(markers).not.toContain(row.text);
    }
  });
});

describe('CSV (RFC 4180)', () => {
  const row: FigureRow = { file: 'a, "b".txt', line: 1, column: 2, path: '甲 > 乙\n丙', kind: 'count', value: 3, unit: '个', text: '3个' };

  it('quotes fields with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvField('')).toBe('');
    expect(toCsv([row])).toBe('file,line,column,path,kind,value,unit,text\r\n"a, ""b"".txt",1,2,"甲 > 乙\n丙",count,3,个,3个\r\n');
    expect(readCsv(toCsv([row]))[1]).toEqual(['a, "b".txt', '1', '2', '甲 > 乙\n丙', 'count', '3', '个', '3个']);
  });

  it('is a header alone when there are no figures', async () => {
    expect(toCsv([])).toBe('file,line,column,path,kind,value,unit,text\r\n');
    expect(await run(['stats', '-'], '没有数字。')).toEqual({ code: 0, stdout: 'file,line,column,path,kind,value,unit,text\r\n', stderr: '' });
    expect((await run(['stats', '--format', 'json'], '没有数字。')).stdout).toBe('[]\n');
  });
});

describe('Markdown table', () => {
  it('keeps | and Markdown syntax in cells literal', () => {
    const markdown = toMarkdownTable([{ file: 'a|b.txt', line: 1, column: 1, path: '*甲* > [乙](x) > `丙`', kind: 'count', value: 3, unit: '个', text: '3个' }]);
    const cells = markdown.trimEnd().split('\n')[2];
    expect(cells).toBe('| a\\|b.txt | 1 | 1 | \\*甲\\* > \\[乙]\\(x) > \\`丙\\` | count | 3 | 个 | 3个 |');
  });
});

describe('stats on the command line', () => {
  it('reads standard input', async () => {
    const { code, stdout } = await run(['stats', '--format', 'json'], '第一，投入5亿元。');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual([{ file: '<stdin>', line: 1, column: 6, path: '第一', kind: 'money', value: 5, unit: '亿元', text: '5亿元' }]);
  });

  it('reports a file it cannot read on one line, lists the others and exits 2', async () => {
    const { code, stdout, stderr } = await run(['stats', 'missing.txt', seedPath]);
    expect(code).toBe(2);
    expect(stderr).toBe('jyparse: error: cannot read missing.txt: no such file\njyparse: 1 of 2 inputs failed; the figures of the others are listed\n');
    expect(readCsv(stdout)).toHaveLength(1 + 15);
  });

  it('writes nothing when no input can be read', async () => {
    expect(await run(['stats', 'missing.txt'])).toEqual({ code: 2, stdout: '', stderr: 'jyparse: error: cannot read missing.txt: no such file\n' });
  });

  it('reports a file it cannot decode', async () => {
    const { code, stdout, stderr } = await run(['stats', '--encoding', 'utf8', '-'], new Uint8Array([0x61, 0xc3, 0x28]));
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^jyparse: error: <stdin>: cannot decode: invalid UTF-8 at byte \d+\n$/u);
  });

  it('lists the figures of several files in one table', async () => {
    const { code, stdout } = await run(['stats', seedPath, `fixtures/${fixtures[0]}`]);
    expect(code).toBe(0);
    const records = readCsv(stdout);
    expect(records.filter((record) => record[0] === 'file')).toHaveLength(1);
    expect(new Set(records.slice(1).map((record) => record[0]))).toEqual(new Set([seedPath, `fixtures/${fixtures[0]}`]));
  });

  it('rejects an unknown format as bad usage', async () => {
    const { code, stdout, stderr } = await run(['stats', seedPath, '--format', 'xml']);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^jyparse: error: .*xml/u);
  });

  it('leaves the convert options as they were', async () => {
    expect((await run([seedPath, '--format', 'yaml'])).stdout).toMatch(/^type: document\n/u);
    expect((await run(['--format', 'json', seedPath])).stdout).toMatch(/^\{\n {2}"type": "document"/u);
    expect((await run(['-f', 'tree', seedPath])).stdout).toMatch(/^加快建设教育强市/u);
  });
});
