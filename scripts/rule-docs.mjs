#!/usr/bin/env node
// Write docs/rules/<id>.md for every rule of the registry (from the build: run `npm run build`
// first). test/check-ci-docs.test.ts fails when a page is not what this script writes.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../dist/check/registry.js';
import { ruleDoc } from '../dist/check/rule-doc.js';

const folder = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'docs/rules');
mkdirSync(folder, { recursive: true });
const wanted = new Set(rules.map((rule) => `${rule.names[0]}.md`));
for (const name of readdirSync(folder)) if (/^JY\d+\.md$/u.test(name) && !wanted.has(name)) rmSync(join(folder, name));
for (const rule of rules) writeFileSync(join(folder, `${rule.names[0]}.md`), ruleDoc(rule));
process.stderr.write(`wrote ${rules.length} pages to docs/rules/\n`);
