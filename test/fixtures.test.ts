import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/parse.js';
import { expectFile } from './support/expect-file.js';
import { expectInvariants } from './support/invariants.js';
import { newspaperize } from './support/newspaperize.js';
import { parseGold, scoreTree, type Score } from './support/outline.js';

const directory = new URL('../fixtures/', import.meta.url);
const names = readdirSync(directory)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.slice(0, -4))
  .sort();
const layoutSeeds = [1, 2, 3];

const problems = (score: Score): Partial<Score> => {
  const { pass: _pass, titleOk, subtitleOk, missingLetters, extraLetters, ...lists } = score;
  const out: Partial<Score> = Object.fromEntries(Object.entries(lists).filter(([, value]) => (value as string[]).length > 0));
  if (!titleOk) out.titleOk = false;
  if (!subtitleOk) out.subtitleOk = false;
  if (missingLetters || extraLetters) Object.assign(out, { missingLetters, extraLetters });
  return out;
};

describe('fixtures', () => {
  it('has at least 12 fixtures with gold outlines', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
  });

  for (const name of names) {
    describe(name, () => {
      const source = readFileSync(new URL(`${name}.txt`, directory), 'utf8');
      const gold = parseGold(readFileSync(new URL(`${name}.outline`, directory), 'utf8'));

      it('gives its gold outline', () => {
        const tree = parse(source);
        expect(problems(scoreTree(gold, tree, source))).toEqual({});
        expectInvariants(tree, source);
      });

      it('gives the reviewed JSON tree', () => {
        expectFile(new URL(`${name}.json`, directory).pathname, `${JSON.stringify(parse(source), null, 2)}\n`);
      });

      for (const seed of layoutSeeds) {
        it(`gives the same outline newspaperized (seed ${seed})`, () => {
          const wrapped = newspaperize(source, seed);
          const tree = parse(wrapped);
          expect(problems(scoreTree(gold, tree, wrapped))).toEqual({});
          expectInvariants(tree, wrapped);
        });
      }
    });
  }
});
