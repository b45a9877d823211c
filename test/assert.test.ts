import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { assertTree } from '../src/tree/assert.js';
import type { Document } from '../src/tree/types.js';
import { newspaperize } from './support/newspaperize.js';
import { seedAndFixtures } from './support/texts.js';

const texts = seedAndFixtures();

// A small tree with every node type, a figure and an inferred section, to break by hand.
const sample = `全市教育工作要点
——2026年春季学期

1 教育系统党的建设不断加强

坚持立德树人。一是建成幼儿园12所；二是培训教师5708人。

2 4教育各项事业实现快速发展

持续加大教育投入，深入实施重点工程。

教育惠民政策得到全面落实

累计投入各类资金9.2亿元，精准实施贫困生资助。
`;

type Loose = Record<string, unknown> & { children: Loose[] };
const fresh = (): Loose => JSON.parse(JSON.stringify(parse(sample))) as Loose;
const at = (tree: Loose, ...path: number[]): Loose => path.reduce((node, index) => node.children[index] as Loose, tree);

describe('assertTree', () => {
  it('has a sample with every node type, a figure, a diagnostic and an inferred section', () => {
    const tree = parse(sample);
    assertTree(tree);
    expect(tree.diagnostics.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['JY005/broken-marker', 'JY006/inferred-number']));
    expect(at(fresh(), 2)).toMatchObject({ type: 'section', ordinal: 4, inferred: true });
    expect(at(fresh(), 0, 1, 0)).toMatchObject({ type: 'item', marker: '一是' });
    expect(at(fresh(), 0, 1, 0, 0)).toMatchObject({ type: 'paragraph', figures: [{ text: '12所' }] });
  });

  for (const [name, text] of texts) {
    it(`passes on ${name}, clean and newspaperized (seeds 1, 2, 3)`, () => {
      assertTree(parse(text));
      for (const seed of [1, 2, 3]) assertTree(parse(newspaperize(text, seed)));
    });
  }

  it('passes on a tree read back from JSON, and on an empty document', () => {
    assertTree(JSON.parse(JSON.stringify(parse(sample))));
    assertTree(parse(''));
  });

  // Each case breaks the sample in one way and names the message assertTree must give.
  const broken: Array<[string, (tree: Loose) => unknown, string | RegExp]> = [
    ['not a document at the root', (tree) => at(tree, 0), 'Invalid jyparse tree: expected a `document` node at the root, got'],
    ['not an object', () => 'text', 'expected a `document` node at the root, got `"text"`'],
    ['a function', () => () => undefined, 'expected a `document` node at the root, got a function'],
    ['a cycle', (tree) => ((at(tree, 0, 0).value = tree), tree), 'at `root.children[0].children[0]` (paragraph): expected `value` to be a string, got an object'],
    ['an unknown node type', (tree) => ((at(tree, 0).type = 'heading'), tree), '`heading` is not allowed as a child (expected `section`, `list`, `paragraph`)'],
    ['an unknown field', (tree) => ((at(tree, 0).depth = 2), tree), 'at `root.children[0]` (section): unexpected field `depth`'],
    ['a position on the document', (tree) => ((tree.position = at(tree, 0).position), tree), 'at `root` (document): unexpected field `position`'],
    ['no data', (tree) => (delete tree.data, tree), 'at `root` (document): expected `data` to be an object'],
    ['no schemaVersion', (tree) => (delete (tree.data as Loose).schemaVersion, tree), 'expected `data.schemaVersion` to be a string, got nothing'],
    ['no diagnostics', (tree) => (delete tree.diagnostics, tree), 'expected `diagnostics` to be an array'],
    ['a bad rule id', (tree) => (((tree.diagnostics as Loose[])[0] as Loose).ruleId = 'broken', tree), 'at `root.diagnostics[0]` (diagnostic): expected `ruleId` like `JY001/numbering-gap`, got `"broken"`'],
    ['a bad severity', (tree) => (((tree.diagnostics as Loose[])[1] as Loose).severity = 'fatal', tree), 'at `root.diagnostics[1]` (diagnostic): expected `severity` to be `error`, `warning` or `info`, got `"fatal"`'],
    ['a diagnostic without position', (tree) => (delete ((tree.diagnostics as Loose[])[0] as Loose).position, tree), 'at `root.diagnostics[0]` (diagnostic): expected a `position`'],
    ['a paragraph directly in a list', (tree) => (at(tree, 0, 1).children.push(at(tree, 0, 0)), tree), 'at `root.children[0].children[1]` (list): `paragraph` is not allowed as a child (expected `item`)'],
    ['a section in an item', (tree) => (at(tree, 0, 1, 0).children.push(at(tree, 1)), tree), 'at `root.children[0].children[1].children[0]` (item): `section` is not allowed as a child (expected `paragraph`, `list`)'],
    ['children on a paragraph', (tree) => ((at(tree, 0, 0).children = []), tree), 'at `root.children[0].children[0]` (paragraph): expected no `children` (a paragraph is a leaf)'],
    ['an empty list', (tree) => ((at(tree, 0, 1).children = []), tree), 'at `root.children[0].children[1]` (list): expected at least one `item` child'],
    ['no position', (tree) => (delete at(tree, 0, 0).position, tree), 'at `root.children[0].children[0]` (paragraph): expected a `position` (every node but the document has one)'],
    ['a 0-based line', (tree) => (((at(tree, 0, 0).position as { start: Loose }).start.line = 0), tree), 'expected `position.start.line` to be an integer of at least 1, got `0`'],
    ['a 0-based column', (tree) => (((at(tree, 0, 0).position as { end: Loose }).end.column = 0), tree), 'expected `position.end.column` to be an integer of at least 1, got `0`'],
    ['a negative offset', (tree) => (((at(tree, 0, 0).position as { start: Loose }).start.offset = -1), tree), 'expected `position.start.offset` to be an integer of at least 0, got `-1`'],
    ['start after end', (tree) => {
      const position = at(tree, 0, 0).position as { start: Loose; end: Loose };
      [position.start, position.end] = [position.end, position.start];
      return tree;
    }, /at `root\.children\[0\]\.children\[0\]` \(paragraph\): expected `position\.start` not after `position\.end` \(offset \d+ > \d+\)/u],
    ['a child outside its parent', (tree) => {
      (at(tree, 0, 1, 0, 0).position as { end: unknown }).end = { line: 99, column: 1, offset: 9999 };
      return tree;
    }, /at `root\.children\[0\]\.children\[1\]\.children\[0\]\.children\[0\]` \(paragraph\): ends \(offset 9999\) after its parent item/u],
    ['a figure outside its paragraph', (tree) => {
      const figure = (at(tree, 0, 1, 0, 0).figures as Loose[])[0] as Loose;
      (figure.position as { start: unknown }).start = { line: 1, column: 1, offset: 0 };
      return tree;
    }, /\(paragraph\): figures\[0\]: starts \(offset 0\) before its paragraph/u],
    ['a figure of an unknown kind', (tree) => ((((at(tree, 0, 1, 0, 0).figures as Loose[])[0] as Loose).kind = 'area'), tree), 'figures[0]: expected `kind` to be one of `count`, `money`, `percent`, `date`, got `"area"`'],
    ['an item of another style than its list', (tree) => ((at(tree, 0, 1, 1).style = 'yao'), tree), 'at `root.children[0].children[1].children[1]` (item): expected the style of its list, `shi`, got `yao`'],
    ['an unknown style', (tree) => ((at(tree, 0, 1).style = 'roman'), tree), 'at `root.children[0].children[1]` (list): expected `style` to be a marker style (`di`,'],
    ['ordinal 0', (tree) => ((at(tree, 0, 1, 1).ordinal = 0), tree), 'at `root.children[0].children[1].children[1]` (item): expected `ordinal` to be a positive integer, got `0`'],
    ['a fractional ordinal', (tree) => ((at(tree, 0).ordinal = 1.5), tree), 'at `root.children[0]` (section): expected `ordinal` to be a positive integer, got `1.5`'],
    ['inferred with a marker', (tree) => ((at(tree, 0, 1, 0).inferred = true), tree), 'at `root.children[0].children[1].children[0]` (item): expected no `marker` on an `inferred` node'],
    ['inferred false', (tree) => ((at(tree, 2).inferred = false), tree), 'at `root.children[2]` (section): expected `inferred` to be `true` or absent, got `false`'],
    ['a number with neither marker nor inferred', (tree) => (delete at(tree, 2).inferred, tree), 'at `root.children[2]` (section): expected a `marker`, or `inferred: true` when the source lacks the number'],
    ['a section marker without ordinal', (tree) => (delete at(tree, 0).ordinal, tree), 'at `root.children[0]` (section): expected `ordinal` to be a positive integer, got nothing'],
    ['an item without title', (tree) => (delete at(tree, 0, 1, 0).title, tree), 'at `root.children[0].children[1].children[0]` (item): expected `title` to be a string, got nothing'],
    ['a paragraph value that is not a string', (tree) => ((at(tree, 0, 0).value = 42), tree), 'at `root.children[0].children[0]` (paragraph): expected `value` to be a string, got `42`'],
  ];

  for (const [name, breakTree, message] of broken) {
    it(`fails on ${name}`, () => {
      const tree = breakTree(fresh());
      expect(() => assertTree(tree)).toThrow(message);
    });
  }

  it('narrows an unknown value to a Document', () => {
    const value: unknown = JSON.parse(JSON.stringify(parse(sample)));
    assertTree(value);
    const tree: Document = value;
    expect(tree.children).toHaveLength(3);
  });
});
