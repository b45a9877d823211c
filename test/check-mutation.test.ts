import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';
import { markerParts } from '../src/markers/parts.js';
import { formatMarker } from '../src/markers/registry.js';
import { alignOffsets, sourceText } from '../src/tree/numbering/source-span.js';
import { parse } from '../src/parse.js';
import { newspaperize } from './support/newspaperize.js';
import type { Document, Item, MarkerStyle, Parent, Section } from '../src/tree/types.js';

// Take every fixture, check that `check` finds nothing wrong with it, then break its numbering the
// ways people do (skip a number, repeat one, swap two, mix bracket widths, change one delimiter)
// and check that the right rule fires at the line that was changed, and nowhere else. The same
// again on each fixture as a newspaper PDF gives it (hard-wrapped columns), a text no rule was
// written against.

const fixtures = new URL('../fixtures/', import.meta.url);
const names = readdirSync(fixtures).filter((name) => name.endsWith('.txt')).sort();
const texts = new Map(names.map((name) => [name, readFileSync(new URL(name, fixtures), 'utf8')]));
for (const name of names) texts.set(`${name} (newspaper)`, newspaperize(texts.get(name) as string, 7));
texts.set('seed', readFileSync(new URL('../seeds/000_ef45b06f2ab55175.txt', import.meta.url), 'utf8'));

interface Finding {
  ruleId: string;
  line: number;
  column: number;
  severity: string;
}

