#!/usr/bin/env node
// Every output jyparse gives on a set of inputs, written to a folder, so that a refactoring can be
// shown to change nothing: take a snapshot before, one after, and compare them.
//
//   node scripts/snapshot.mjs OUT [DIR…]        write the snapshot of the committed fixtures, and
//                                              of the inputs in DIR… (a corpus), into OUT
//   node scripts/snapshot.mjs --compare A B     list the outputs that differ; exit 1 if any does
//
// For each input folder it writes, through the built CLI (`npm run build` first), the JSON, YAML
// and Markdown of every input, and `check` and `stats` over all of them as JSON. Newspaperized
// copies of the clean text fixtures (scripts/bench/newspaperize.mjs, fixed seeds) are included.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newspaperize } from './bench/newspaperize.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/jyparse.js');
const INPUT = /\.(txt|html?|pdf|docx)$/u;

const args = process.argv.slice(2);
if (args[0] === '--compare') process.exit(compare(args[1], args[2]));
if (args.length === 0) {
  console.error('usage: snapshot.mjs OUT [DIR…] | snapshot.mjs --compare A B');
  process.exit(2);
}
const out = resolve(args[0]);
const dirs = [...['fixtures', 'fixtures/extracted', 'fixtures/html', 'fixtures/pdf', 'fixtures/docx'].map((dir) => join(root, dir)), ...args.slice(1)];
rmSync(out, { recursive: true, force: true });
for (const dir of dirs) snapshotDir(resolve(dir), join(out, relative(root, resolve(dir)).replaceAll(/[\\/.]+/gu, '_').replace(/^_+/u, '') || 'root'));
snapshotNewspaperized(join(root, 'fixtures'), join(out, 'newspaperized'));
console.log(`snapshot in ${out}`);

function snapshotDir(dir, target) {
  // Names relative to the folder, run from it: the outputs do not name where the snapshot was taken.
  const files = readdirSync(dir).filter((name) => INPUT.test(name) && statSync(join(dir, name)).isFile()).sort();
  if (files.length === 0) return;
  for (const format of ['json', 'yaml', 'md']) {
    mkdirSync(join(target, format), { recursive: true });
    const log = run(['--out-dir', join(target, format), '--format', format, ...files], dir);
    if (log !== '') writeFileSync(join(target, format, 'stdout.txt'), log);
  }
  writeFileSync(join(target, 'check.json'), run(['check', '--reporter', 'json', ...files], dir));
  writeFileSync(join(target, 'stats.json'), run(['stats', '--format', 'json', ...files], dir));
}

function snapshotNewspaperized(dir, target) {
  const temp = mkdtempSync(join(tmpdir(), 'jy-snapshot-'));
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt') && statSync(join(dir, file)).isFile()).sort()) {
    const text = readFileSync(join(dir, name), 'utf8');
    for (const seed of [1, 2]) writeFileSync(join(temp, `${basename(name, '.txt')}.n${seed}.txt`), newspaperize(text, seed));
  }
  snapshotDir(temp, target);
  rmSync(temp, { recursive: true, force: true });
}

/** The CLI's standard output and exit status, whatever the status. */
function run(argv, cwd) {
  try {
    return execFileSync(process.execPath, [bin, ...argv], { cwd, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    if (typeof error.status !== 'number') throw error;
    return `${error.stdout}\n# exit ${error.status}\n${error.stderr}`;
  }
}

function compare(a, b) {
  const list = (dir) => existsSync(dir) ? walk(dir).map((file) => relative(dir, file)).sort() : [];
  const left = list(a);
  const right = new Set(list(b));
  let differ = 0;
  for (const file of left) {
    if (!right.has(file)) { console.log(`only in ${a}: ${file}`); differ++; continue; }
    right.delete(file);
    if (!readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) { console.log(`differs: ${file}`); differ++; }
  }
  for (const file of right) { console.log(`only in ${b}: ${file}`); differ++; }
  console.log(differ === 0 ? `identical: ${left.length} outputs` : `${differ} of ${left.length} outputs differ`);
  return differ === 0 ? 0 : 1;
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]);
}
