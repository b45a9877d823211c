// The benchmark's corpus: varied copies of the seed and the fixtures (sections shuffled and their
// headlines renumbered, clean and newspaperized), deterministic for a given source tree.
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { newspaperize } from './newspaperize.mjs';

/** mulberry32, the generator newspaperize uses too. */
export function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const chinese = (value) => (value <= 10 ? numerals[value - 1] : value < 20 ? `十${numerals[value - 11]}` : `${numerals[Math.floor(value / 10) - 1]}十${value % 10 ? numerals[(value % 10) - 1] : ''}`);

// The marker that opens a top-level section, tried in this order: e.g. `一、` `（一）` `第一，` `1.` `1 `.
const sectionMarkers = [
  { pattern: /^[一二三四五六七八九十]+、/u, write: (n) => `${chinese(n)}、` },
  { pattern: /^（[一二三四五六七八九十]+）/u, write: (n) => `（${chinese(n)}）` },
  { pattern: /^第[一二三四五六七八九十]+([，、：])/u, write: (n, match) => `第${chinese(n)}${match[1]}` },
  { pattern: /^[0-9]+([.．、])/u, write: (n, match) => `${n}${match[1]}` },
  { pattern: /^[0-9]+( )(?=\S)/u, write: (n, match) => `${n}${match[1]}` },
];

/**
 * A copy of a clean document with its top-level sections shuffled and renumbered in their new
 * order (the head before the first section stays first).
 */
export function shuffleSections(text, random) {
  const lines = text.split('\n');
  const family = sectionMarkers.find(({ pattern }) => lines.filter((line) => pattern.test(line)).length >= 2);
  if (!family) return text;
  const head = [];
  const sections = [];
  for (const line of lines) {
    if (family.pattern.test(line)) sections.push([line]);
    else if (sections.length === 0) head.push(line);
    else sections[sections.length - 1].push(line);
  }
  // A closing paragraph after the last section (a signature, a date) is not part of it, but it
  // cannot be told apart here; it moves with that section, which only varies the text more.
  for (let index = sections.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [sections[index], sections[other]] = [sections[other], sections[index]];
  }
  sections.forEach((section, index) => {
    section[0] = section[0].replace(family.pattern, (...match) => family.write(index + 1, match));
  });
  return [...head, ...sections.flat()].join('\n');
}

/** The source documents: the seed (already laid out like a newspaper) and every fixture (clean). */
export function sourceDocuments(root) {
  const seed = { name: 'seed', text: readFileSync(join(root, 'seeds/000_ef45b06f2ab55175.txt'), 'utf8'), clean: false };
  const fixtures = readdirSync(join(root, 'fixtures'))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ name: file.replace(/\.txt$/u, ''), text: readFileSync(join(root, 'fixtures', file), 'utf8'), clean: true }));
  return [seed, ...fixtures];
}

/**
 * The `index`-th document of the corpus: documents in turn, each a varied copy (sections
 * shuffled and renumbered; every other one newspaperized with its own seed). The seed text is
 * already laid out and is taken as it is.
 */
export function corpusDocument(sources, index) {
  const source = sources[index % sources.length];
  if (!source.clean) return source.text.endsWith('\n') ? source.text : `${source.text}\n`;
  const random = generator(index * 7919 + 17);
  const shuffled = shuffleSections(source.text.trimEnd(), random);
  return index % 2 === 0 ? newspaperize(shuffled, index + 1) : `${shuffled}\n`;
}

/**
 * Write the corpus into `directory`: one file per size (documents one after another, separated
 * by a blank line, cut at a document boundary once the size is reached) and a folder of
 * `batchCount` documents.
 *
 * @returns {{ files: Array<{ label: string, path: string, bytes: number }>, batch: { path: string, files: string[], bytes: number } }}
 */
export function writeCorpus(root, directory, sizesMb, batchCount) {
  const sources = sourceDocuments(root);
  const files = [];
  for (const size of sizesMb) {
    const path = join(directory, `corpus-${size}mb.txt`);
    const fd = openSync(path, 'w');
    let bytes = 0;
    for (let index = 0; bytes < size * 1e6; index++) {
      const chunk = Buffer.from(`${corpusDocument(sources, index)}\n`, 'utf8');
      writeSync(fd, chunk);
      bytes += chunk.length;
    }
    closeSync(fd);
    files.push({ label: `${size} MB`, size, path, bytes });
  }
  const batchDirectory = join(directory, 'batch');
  mkdirSync(batchDirectory, { recursive: true });
  const batchFiles = [];
  let batchBytes = 0;
  for (let index = 0; index < batchCount; index++) {
    const path = join(batchDirectory, `doc-${String(index).padStart(4, '0')}.txt`);
    // Offset the index so that the folder is not the same documents as the head of the files.
    const text = corpusDocument(sources, index + 100_000);
    const fd = openSync(path, 'w');
    batchBytes += writeSync(fd, text);
    closeSync(fd);
    batchFiles.push(path);
  }
  return { files, batch: { path: batchDirectory, files: batchFiles, bytes: batchBytes } };
}
