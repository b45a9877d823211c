#!/usr/bin/env node
// jyparse benchmark: throughput and peak memory of each stage against a floor, start-up time of the
// CLI, batch conversion, and the PDF, Word and HTML readers on the fixtures (pages/s, MB/s, CPU,
// wall, peak memory). Not part of `npm test`. Uses the build (dist/); builds it if missing.
//
// usage: node scripts/bench.mjs [--runs N] [--startup-runs N] [--sizes 1,5,10,50] [--full] [--keep]
//   --runs N          fresh processes per measurement (default 3); the median is shown
//   --startup-runs N  runs per start-up measurement (default 15)
//   --full            also time YAML, Markdown and check on the largest file (slow)
//   --keep            keep the corpus in its temporary directory
import { spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './bench/corpus.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const runs = Number(option('--runs', '3'));
const startupRuns = Number(option('--startup-runs', '15'));
const sizes = option('--sizes', '1,5,10,50').split(',').map(Number);
const full = args.includes('--full');
const keep = args.includes('--keep');
const batchCount = 2000;
const perFileSample = 100;
const seed = join(root, 'seeds/000_ef45b06f2ab55175.txt');
const began = performance.now();
const loadBefore = loadavg()[0].toFixed(1);

const log = (text) => process.stderr.write(`${text}\n`);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

if (!existsSync(join(root, 'dist/index.js')) || !existsSync(join(root, 'dist/bundle/main.js'))) {
  log('jyparse bench: building dist/ first');
  spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

const work = mkdtempSync(join(tmpdir(), 'jyparse-bench-'));
log(`jyparse bench: corpus in ${work}`);
// Removed however the run ends (a failed measurement throws), unless asked to keep it.
process.on('exit', () => {
  if (keep) log(`jyparse bench: corpus kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
});
// Measure a copy of the build, so that a rebuild in the checkout during the run changes nothing.
const app = join(work, 'app');
cpSync(join(root, 'dist'), join(app, 'dist'), { recursive: true });
cpSync(join(root, 'bin'), join(app, 'bin'), { recursive: true });
copyFileSync(join(root, 'package.json'), join(app, 'package.json'));
symlinkSync(join(root, 'node_modules'), join(app, 'node_modules'), 'dir');
const bin = join(app, 'bin/jyparse.js');
const corpus = writeCorpus(root, work, sizes, batchCount);

// ---- Stages: each measurement a fresh process; runs interleaved so that noise spreads evenly.
const stages = ['floor', 'parse', 'json', 'yaml', 'md', 'check'];
const largest = Math.max(...sizes);
const wanted = (stage, file) => full || file.size !== largest || ['floor', 'parse', 'json'].includes(stage);
const results = new Map();
const stageRun = (stage, file) => {
  const child = spawnSync(process.execPath, [join(root, 'scripts/bench/stage.mjs'), stage, file.path, join(app, 'dist')], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const line = child.stdout.trim().split('\n').pop();
  if (child.status !== 0 || !line) return { error: (child.stderr || `exit ${child.status}`).trim().split('\n').find((text) => /Error/u.test(text)) ?? `exit ${child.status}` };
  return JSON.parse(line);
};
for (const file of corpus.files) {
  log(`  stages on ${file.label} (${runs} runs each)`);
  for (let run = 0; run < runs; run++) {
    for (const stage of stages) {
      if (!wanted(stage, file)) continue;
      const key = `${stage}@${file.size}`;
      if (!results.has(key)) results.set(key, []);
      results.get(key).push(stageRun(stage, file));
    }
  }
}
const cell = (stage, file) => {
  const list = results.get(`${stage}@${file.size}`);
  if (!list) return undefined;
  const failed = list.find((result) => result.error || result.skipped);
  if (failed) return { note: failed.error ?? failed.skipped };
  const ms = median(list.map((result) => result.ms));
  return { ms, mbps: file.bytes / 1e6 / (ms / 1000), rssBytes: median(list.map((result) => result.maxRssKb)) * 1024 };
};

// The load average when each part starts and ends: other work on the machine shows in the numbers.
const load = () => loadavg()[0].toFixed(1);
const loads = { stages: `${loadBefore} → ${load()}` };

// ---- Start-up: wall time of the CLI on the seed against `node -e 0`, interleaved.
log(`  start-up (${startupRuns} runs each)`);
const startupLoad = load();
const devNull = openSync('/dev/null', 'w');
const wall = (argv) => {
  const start = performance.now();
  const child = spawnSync(process.execPath, argv, { stdio: ['ignore', devNull, 'pipe'] });
  const ms = performance.now() - start;
  if (child.status !== 0) throw new Error(`${argv.join(' ')} failed: ${child.stderr}`);
  return ms;
};
const startupCases = [
  { label: 'node -e 0', argv: ['-e', '0'] },
  ...['json', 'yaml', 'md', 'tree'].map((format) => ({ label: `jyparse seed --format ${format}`, argv: [bin, seed, '--format', format] })),
];
const startupTimes = new Map(startupCases.map((entry) => [entry.label, []]));
for (const entry of startupCases) wall(entry.argv); // warm the file cache
for (let run = 0; run < startupRuns; run++) for (const entry of startupCases) startupTimes.get(entry.label).push(wall(entry.argv));
const startup = new Map([...startupTimes].map(([label, times]) => [label, median(times)]));
loads.startup = `${startupLoad} → ${load()}`;

// ---- Batch: the folder of documents, one process per file against one process for all.
log(`  batch of ${batchCount} documents (${runs} runs each)`);
const batchLoad = load();
const files = corpus.batch.files;
const sample = files.filter((_, index) => index % (batchCount / perFileSample) === 0);
const perFile = () => {
  const start = performance.now();
  for (const file of sample) wall([bin, file, '--format', 'json']);
  return ((performance.now() - start) * files.length) / sample.length;
};
let outDirs = 0;
const oneProcess = (extra) => () => {
  const out = join(work, `out-${outDirs++}`);
  const argv = [bin, '--format', 'json', ...extra.map((value) => (value === 'OUT' ? out : value)), ...files];
  const ms = wall(argv);
  if (extra.includes('OUT')) rmSync(out, { recursive: true, force: true });
  return ms;
};
const batchCases = [
  { label: 'one process per file (extrapolated from 100)', run: perFile },
  { label: '--out-dir, --jobs 1', run: oneProcess(['--jobs', '1', '--out-dir', 'OUT']) },
  { label: '--ndjson, --jobs 1', run: oneProcess(['--jobs', '1', '--ndjson']) },
  { label: '--out-dir, --jobs 2', run: oneProcess(['--jobs', '2', '--out-dir', 'OUT']) },
  { label: '--ndjson, --jobs 2', run: oneProcess(['--jobs', '2', '--ndjson']) },
];
const batchTimes = new Map(batchCases.map((entry) => [entry.label, []]));
for (let run = 0; run < runs; run++) for (const entry of batchCases) batchTimes.get(entry.label).push(entry.run());
const batch = new Map([...batchTimes].map(([label, times]) => [label, median(times)]));
loads.batch = `${batchLoad} → ${load()}`;
closeSync(devNull);

// ---- Readers: the PDF, Word and HTML fixtures through parseAsync, a fresh process per run.
const formatRounds = 3;
log(`  readers: fixtures/{pdf,docx,html}, ${formatRounds} rounds a run (${runs} runs each)`);
const formatsLoad = load();
const readerFormats = ['pdf', 'docx', 'html'];
const readerTimes = new Map(readerFormats.map((format) => [format, []]));
for (let run = 0; run < runs; run++) {
  for (const format of readerFormats) {
    const child = spawnSync(process.execPath, [join(root, 'scripts/bench/read-formats.mjs'), format, String(formatRounds), join(app, 'dist')], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`reading ${format} failed: ${child.stderr}`);
    readerTimes.get(format).push(JSON.parse(child.stdout.trim().split('\n').pop()));
  }
}
loads.readers = `${formatsLoad} → ${load()}`;

// ---- The tables.
const fixed = (value, digits = 1) => (value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits));
const out = [];
const row = (...cells) => out.push(`| ${cells.join(' | ')} |`);
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
out.push(`jyparse ${version} benchmark: ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}; load average (1 min) during stages ${loads.stages}, start-up ${loads.startup}, batch ${loads.batch}, readers ${loads.readers}.`);
out.push(`Median of ${runs} fresh processes per measurement (start-up: ${startupRuns} runs); 1 MB = 10^6 bytes; MB/s is input bytes per second of wall time.`);
out.push('');
const stageLabels = {
  floor: 'floor: read, decode, lines, 1 regex + 1 object a line',
  parse: 'parse (bytes → tree)',
  json: 'write JSON',
  yaml: 'write YAML',
  md: 'write Markdown',
  check: 'check (tree → messages)',
};
const five = corpus.files.find((file) => file.size === 5);
const fifty = corpus.files.find((file) => file.size === 50);
row('stage', ...corpus.files.map((file) => `${file.label}: MB/s, peak RSS`), 'vs floor', 'time 50 MB / 5 MB');
row('---', ...corpus.files.map(() => '---:'), '---:', '---:');
const notes = [];
for (const stage of stages) {
  const cells = corpus.files.map((file) => cell(stage, file));
  for (const value of cells) if (value?.note && !notes.includes(`${stage}: ${value.note}`)) notes.push(`${stage}: ${value.note}`);
  const versusFloor = corpus.files.map((file, index) => {
    const floor = cell('floor', file);
    return cells[index]?.mbps && floor?.mbps ? `${fixed((100 * cells[index].mbps) / floor.mbps, 0)}%` : '—';
  });
  const linear = five && fifty && cell(stage, five)?.ms && cell(stage, fifty)?.ms ? cell(stage, fifty).ms / cell(stage, five).ms : undefined;
  row(
    stageLabels[stage],
    ...cells.map((value, index) => (value?.note ? 'n/a' : value === undefined ? '—' : `${fixed(value.mbps)} · ${fixed(value.rssBytes / 1e6, 0)} MB (${fixed(value.rssBytes / corpus.files[index].bytes, 1)}×)`)),
    stage === 'floor' ? '100%' : versusFloor.join(' / '),
    linear === undefined ? '—' : `${fixed(linear, 2)}×`,
  );
}
out.push('');
out.push('Peak RSS is the whole process (Node alone is about 45 MB), with its ratio to the file size; for the writers and check it includes the parse before them. "vs floor" is the throughput over the floor\'s, per file size.');
if (!full) out.push(`YAML, Markdown and check are not run on the ${largest} MB file (\`--full\` runs them).`);
for (const note of notes) out.push(`Not measured: ${note}.`);
out.push('');
row('start-up on the seed (wall time)', 'median ms', 'vs node -e 0');
row('---', '---:', '---:');
const nodeMs = startup.get('node -e 0');
for (const [label, ms] of startup) row(label, fixed(ms, 0), `${fixed(ms / nodeMs, 2)}×`);
out.push('');
row(`batch: ${batchCount} documents, ${fixed(corpus.batch.bytes / 1e6, 1)} MB, to JSON`, 'median s', 'documents/s', 'vs one process per file', 'vs --jobs 1');
row('---', '---:', '---:', '---:', '---:');
const perFileMs = batch.get(batchCases[0].label);
for (const [label, ms] of batch) {
  const single = label.includes('--jobs 2') ? batch.get(label.replace('--jobs 2', '--jobs 1')) : undefined;
  row(label, fixed(ms / 1000, 2), fixed(batchCount / (ms / 1000), 0), `${fixed(perFileMs / ms, 0)}×`, single ? `${fixed(single / ms, 2)}×` : '—');
}
out.push('');
row('reader: fixtures, read and parsed (parseAsync)', 'files · pages · MB', 'pages/s', 'MB/s', 'CPU s', 'wall s', 'first file ms', 'peak RSS');
row('---', '---:', '---:', '---:', '---:', '---:', '---:', '---:');
for (const [format, list] of readerTimes) {
  const [{ files: count, pages, bytes }] = list;
  const ms = median(list.map((result) => result.ms));
  row(
    format.toUpperCase(),
    `${count} · ${pages} · ${fixed(bytes / 1e6, 2)}`,
    fixed(pages / (ms / 1000), 1),
    fixed(bytes / 1e6 / (ms / 1000), 2),
    fixed(median(list.map((result) => result.cpuMs)) / 1000, 2),
    fixed(ms / 1000, 2),
    fixed(median(list.map((result) => result.firstMs)), 0),
    `${fixed(median(list.map((result) => result.maxRssKb)) / 1024, 0)} MB`,
  );
}
out.push(`Each run reads every fixture of the format ${formatRounds} times in one process; "first file" includes loading the reader (pdf.js; fflate and saxes; hast-util-from-html). A Word file or an HTML page counts as one page.`);
out.push('');

// ---- The targets of issue #6, checked against this run.
const target = (label, value, limit, atMost, unit = '×') => {
  const met = value !== undefined && (atMost ? value <= limit : value >= limit);
  row(label, `${atMost ? '≤' : '≥'} ${limit}${unit}`, value === undefined ? '—' : `${fixed(value, unit === '%' ? 0 : 2)}${unit}`, value === undefined ? 'not measured' : met ? 'met' : 'missed');
};
const largestFile = corpus.files[corpus.files.length - 1];
const parseLargest = cell('parse', largestFile);
const floorLargest = cell('floor', largestFile);
const jsonFifty = fifty ? cell('json', fifty) : undefined;
const ratio = (label) => startup.get(label) / nodeMs;
row('target', 'wanted', 'measured', '');
row('---', '---:', '---:', '---');
target(`parse throughput vs floor (${largestFile.label})`, parseLargest?.mbps && floorLargest?.mbps ? (100 * parseLargest.mbps) / floorLargest.mbps : undefined, 40, false, '%');
target('parse time 50 MB / 5 MB', five && fifty ? cell('parse', fifty)?.ms / cell('parse', five)?.ms : undefined, 11, true);
target('peak RSS, parse + JSON of 50 MB, / file size', jsonFifty ? jsonFifty.rssBytes / fifty.bytes : undefined, 12, true);
target('start-up --format json vs node -e 0', ratio('jyparse seed --format json'), 1.8, true);
target('start-up --format md vs node -e 0', ratio('jyparse seed --format md'), 2.5, true);
target('batch --out-dir (one process) vs one process per file', perFileMs / batch.get('--out-dir, --jobs 1'), 20, false);
target('batch --ndjson (one process) vs one process per file', perFileMs / batch.get('--ndjson, --jobs 1'), 20, false);
target('batch --jobs 2 vs --jobs 1 (--out-dir)', batch.get('--out-dir, --jobs 1') / batch.get('--out-dir, --jobs 2'), 1.6, false);
target('batch --jobs 2 vs --jobs 1 (--ndjson)', batch.get('--ndjson, --jobs 1') / batch.get('--ndjson, --jobs 2'), 1.6, false);
out.push('');
out.push(`Command: \`npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}\`; took ${fixed((performance.now() - began) / 1000, 0)} s.`);
process.stdout.write(`${out.join('\n')}\n`);
