// One measurement of the readers, in a process of its own so that its peak memory is its own:
// every fixture of one format (fixtures/pdf, fixtures/docx, fixtures/html) read and parsed by
// parseAsync, as `jyparse FILE` does, `rounds` times over.
// usage: node scripts/bench/read-formats.mjs <pdf|docx|html> <rounds> [dist directory]
// Prints one JSON line: { files, pages, bytes, ms, firstMs, cpuMs, maxRssKb }. `firstMs` is the
// first file alone, loading its reader (pdf.js, the unzip and XML parser, the HTML parser) included.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [format, roundsText, distDirectory] = process.argv.slice(2);
const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = distDirectory === undefined ? new URL('../../dist/', import.meta.url) : pathToFileURL(`${distDirectory}/`);
const { parseAsync } = await import(new URL('index.js', dist).href);
const directory = join(root, 'fixtures', format);
const files = readdirSync(directory).filter((name) => name.endsWith(`.${format}`)).sort().map((name) => readFileSync(join(directory, name)));
const rounds = Number(roundsText);

let pages = 0;
let firstMs;
const cpuBefore = process.cpuUsage();
const start = performance.now();
for (let round = 0; round < rounds; round++) {
  for (const bytes of files) {
    const tree = await parseAsync(bytes);
    firstMs ??= performance.now() - start;
    if (tree.data.format !== format) throw new Error(`read as ${tree.data.format}, not ${format}`);
    // A PDF's pages are in its positions; a Word file or a page counts as one.
    let last = 1;
    for (const child of tree.children) last = Math.max(last, child.position.page ?? 1);
    for (const line of tree.furniture ?? []) last = Math.max(last, line.position.page ?? 1);
    pages += last;
  }
}
const ms = performance.now() - start;
const cpu = process.cpuUsage(cpuBefore);
const bytes = rounds * files.reduce((sum, file) => sum + file.length, 0);
process.stdout.write(`${JSON.stringify({ files: rounds * files.length, pages, bytes, ms, firstMs, cpuMs: (cpu.user + cpu.system) / 1000, maxRssKb: process.resourceUsage().maxRSS })}\n`);
