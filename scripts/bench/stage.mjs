// One measurement of the benchmark, in a process of its own so that its peak memory is its own.
// usage: node scripts/bench/stage.mjs <floor|parse|json|yaml|md|check> <file> [dist directory]
// Prints one JSON line: { ms, cpuMs, maxRssKb }. `ms` times the stage alone: for the writers and
// `check`, the tree is parsed first, untimed (their peak memory includes the parse).
import { existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [stage, path, distDirectory] = process.argv.slice(2);
const dist = distDirectory === undefined ? new URL('../../dist/', import.meta.url) : pathToFileURL(`${distDirectory}/`);

// The floor's marker pattern: one regular expression for the common marker shapes, e.g. `一、`
// `（一）` `(1)` `1.` `第一，` `①`, tried once at the start of every line.
const marker = /^[ \t\u3000]*(?:[一二三四五六七八九十]+[、．]|[（(][一二三四五六七八九十0-9０-９]+[）)]|[0-9０-９]+[.．、]|第[一二三四五六七八九十]+[，、：]|[①-⑳])/u;

/** The floor: read, decode UTF-8, split into lines, one marker pattern and one small object a line. */
function floor(file) {
  const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  const lines = [];
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    const found = marker.exec(line);
    lines.push({ start, end, marker: found === null ? undefined : found[0] });
    start = end + 1;
  }
  return lines.length;
}

const devNull = openSync('/dev/null', 'w');
const sink = (chunk) => {
  writeSync(devNull, chunk);
};
const renderOptions = (format) => ({ format, positions: false, outline: false, depth: undefined, color: false });

async function main() {
  if (stage === 'floor') return time(() => floor(path));
  const { parse } = await import(new URL('index.js', dist).href);
  if (stage === 'parse') return time(() => parse(readFileSync(path)));
  // As the CLI does, the bytes are not kept once parsed.
  const tree = parse(readFileSync(path));
  if (stage === 'json') {
    // The convert command's own path: chunked JSON where the build has it.
    const chunked = new URL('cli/batch/convert.js', dist);
    if (existsSync(chunked)) {
      const { writeDocument } = await import(chunked.href);
      return timeAsync(() => writeDocument(tree, { render: renderOptions('json'), ndjson: false, encoding: 'auto' }, sink));
    }
    const { render } = await import(new URL('cli/render.js', dist).href);
    return timeAsync(async () => sink(await render(tree, renderOptions('json'))));
  }
  if (stage === 'yaml' || stage === 'md') {
    const { render } = await import(new URL('cli/render.js', dist).href);
    return timeAsync(async () => sink(await render(tree, renderOptions(stage))));
  }
  if (stage === 'check') {
    const module = new URL('check/index.js', dist);
    if (!existsSync(module)) return { skipped: 'no dist/check/index.js' };
    const { check } = await import(module.href);
    const source = new TextDecoder('utf-8').decode(readFileSync(path));
    return time(() => check(tree, { source }));
  }
  throw new Error(`Cannot run stage \`${stage}\`, expected floor, parse, json, yaml, md or check`);
}

function time(action) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  action();
  return finish(start, cpu);
}

async function timeAsync(action) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await action();
  return finish(start, cpu);
}

function finish(start, cpu) {
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, maxRssKb: process.resourceUsage().maxRSS };
}

try {
  process.stdout.write(`${JSON.stringify(await main())}\n`);
} catch (error) {
  process.stdout.write(`${JSON.stringify({ error: String(error instanceof Error ? error.message : error).split('\n')[0] })}\n`);
}
