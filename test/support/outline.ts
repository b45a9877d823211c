/**
 * Gold outlines (the format of seeds/*.outline and fixtures/*.outline) and how a tree measures up
 * against one: the same metrics as the project's scoring tool, so tests can hold every fixture to it.
 */

export interface GoldEntry {
  key: string;
  title: string;
}

export interface Gold {
  title: string | undefined;
  subtitle: string | undefined;
  headings: string[];
  entries: GoldEntry[];
  contains: string[];
  apart: Array<[string, string]>;
}

export interface Score {
  pass: boolean;
  missed: string[];
  spurious: string[];
  wrongTitles: string[];
  missedHeadings: string[];
  spuriousHeadings: string[];
  notJoined: string[];
  overJoined: string[];
  titleOk: boolean;
  subtitleOk: boolean;
  missingLetters: number;
  extraLetters: number;
}

// As the project's scorer does: compatibility characters read as the ideographs they stand for.
const compat = (text: unknown): string => String(text ?? '').replace(/[\u2e80-\u2fdf\uf900-\ufaff]/gu, (c) => c.normalize('NFKC'));
const norm = (text: unknown): string => compat(text).replace(/[\s\u3000\u00a0]+/gu, '');
const normTitle = (text: unknown): string => norm(text).replace(/^[，、：:,.．。]+/u, '').replace(/[。；;，,：:！!？?、]+$/u, '');
const keyOf = (chain: number[], ordinal: number, title: string): string =>
  `${chain.join('.')}${chain.length ? '.' : ''}${ordinal}:${normTitle(title).slice(0, 6)}`;

export function parseGold(text: string): Gold {
  const gold: Gold = { title: undefined, subtitle: undefined, headings: [], entries: [], contains: [], apart: [] };
  const stack: number[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.startsWith(';')) continue;
    if (raw.startsWith('title:')) gold.title = raw.slice(6).trim();
    else if (raw.startsWith('subtitle:')) gold.subtitle = raw.slice(9).trim();
    else if (raw.startsWith('contains:')) gold.contains.push(raw.slice(9).trim());
    else if (raw.startsWith('apart:')) {
      const [a = '', b = ''] = raw.slice(6).split('||').map((part) => part.trim());
      gold.apart.push([a, b]);
    } else if (raw.startsWith('# ')) {
      gold.headings.push(normTitle(raw.slice(2)));
      stack.length = 0;
    } else {
      const match = /^( *)- (\d+) (\S+) \| (.*)$/u.exec(raw);
      if (!match) continue;
      const depth = (match[1] as string).length / 2;
      stack.length = depth;
      gold.entries.push({ key: keyOf(stack.slice(0, depth), Number(match[2]), match[4] as string), title: normTitle(match[4]) });
      stack[depth] = Number(match[2]);
    }
  }
  return gold;
}

interface Loose {
  type?: string;
  ordinal?: number;
  title?: string;
  subtitle?: string;
  marker?: string;
  value?: string;
  furniture?: Loose[];
  children?: Loose[];
}

export function scoreTree(gold: Gold, tree: unknown, source: string): Score {
  const entries: GoldEntry[] = [];
  const headings: string[] = [];
  const paragraphs: string[] = [];
  const texts: unknown[] = [];
  const walk = (node: Loose, chain: number[]): void => {
    const ordinal = Number.isInteger(node.ordinal) ? (node.ordinal as number) : undefined;
    if (node.type === 'document') {
      texts.push(node.title, node.subtitle);
      for (const line of node.furniture ?? []) texts.push(line.value);
    }
    if (node.type === 'section') {
      texts.push(node.title);
      if (ordinal === undefined) headings.push(normTitle(node.title));
    }
    if (node.marker) texts.push(node.marker);
    if (node.type === 'paragraph') {
      paragraphs.push(norm(node.value));
      texts.push(node.value);
    }
    if (ordinal !== undefined) entries.push({ key: keyOf(chain, ordinal, String(node.title)), title: normTitle(node.title) });
    const next = ordinal === undefined ? chain : [...chain, ordinal];
    for (const child of node.children ?? []) walk(child, next);
  };
  walk(tree as Loose, []);

  const goldKeys = gold.entries.map((entry) => entry.key);
  const gotKeys = entries.map((entry) => entry.key);
  const missed = multisetMinus(goldKeys, gotKeys);
  const spurious = multisetMinus(gotKeys, goldKeys);
  const wrongTitles = gold.entries
    .filter((entry) => gotKeys.includes(entry.key) && !entries.some((got) => got.key === entry.key && got.title === entry.title))
    .map((entry) => entry.key);
  const missedHeadings = multisetMinus(gold.headings, headings);
  const spuriousHeadings = multisetMinus(headings, gold.headings);
  const notJoined = gold.contains.filter((text) => !paragraphs.some((p) => p.includes(norm(text))));
  const overJoined = gold.apart.filter(([a, b]) => paragraphs.some((p) => p.includes(norm(a)) && p.includes(norm(b)))).map((pair) => pair.join(' || '));
  const root = tree as Loose;
  const titleOk = gold.title === undefined || normTitle(root.title) === normTitle(gold.title);
  const subtitleOk = gold.subtitle === undefined || normTitle(root.subtitle) === normTitle(gold.subtitle);
  const letters = (text: unknown): string[] => compat(text).match(/[\p{L}\p{N}]/gu) ?? [];
  const have = count(texts.flatMap(letters));
  const want = count(letters(source));
  let missingLetters = 0;
  let extraLetters = 0;
  for (const [char, n] of want) missingLetters += Math.max(0, n - (have.get(char) ?? 0));
  for (const [char, n] of have) extraLetters += Math.max(0, n - (want.get(char) ?? 0));
  const pass = missed.length === 0 && spurious.length === 0 && wrongTitles.length === 0 && missedHeadings.length === 0 &&
    spuriousHeadings.length === 0 && notJoined.length === 0 && overJoined.length === 0 && titleOk && subtitleOk &&
    missingLetters === 0 && extraLetters === 0;
  return { pass, missed, spurious, wrongTitles, missedHeadings, spuriousHeadings, notJoined, overJoined, titleOk, subtitleOk, missingLetters, extraLetters };
}

function count(items: string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
  return map;
}

function multisetMinus(a: string[], b: string[]): string[] {
  const left = count(b);
  const out: string[] = [];
  for (const item of a) {
    const n = left.get(item) ?? 0;
    if (n > 0) left.set(item, n - 1);
    else out.push(item);
  }
  return out;
}
