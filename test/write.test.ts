import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parse } from '../src/parse.js';
import { stripTree } from '../src/tree/strip.js';
import { toJson } from '../src/write/json.js';
import { toYaml } from '../src/write/yaml.js';

// The JSON and YAML writers on their own (Markdown: test/markdown.test.ts, the terminal outline:
// test/terminal.test.ts, JSON in chunks: test/json-chunks.test.ts).

const tree = parse('一、总体要求\n\n坚持稳中求进。一是稳增长；二是防风险。\n');

describe('toJson', () => {
  it('writes the tree indented by two spaces, or on one line, with a final line end', () => {
    expect(toJson(tree)).toBe(`${JSON.stringify(tree, undefined, 2)}\n`);
    expect(toJson(tree, 0)).toBe(`${JSON.stringify(tree)}\n`);
    expect(toJson(tree).startsWith('{\n  "type": "document",\n')).toBe(true);
    expect(JSON.parse(toJson(tree))).toEqual(tree);
  });
});

describe('toYaml', () => {
  it('writes a document that YAML reads back as the same tree', () => {
    expect(parseYaml(toYaml(tree))).toEqual(tree);
    const stripped = stripTree(tree, { positions: true });
    expect(parseYaml(toYaml(stripped))).toEqual(stripped);
  });

  it('writes a shared point in full, never as an anchor and an alias', () => {
    // A list ends where its last item does: one point object in two places.
    const yaml = toYaml(tree);
    expect(yaml).not.toMatch(/[&*]a\d+/u);
    expect(yaml.split('\n')[0]).toBe('type: document');
  });

  it('keeps a long paragraph on one line', () => {
    const long = parse(`${'坚持稳中求进，'.repeat(40)}推进高质量发展。\n`);
    const yaml = toYaml(stripTree(long, { positions: true }));
    expect(yaml).toContain(`value: ${'坚持稳中求进，'.repeat(40)}推进高质量发展。\n`);
  });
});