async function check(text: string): Promise<Finding[]> {
  let out = '';
  const io: Io = {
    read: async (path) => {
      if (path === 'doc.txt') return new TextEncoder().encode(text);
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
    stdout: (chunk) => {
      out += chunk;
    },
    stderr: (chunk) => {
      throw new Error(`unexpected stderr: ${chunk}`);
    },
    isTTY: false,
    env: {},
    cwd: '/virtual/project',
  };
  const code = await main(['check', '--reporter', 'json', 'doc.txt'], io);
  const found = JSON.parse(out) as Finding[];
  expect(code).toBe(found.some((finding) => finding.severity === 'error') ? 1 : 0);
  return found;
}

const summary = (found: readonly Finding[]): string[] => found.map((finding) => `${finding.ruleId} ${finding.line}:${finding.column}`);

// What the fixtures hold besides their numbering, each justified:
const knownFindings: Record<string, string[]> = {
  // `第一、` throughout: GB/T 15834 (B.1.4) puts a comma after 第一; a warning, the run still exits 0.
  'title-dash-subtitle.txt': [5, 6, 7, 10, 11, 12].map((line) => `JY011/marker-punctuation ${line}:1`),
  'title-dash-subtitle.txt (newspaper)': [12, 16, 19, 31, 35, 39].map((line) => `JY011/marker-punctuation ${line}:1`),
  // The reference document's real findings (SPEC section 6).
  seed: ['JY003/out-of-order 128:1', 'JY003/out-of-order 136:1', 'JY005/broken-marker 136:1', 'JY006/inferred-number 146:1'],
};

describe('every fixture as it is', () => {
  it.each([...texts.keys()])('%s', async (name) => {
    expect(summary(await check(texts.get(name) as string))).toEqual(knownFindings[name] ?? []);
  });
});

/** A numbered node whose marker stands on one line of the source, with the marker's offsets. */
interface Member {
  node: Item | Section;
  style: MarkerStyle;
  marker: string;
  ordinal: number;
  start: number;
  end: number;
  line: number;
}

/**
 * The sequences a reader sees: the items of each list, the numbered headlines under each parent
 * (`undefined` for a member that cannot be changed in place).
 */
function sequences(tree: Document, text: string): Array<Array<Member | undefined>> {
  const source = sourceText(text);
  const found: Array<Array<Member | undefined>> = [];
  const member = (node: Item | Section): Member | undefined => {
    if (node.marker === undefined || node.style === undefined || node.ordinal === undefined || node.inferred) return undefined;
    const offsets = alignOffsets(source, node.position.start.offset, node.marker);
    const start = offsets[0] as number;
    const end = (offsets[node.marker.length - 1] as number) + 1;
    // A marker the wrap cut in two (`一` / `是`) cannot be changed without moving lines.
    if (end - start !== node.marker.length || text.slice(start, end) !== node.marker) return undefined;
    return { node, style: node.style, marker: node.marker, ordinal: node.ordinal, start, end, line: node.position.start.line };
  };
  const visit = (parent: Parent): void => {
    const headlines = new Map<MarkerStyle, Array<Member | undefined>>();
    for (const child of parent.children) {
      if (child.type === 'paragraph') continue;
      if (child.type === 'list') found.push(child.children.map(member));
      if (child.type === 'section' && child.style !== undefined) headlines.set(child.style, [...(headlines.get(child.style) ?? []), member(child)]);
      if (child.type === 'list') for (const item of child.children) visit(item);
      else visit(child);
    }
    for (const run of headlines.values()) found.push(run);
  };
  visit(tree);
  return found;
}

interface Mutation {
  name: string;
  /** Replacements: a member and the marker to write instead. */
  edits: Array<[Member, string]>;
  /** The rule that must fire, and the lines it must fire at. */
  rule: string;
  lines: number[];
}

const flipWidth = (marker: string): string =>
  marker.startsWith('（') ? marker.replace('（', '(').replace('）', ')') : marker.replace('(', '（').replace(')', '）');
// Another delimiter the family accepts, so that the changed marker is still read as one.
const otherDelimiter: Partial<Record<MarkerStyle, Record<string, string>>> = {
  di: { '，': '、', '、': '，', '：': '，' },
  sequence: { '，': '、', '、': '，' },
  arabic: { '.': '、', '、': '.', '．': '、' },
  dun: { '、': '．', '．': '、' },
};

function mutations(run: ReadonlyArray<Member | undefined>): Mutation[] {
  const found: Mutation[] = [];
  const [first, second, third] = run;
  if (!first || !second) return found;
  // Only a sequence numbered right to begin with can be broken on purpose (the seed's 1, 3, 2 is not).
  if (!run.every((member, index) => member === undefined || member.ordinal === first.ordinal + index)) return found;
  const renumber = (member: Member, ordinal: number): [Member, string] => [member, formatMarker(member.style, ordinal, member.marker)];
  const numbered = run.length >= 3 && third !== undefined && run.every((member) => !member?.marker.startsWith('最后'));
  const rest = run.slice(1);
  // Skipping a number renumbers everything after it, so every member must be changeable.
  if (numbered && rest.every((member) => member !== undefined)) {
    found.push({ name: 'skip a number', edits: (rest as Member[]).map((member) => renumber(member, member.ordinal + 1)), rule: 'JY001/numbering-gap', lines: [second.line] });
  }
  if (numbered) {
    found.push({ name: 'repeat a number', edits: [renumber(second, first.ordinal)], rule: 'JY002/duplicate-number', lines: [second.line] });
    found.push({ name: 'swap two numbers', edits: [renumber(second, third.ordinal), renumber(third, second.ordinal)], rule: 'JY003/out-of-order', lines: [second.line, third.line] });
  }
  if ((second.style === 'paren' || second.style === 'arabic-paren') && run.length >= 3) {
    found.push({ name: 'mix bracket widths', edits: [[second, flipWidth(second.marker)]], rule: 'JY007/mixed-brackets', lines: [second.line] });
  }
  const { body, delimiter } = markerParts(second.marker);
  const replacement = otherDelimiter[second.style]?.[delimiter];
  if (replacement !== undefined && run.length >= 3) {
    found.push({ name: `change ${delimiter} to ${replacement}`, edits: [[second, `${body}${replacement}`]], rule: 'JY008/mixed-delimiters', lines: [second.line] });
  }
  return found;
}

function apply(text: string, edits: ReadonlyArray<[Member, string]>): string {
  let out = text;
  for (const [member, marker] of [...edits].sort((a, b) => b[0].start - a[0].start)) out = out.slice(0, member.start) + marker + out.slice(member.end);
  return out;
}

const cases = [...texts].flatMap(([name, text]) =>
  sequences(parse(text), text).flatMap((run) =>
    mutations(run).map((mutation) => ({ label: `${name}: ${mutation.name} at line ${mutation.lines.join(', ')} (${run[0]?.marker ?? ''} …)`, name, text, mutation })),
  ),
);

describe('a broken fixture is caught at the line that was broken', () => {
  it('has mutations of every kind', () => {
    const kinds = new Set(cases.map(({ mutation }) => mutation.rule));
    expect([...kinds].sort()).toEqual(['JY001/numbering-gap', 'JY002/duplicate-number', 'JY003/out-of-order', 'JY007/mixed-brackets', 'JY008/mixed-delimiters']);
    expect(cases.length).toBeGreaterThan(100);
  });

  it.each(cases.map((entry) => [entry.label, entry] as const))('%s', async (_label, { name, text, mutation }) => {
    const mutated = apply(text, mutation.edits);
    expect(mutated).not.toBe(text);
    const found = await check(mutated);
    for (const line of mutation.lines) {
      expect(summary(found).filter((entry) => entry.startsWith(mutation.rule)), `${mutation.rule} at line ${line}`).toContainEqual(expect.stringContaining(` ${line}:`));
    }
    // Nothing new fires away from the changed lines (a document numbered straight through may
    // also have the next list no longer going on from this one: JY004 there).
    const before = new Set(knownFindings[name] ?? []);
    const changed = new Set(mutation.edits.map(([member]) => member.line));
    const stray = found.filter((finding) => !before.has(`${finding.ruleId} ${finding.line}:${finding.column}`) && !changed.has(finding.line) && finding.ruleId !== 'JY004/list-start');
    expect(summary(stray)).toEqual([]);
  });
});
