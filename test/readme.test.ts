import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/check/registry.js';
import { rulesTable } from '../src/check/rules-table.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('README', () => {
  it('opens with exactly the two set-up commands', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/u.exec(readme)?.[1];
    expect(firstBlock).toBe('npm ci && node bin/jyparse.js seeds/000_ef45b06f2ab55175.txt --format yaml\nnpm test\n');
  });

  it('holds the rules table generated from the registry', () => {
    expect(readme).toContain(rulesTable(rules));
  });

  it('links the documents it refers to', () => {
    for (const link of readme.match(/\]\((docs\/[^)]+)\)/gu) ?? []) {
      const path = link.slice(2, -1);
      expect(() => readFileSync(new URL(`../${path}`, import.meta.url))).not.toThrow();
    }
  });
});
