#!/usr/bin/env node
// Score the parser on extracted texts: files NAME.<layout>.<extractor>.txt (as ../shared/tools/pdfize.mjs
// writes them, NAME possibly ending in .sN for the seed) in one or more folders, each against the gold
// outline of its document (GOLDDIR/BASE.outline, BASE being NAME without its .sN; or a NAME.outline beside it).
// Prints one table: per extractor and layout, runs, items F1, titles exact, document titles, lossless.
// usage: node scripts/extracted.mjs DIR [--gold GOLDDIR ...] [--verbose] [--json]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '../dist/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const score = join(root, 'scripts/score.mjs');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const golds = args.flatMap((a, i) => (a === '--gold' ? [resolve(args[i + 1])] : []));
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--gold').map((d) => resolve(d));
if (dirs.length === 0) {
  console.error('usage: node scripts/extracted.mjs DIR [--gold GOLDDIR ...] [--verbose] [--json]');
  process.exit(2);
}

const pattern = /^(.+?)(?:\.s(\d+))?\.(gongwen|paper|[a-z]+)\.(pdftotext|layout|pdfjs|[a-z]+)\.txt$/;
const work = mkdtempSync(join(tmpdir(), 'jyparse-extracted-'));
const goldOf = (dir, base) => [dir, ...golds].map((d) => join(d, `${base}.outline`)).find(existsSync);

const groups = new Map();
const failures = [];
for (const dir of dirs) {
  for (const file of readdirSync(dir).sort()) {
    const m = pattern.exec(file);
    if (!m) continue;
    const [, base, , layout, extractor] = m;
    const gold = goldOf(dir, base);
    if (!gold) continue;
    const textPath = join(dir, file);
    const treePath = join(work, 'tree.json');
    writeFileSync(treePath, JSON.stringify(parse(readFileSync(textPath))));
    let out;
    try {
      out = execFileSync('node', [score, gold, treePath, textPath, '--json'], { encoding: 'utf8' });
    } catch (error) {
      out = error.stdout;
    }
    const r = JSON.parse(out.trim().split('\n').pop());
    const key = `${extractor} ${layout}`;
    const g = groups.get(key) ?? { runs: 0, tp: 0, gold: 0, got: 0, exact: 0, docTitles: 0, lossless: 0, pass: 0 };
    g.runs++; g.tp += r.tp; g.gold += r.gold; g.got += r.got; g.exact += r.titlesExact;
    g.docTitles += r.titleOk && r.subtitleOk ? 1 : 0; g.lossless += r.missing || r.extra ? 0 : 1; g.pass += r.pass ? 1 : 0;
    groups.set(key, g);
    if (!r.pass) failures.push(`${file}: ${r.tp}/${r.gold} (${r.got})${r.titleOk && r.subtitleOk ? '' : ' title'}${r.missing || r.extra ? ' LOSSY' : ''}`);
    if (verbose && !r.pass) {
      try {
        execFileSync('node', [score, gold, treePath, textPath], { encoding: 'utf8' });
      } catch (error) {
        console.log(`  ${file}:\n${error.stdout.split('\n').map((l) => `    ${l}`).join('\n')}`);
      }
    }
  }
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');
const f1 = (g) => {
  const p = g.got ? g.tp / g.got : 1, r = g.gold ? g.tp / g.gold : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
};
const total = { runs: 0, tp: 0, gold: 0, got: 0, exact: 0, docTitles: 0, lossless: 0, pass: 0 };
const rows = [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, g]) => {
  for (const k of Object.keys(total)) total[k] += g[k];
  return [key, g];
});
if (asJson) {
  console.log(JSON.stringify(Object.fromEntries([...rows, ['all', total]].map(([k, g]) => [k, { ...g, f1: f1(g) }]))));
  process.exit(0);
}
if (!verbose) for (const f of failures) console.log(`  ${f}`);
console.log(`${'extractor layout'.padEnd(22)} ${'runs'.padStart(5)} ${'items F1'.padStart(9)} ${'titles'.padStart(7)} ${'doc title'.padStart(9)} ${'lossless'.padStart(9)} ${'PASS'.padStart(5)}`);
for (const [key, g] of [...rows, ['all', total]]) {
  console.log(`${key.padEnd(22)} ${String(g.runs).padStart(5)} ${`${(100 * f1(g)).toFixed(1)}%`.padStart(9)} ${pct(g.exact, g.gold).padStart(7)} ${pct(g.docTitles, g.runs).padStart(9)} ${pct(g.lossless, g.runs).padStart(9)} ${String(g.pass).padStart(5)}`);
}
