#!/usr/bin/env node
// Checks a hand-written gold outline against its clean text, to catch typing slips in the gold (it never looks at a parser):
//   - every entry "- ORD MARKER | TITLE" must occur in the text as MARKER, an optional delimiter, then TITLE;
//   - a TITLE holds no 。！？； before its end (SPEC section 2: the title runs to the first of them);
//   - every "# HEADING", "title:" and "subtitle:" must be a line of the text (white space ignored; title and subtitle may
//     span several lines, joined; a subtitle line may start with ——);
//   - ordinals of siblings run 1, 2, 3… unless a ";" comment of the gold says why not (reported, not failed).
// usage: node corpus/holdout/check-gold.mjs [NAME.outline …]   (default: every .outline beside this script)
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const files = process.argv.slice(2).length ? process.argv.slice(2)
  : readdirSync(here).filter((f) => f.endsWith('.outline')).sort().map((f) => path.join(here, f));
const squash = (s) => s.replace(/[\s\u3000]+/g, '');
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let bad = 0;
for (const file of files) {
  const src = readFileSync(file.replace(/\.outline$/, '.txt'), 'utf8');
  const lines = src.split('\n').map(squash);
  const flat = lines.join('\n');
  const problems = [];
  const lastOrd = [];
  for (const [k, raw] of readFileSync(file, 'utf8').split('\n').entries()) {
    const at = `${path.basename(file)}:${k + 1}`;
    if (!raw.trim() || raw.startsWith(';')) continue;
    if (raw.startsWith('title:') || raw.startsWith('subtitle:')) {
      const want = squash(raw.slice(raw.indexOf(':') + 1));
      const ok = lines.some((_, i) => [1, 2, 3].some((n) => lines.slice(i, i + n).join('').replace(/^[—–-]+/, '') === want));
      if (!ok) problems.push(`${at}: ${raw.split(':')[0]} is not a line (or lines) of the text`);
      continue;
    }
    if (raw.startsWith('# ')) {
      if (!lines.includes(squash(raw.slice(2)))) problems.push(`${at}: heading is not a line of the text`);
      lastOrd.length = 0;
      continue;
    }
    const m = raw.match(/^( *)- (\d+) (\S+) \| (.*)$/);
    if (!m) { problems.push(`${at}: not an outline line`); continue; }
    const depth = m[1].length / 2, ord = Number(m[2]), marker = m[3], title = squash(m[4]);
    if (lastOrd.length > depth + 1) lastOrd.length = depth + 1;
    const prev = lastOrd[depth];
    if (ord !== (prev ?? 0) + 1 && ord !== 1) problems.push(`${at}: note: ordinal ${ord} after ${prev ?? 'none'}`);
    lastOrd[depth] = ord; lastOrd.length = depth + 1;
    const body = title.slice(0, -1);
    if (/[。！？；]/.test(body)) problems.push(`${at}: title runs past a 。！？；`);
    const re = new RegExp(`${esc(squash(marker))}[、，,．.：:]?${esc(title)}`);
    if (!re.test(flat)) problems.push(`${at}: "${marker}" + title not found in the text`);
  }
  for (const p of problems) console.log(p);
  if (problems.some((p) => !p.includes(': note: '))) bad++;
}
console.log(bad ? `check-gold: ${bad} outline(s) with problems` : `check-gold: ${files.length} outline(s) ok`);
process.exit(bad ? 1 : 0);
