import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { expectFile } from './support/expect-file.js';
import { expectInvariants } from './support/invariants.js';
import { parseGold, scoreTree } from './support/outline.js';

const seedPath = new URL('../seeds/000_ef45b06f2ab55175.txt', import.meta.url);
const source = readFileSync(seedPath, 'utf8');
const tree = parse(readFileSync(seedPath));

describe('the reference document', () => {
  it('matches its expected outline completely', () => {
    const gold = parseGold(readFileSync(new URL('../seeds/000_ef45b06f2ab55175.outline', import.meta.url), 'utf8'));
    expect(gold.entries).toHaveLength(79);
    const score = scoreTree(gold, tree, source);
    expect(score).toMatchObject({ missed: [], spurious: [], wrongTitles: [], missedHeadings: [], spuriousHeadings: [], notJoined: [], overJoined: [] });
    expect(score.pass).toBe(true);
  });

  it('holds the tree invariants', () => {
    expectInvariants(tree, source);
  });

  it('gives the reviewed JSON tree', () => {
    expectFile(new URL('../seeds/000_ef45b06f2ab55175.json', import.meta.url).pathname, `${JSON.stringify(tree, null, 2)}\n`);
  });

  it('hoists the mid-page title block to the head', () => {
    expect(tree.title).toBe('加快建设教育强市 推进教育现代化');
    expect(tree.subtitle).toBe('全市教育大会精神要览');
    expect(tree.children[0]).toMatchObject({ type: 'paragraph', position: { start: { line: 81 } } });
  });

  it('reports the panels out of order, the displaced 4, and infers it on the unnumbered headline', () => {
    expect(tree.diagnostics.map((d) => [d.ruleId, d.position.start.line])).toEqual([
      ['JY003/out-of-order', 128],
      ['JY003/out-of-order', 136],
      ['JY005/broken-marker', 136],
      ['JY006/inferred-number', 146],
    ]);
  });
});
