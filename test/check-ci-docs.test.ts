import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '../src/check/registry.js';
import { ruleDoc } from '../src/check/rule-doc.js';
import { ruleNotes } from '../src/check/rule-notes.js';
import { projectUrl, ruleDocsBase, ruleUrl } from '../src/check/rule-url.js';

const folder = new URL('../docs/rules/', import.meta.url);
const packageJson = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  repository: { url: string };
  homepage: string;
  files: string[];
};

describe('docs/rules/', () => {
  it('has one page per rule, each what scripts/rule-docs.mjs writes (run it after changing a rule)', () => {
    expect(readdirSync(folder).filter((name) => name.endsWith('.md')).sort()).toEqual(rules.map((rule) => `${rule.names[0]}.md`).sort());
    for (const rule of rules) expect(readFileSync(new URL(`${rule.names[0]}.md`, folder), 'utf8'), rule.names[0]).toBe(ruleDoc(rule));
  });

  it('every page says what, why, a bad and a good example, the options and the standard', () => {
    expect(Object.keys(ruleNotes).sort()).toEqual(rules.map((rule) => rule.names[0]).sort());
    for (const rule of rules) {
      const page = ruleDoc(rule);
      for (const heading of ['## Why', '## Bad', '## Good', '## Options', '## Standard']) expect(page, `${rule.names[0]} ${heading}`).toContain(heading);
      expect(page).toContain(rule.description.en);
      expect(page).toContain(rule.examples.bad.join('\n'));
      expect(ruleNotes[rule.names[0]]?.why).not.toBe('');
      expect(ruleNotes[rule.names[0]]?.standard).not.toBe('');
    }
  });

  it('each rule URL is its page in the repository package.json names, and docs/ is in the package', () => {
    const repository = packageJson.repository.url.replace(/^git\+/u, '').replace(/\.git$/u, '');
    expect(projectUrl).toBe(repository);
    expect(packageJson.homepage).toBe(`${repository}#readme`);
    expect(ruleDocsBase).toBe(`${repository}/blob/main/docs/rules/`);
    for (const rule of rules) {
      const url = ruleUrl(rule);
      expect(url.startsWith(ruleDocsBase)).toBe(true);
      expect(existsSync(new URL(url.slice(ruleDocsBase.length), folder))).toBe(true);
    }
    expect(packageJson.files).toContain('docs/');
  });
});
