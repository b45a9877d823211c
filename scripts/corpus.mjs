#!/usr/bin/env node
// Score the parser on ../shared/corpus (development only; the corpus is not part of the project):
// each document as written and newspaperized with several seeds, plus the seed and the project's
// own fixtures (and any --dir DIR of NAME.txt + NAME.outline pairs); then, read by the HTML reader,
// each clean text published on every site of scripts/fixtures/html-sites.mjs and the pages of
// fixtures/html (--no-html leaves them out).
// usage: node scripts/corpus.mjs [--seeds 1,2,3] [--verbose] [--dir DIR ...] [--no-html]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '../dist/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const seeds = option('--seeds', '1,2,3,4,5').split(',').map(Number);
const verbose = args.includes('--verbose');
const score = join(shared, 'tools/score.mjs');
const newspaperize = join(shared, 'tools/newspaperize.mjs');
if (!existsSync(score)) {
  console.error('jyparse corpus: ../shared/tools is not here; nothing to score');
  process.exit(0);
}

const dirs = [join(shared, 'corpus'), join(root, 'fixtures'), ...args.flatMap((a, i) => (a === '--dir' ? [resolve(args[i + 1])] : []))];
const cases = [{ name: 'seed', text: join(root, 'seeds/000_ef45b06f2ab55175.txt'), gold: join(shared, 'seed-outline.txt'), variants: false }];
for (const dir of dirs) {
  if (!existsSync(dir)) continue;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const gold = join(dir, file.replace(/\.txt$/, '.outline'));
    if (existsSync(gold)) cases.push({ name: `${basename(dir)}/${file.replace(/\.txt$/, '')}`, text: join(dir, file), gold, variants: true });
  }
}

const work = mkdtempSync(join(tmpdir(), 'jyparse-corpus-'));
const scoreTree = (tree, textPath, goldPath) => {
  const treePath = join(work, 'tree.json');
  writeFileSync(treePath, JSON.stringify(tree));
  let out;
  try {
    out = execFileSync('node', [score, goldPath, treePath, textPath, '--json'], { encoding: 'utf8' });
  } catch (error) {
    out = error.stdout;
  }
  const result = JSON.parse(out.trim().split('\n').pop());
  if (verbose && !result.pass) {
    try {
      execFileSync('node', [score, goldPath, treePath, textPath], { encoding: 'utf8' });
    } catch (error) {
      console.log(`  ${basename(textPath)}:\n${error.stdout.split('\n').map((l) => `    ${l}`).join('\n')}`);
    }
  }
  return result;
};
const run = (textPath, goldPath) => scoreTree(parse(readFileSync(textPath)), textPath, goldPath);

const rows = [];
let totalGold = 0, totalTp = 0, totalGot = 0, passes = 0, runs = 0;
for (const entry of cases) {
  const variants = [{ label: 'clean', path: entry.text }];
  if (entry.variants) {
    for (const seed of seeds) {
      const path = join(work, `${basename(entry.text, '.txt')}.s${seed}.txt`);
      writeFileSync(path, execFileSync('node', [newspaperize, '--seed', String(seed), entry.text], { encoding: 'utf8' }));
      variants.push({ label: `s${seed}`, path });
    }
  }
  const cells = [];
  for (const variant of variants) {
    const r = run(variant.path, entry.gold);
    totalGold += r.gold; totalTp += r.tp; totalGot += r.got; runs++; if (r.pass) passes++;
    const flags = [r.titleOk && r.subtitleOk ? '' : 'T', r.headingsF1 < 1 ? 'H' : '', r.missing || r.extra ? 'L' : '', r.titlesExact < r.gold ? 't' : ''].join('');
    cells.push(`${variant.label}:${r.pass ? 'PASS' : `${r.tp}/${r.gold}(${r.got})${flags}`}`);
  }
  rows.push(`${entry.name.padEnd(48)} ${cells.join(' ')}`);
}
console.log(rows.join('\n'));
const p = totalGot ? totalTp / totalGot : 1, r = totalGold ? totalTp / totalGold : 1;
console.log(`\n${passes}/${runs} runs PASS; items P ${(100 * p).toFixed(1)}% R ${(100 * r).toFixed(1)}% F1 ${((200 * p * r) / (p + r)).toFixed(1)}% over ${runs} runs`);

if (!args.includes('--no-html')) {
  // HTML: the clean texts on every site, and the project's HTML fixtures, through the reader.
  const { encodeGbk, readSource, sites } = await import('./fixtures/html-sites.mjs');
  const { readHtml } = await import('../dist/read/html/index.js');
  const { parseExtracted } = await import('../dist/parse.js');
  const tally = { gold: 0, tp: 0, got: 0, passes: 0, runs: 0 };
  const readPage = (bytes, goldPath) => {
    const read = readHtml(bytes);
    const textPath = join(work, 'page.txt');
    writeFileSync(textPath, read.text);
    const r = scoreTree(parseExtracted(read), textPath, goldPath);
    tally.gold += r.gold; tally.tp += r.tp; tally.got += r.got; tally.runs++; if (r.pass) tally.passes++;
    return r.pass ? 'PASS' : `${r.tp}/${r.gold}(${r.got})${r.titleOk && r.subtitleOk ? '' : 'T'}`;
  };
  const htmlRows = [];
  for (const entry of cases.filter((each) => each.variants)) {
    const source = readSource(entry.text.replace(/\.txt$/u, ''));
    const cells = [];
    for (const [name, site] of Object.entries(sites)) {
      if (name === 'minutesTable') continue;
      let made;
      try {
        made = site(source);
      } catch {
        continue;  // a text the site cannot publish (runs of spaces)
      }
      cells.push(`${name}:${readPage(made.encoding === 'gb2312' || made.encoding === 'gbk' ? encodeGbk(made.html) : new TextEncoder().encode(made.html), entry.gold)}`);
    }
    htmlRows.push(`${entry.name.padEnd(48)} ${cells.join(' ')}`);
  }
  const pages = join(root, 'fixtures/html');
  if (existsSync(pages)) {
    for (const file of readdirSync(pages).filter((f) => f.endsWith('.html')).sort()) {
      htmlRows.push(`${`html/${file}`.padEnd(48)} ${readPage(new Uint8Array(readFileSync(join(pages, file))), join(pages, `${file}.outline`))}`);
    }
  }
  console.log(`\n${htmlRows.join('\n')}`);
  const hp = tally.got ? tally.tp / tally.got : 1, hr = tally.gold ? tally.tp / tally.gold : 1;
  console.log(`\nHTML: ${tally.passes}/${tally.runs} runs PASS; items P ${(100 * hp).toFixed(1)}% R ${(100 * hr).toFixed(1)}% F1 ${((200 * hp * hr) / (hp + hr)).toFixed(1)}% over ${tally.runs} runs`);
}
