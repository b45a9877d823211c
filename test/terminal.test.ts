import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import type { Document } from '../src/tree/types.js';
import { toTerminalOutline } from '../src/write/terminal.js';
import { runInProcess } from './support/run-in-process.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const seedPath = 'seeds/000_ef45b06f2ab55175.txt';
const seedTree = parse(readFileSync(`${root}${seedPath}`));
const ansi = /\u001b\[[0-9;]*m/gu;
const hasAnsi = /\u001b\[/u;

const run = (argv: string[], isTTY: boolean, env: Record<string, string> = {}) => runInProcess(argv, { isTTY, env });

describe('the terminal outline of the reference document', () => {
  const plain = toTerminalOutline(seedTree, { color: false });
  const lines = plain.trimEnd().split('\n');

  it('has one line per heading and item, indented by nesting, with markers as written', () => {
    expect(lines.slice(0, 8)).toEqual([
      '加快建设教育强市 推进教育现代化',
      '——全市教育大会精神要览',
      '要办好人民满意的教育，为经济社会高质量发展提供坚强支撑',
      '  第一，要推进学前教育普及普惠。',
      '    一是加快推进公办园建设。',
      '    二是支持普惠性民办园发展。',
      '    三是规范小区配套幼儿园建设使用。',
      '    四是加强幼儿园管理。',
    ]);
    // title, subtitle, 7 unnumbered sections, 4 numbered headlines, 75 items
    expect(lines).toHaveLength(2 + 7 + 4 + 75);
    expect(lines).toContain('  1 教育系统党的建设不断加强');
    expect(lines).toContain('  2 4 教育各项事业实现快速发展');
    expect(lines).toContain('  [4] 教育惠民政策得到全面落实');
    expect(lines.slice(-6)).toEqual([
      '  （四）要在服务经济社会发展上下功夫。',
      '    一方面，要支持高等教育做大做强；',
      '    另一方面，要抓好“双元”培育改革。',
      '      一是建立健全机制。',
      '      二是加大产教融合。',
      '      三是营造浓厚氛围。',
    ]);
  });

  it('has no paragraphs and no escape codes without colour', () => {
    expect(plain).not.toContain('要按照“谁主管、谁负责”的原则');
    expect(plain).not.toMatch(hasAnsi);
  });

  it('colours the same text when asked', () => {
    const coloured = toTerminalOutline(seedTree, { color: true });
    expect(coloured).toMatch(hasAnsi);
    expect(coloured.replace(ansi, '')).toBe(plain);
    // Headlines bold cyan, markers yellow, an inferred number dim.
    expect(coloured).toContain('\u001b[1m\u001b[36m要办好人民满意的教育');
    expect(coloured).toContain('\u001b[33m第一，\u001b[39m要推进学前教育普及普惠。');
    expect(coloured).toContain('\u001b[2m[4] \u001b[22m');
  });

  it('shows control characters of the source as replacement characters', () => {
    const tree: Document = {
      type: 'document',
      title: 'a\u001b[31mb',
      data: { encoding: 'utf8', schemaVersion: '1.0.0' },
      diagnostics: [],
      children: [],
    };
    expect(toTerminalOutline(tree, { color: false })).toBe('a\ufffd[31mb\n');
  });

  it('is empty for an empty document', () => {
    expect(toTerminalOutline(parse(''), { color: false })).toBe('');
  });
});

describe('--format tree colour on the command line', () => {
  it.each([
    ['a terminal', true, {}, true],
    ['a pipe', false, {}, false],
    ['a terminal with NO_COLOR', true, { NO_COLOR: '1' }, false],
    ['a pipe with FORCE_COLOR', false, { FORCE_COLOR: '1' }, true],
    ['a terminal with FORCE_COLOR=0', true, { FORCE_COLOR: '0' }, false],
    ['NO_COLOR and FORCE_COLOR', false, { NO_COLOR: '1', FORCE_COLOR: '1' }, true],
  ] as const)('on %s', async (_name, isTTY, env, coloured) => {
    const { code, stdout, stderr } = await run([seedPath, '--format', 'tree'], isTTY, env);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(hasAnsi.test(stdout)).toBe(coloured);
    expect(stdout.replace(ansi, '')).toBe(toTerminalOutline(seedTree, { color: false }));
  });

  it('never colours other formats', async () => {
    for (const format of ['md', 'json', 'yaml']) {
      const { stdout } = await run([seedPath, '--format', format], true, { FORCE_COLOR: '1' });
      expect(stdout).not.toMatch(hasAnsi);
    }
  });
});
