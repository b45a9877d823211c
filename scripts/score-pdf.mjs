#!/usr/bin/env node
// Measure the PDF reader over many layouts: each of the project's clean texts (fixtures/*.txt with
// a gold outline) is made into PDFs by pdfize (../shared/tools/pdfize.mjs), 公文 and newspaper
// layouts, seeds 1..5 by default; each PDF is read by readPdf, parsed (parseExtracted) and scored
// against the text's gold outline by scripts/score.mjs. Three rows per layout:
//   readPdf      the reader's text and facts, furniture in the flow (what parseExtracted gets today)
//   no-furniture the same with the furniture lines taken out, as the page stage will take them
//   pdftotext    poppler's text of the same PDF through parse(), the baseline
// Needs a build (npm run build), chromium, poppler-utils, fonts-noto-cjk (and fonts-wqy-zenhei for
// --fonts truetype). PDFs are kept in --dir (default a temporary folder) and made again only if missing.
// usage: node scripts/score-pdf.mjs [--seeds 1,2,3,4,5] [--fonts noto|truetype] [--only a,b] [--dir DIR] [--verbose] [--json]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from '../dist/index.js';
import { parseExtracted } from '../dist/parse.js';
import { readPdf } from '../dist/read/pdf/index.js';
import { pdfize, readSource, root } from './fixtures/pdfize.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const seeds = option('--seeds', '1,2,3,4,5').split(',').map(Number);
const fonts = option('--fonts', 'noto');
const only = option('--only', '')?.split(',').filter(Boolean) ?? [];
const dir = resolve(option('--dir', mkdtempSync(join(tmpdir(), 'jyparse-pdf-'))));
const verbose = args.includes('--verbose');
const layouts = ['gongwen', 'paper'];
mkdirSync(dir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'jyparse-pdf-score-'));
const scorer = join(root, 'scripts/score.mjs');

const names = readdirSync(join(root, 'fixtures')).filter((file) => file.endsWith('.outline')).map((file) => file.replace(/\.outline$/u, ''))
  .filter((name) => existsSync(join(root, 'fixtures', `${name}.txt`)) && (only.length === 0 || only.includes(name))).sort();

/** The reader's text without its furniture lines, facts renumbered: what the page stage will give the layout. */
function withoutFurniture(extracted) {
  const lines = extracted.text.split('\n');
  const byLine = new Map(extracted.facts.map((fact) => [fact.line, fact]));
  const kept = [];
  const facts = [];
  lines.forEach((line, index) => {
    const fact = byLine.get(index);
    if (fact?.furniture) return;
    if (fact) facts.push({ ...fact, line: kept.length });
    kept.push(line.replace(/^\f/u, ''));
  });
  return { ...extracted, text: kept.join('\n'), facts };
}

function score(gold, tree, source) {
  const treePath = join(work, 'tree.json');
  const sourcePath = join(work, 'source.txt');
  writeFileSync(treePath, JSON.stringify(tree));
  writeFileSync(sourcePath, source);
  let out;
  try {
    out = execFileSync('node', [scorer, gold, treePath, sourcePath, '--json'], { encoding: 'utf8' });
  } catch (error) {
    out = error.stdout;
  }
  const result = JSON.parse(out.trim().split('\n').pop());
  if (verbose && !result.pass) {
    try { execFileSync('node', [scorer, gold, treePath, sourcePath], { encoding: 'utf8' }); } catch (error) { result.detail = error.stdout; }
  }
  return result;
}

const rows = new Map();
const failures = [];
const add = (key, file, result) => {
  const row = rows.get(key) ?? { runs: 0, tp: 0, gold: 0, got: 0, exact: 0, docTitles: 0, pass: 0, errors: 0 };
  row.runs++;
  if (result.error) { row.errors++; failures.push(`${key} ${file}: ${result.error}`); rows.set(key, row); return; }
  row.tp += result.tp; row.gold += result.gold; row.got += result.got; row.exact += result.titlesExact;
  row.docTitles += result.titleOk && result.subtitleOk ? 1 : 0; row.pass += result.pass ? 1 : 0;
  if (!result.pass) failures.push(`${key} ${file}: ${result.tp}/${result.gold} (${result.got})${result.titleOk && result.subtitleOk ? '' : ' title'}${result.missing || result.extra ? ' LOSSY' : ''}${result.detail ? `\n${result.detail.replace(/^/gmu, '    ')}` : ''}`);
  rows.set(key, row);
};

for (const name of names) {
  const source = readSource(name);
  for (const seed of seeds) {
    const base = `${name}.s${seed}`;
    if (!layouts.every((layout) => existsSync(join(dir, `${base}.${layout}.pdf`)))) {
      pdfize(source, { out: dir, layouts, seed, fonts, name: base });
    }
    for (const layout of layouts) {
      const pdf = join(dir, `${base}.${layout}.pdf`);
      const file = `${base}.${layout}.pdf`;
      try {
        const extracted = await readPdf(new Uint8Array(readFileSync(pdf)));
        add(`${layout} readPdf`, file, score(source.outlinePath, parseExtracted(extracted), extracted.text));
        const bare = withoutFurniture(extracted);
        add(`${layout} no-furniture`, file, score(source.outlinePath, parseExtracted(bare), bare.text));
      } catch (error) {
        add(`${layout} readPdf`, file, { error: error.message });
      }
      const plain = join(dir, `${base}.${layout}.pdftotext.txt`);
      if (existsSync(plain)) add(`${layout} pdftotext`, file, score(source.outlinePath, parse(readFileSync(plain)), readFileSync(plain, 'utf8')));
    }
  }
}

const pct = (a, b) => (b === 0 ? '-' : `${((100 * a) / b).toFixed(1)}%`);
const table = [...rows].sort().map(([key, r]) => {
  const precision = r.got ? r.tp / r.got : 1;
  const recall = r.gold ? r.tp / r.gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { key, runs: r.runs, itemsF1: `${(100 * f1).toFixed(1)}%`, titlesExact: pct(r.exact, r.tp), docTitles: pct(r.docTitles, r.runs - r.errors), pass: `${r.pass}/${r.runs}`, errors: r.errors };
});
if (args.includes('--json')) console.log(JSON.stringify({ fonts, seeds, table }));
else {
  for (const failure of failures) console.log(failure);
  console.log(`\nPDF reader, ${names.length} texts × seeds ${seeds.join(',')} (${fonts} fonts), PDFs in ${dir}`);
  console.log('layout/variant          runs  items F1  titles exact  doc titles  pass     errors');
  for (const r of table) console.log(`${r.key.padEnd(22)} ${String(r.runs).padStart(5)}  ${r.itemsF1.padStart(8)}  ${r.titlesExact.padStart(12)}  ${r.docTitles.padStart(10)}  ${r.pass.padStart(7)}  ${r.errors}`);
}
