import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../src/check/check.js';
import { formatMarker } from '../src/markers/registry.js';
import { parse } from '../src/parse.js';
import { numberingDiagnostics } from '../src/tree/numbering/diagnostics.js';
import { numberingRuns } from '../src/tree/numbering/runs.js';
import { sourceText } from '../src/tree/numbering/source-span.js';
import type { Document, Section } from '../src/tree/types.js';

const numbering = /^JY00[23]\//u;
const fixtures = new URL('../fixtures/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, fixtures), 'utf8');

function sections(parent: Document | Section, found: Section[] = []): Section[] {
  for (const child of parent.children) {
    if (child.type === 'section') {
      found.push(child);
      sections(child, found);
    }
  }
  return found;
}

// The tree's JY002/JY003 diagnostics and check's findings of the same rules, side by side: the
// tree reports numbered headlines, with the number expected; check writes it as a marker.
function sideBySide(text: string): { tree: string[]; check: string[] } {
  const document = parse(text);
  const headlines = new Map<string, Section>();
  for (const section of sections(document)) {
    // Keyed by the number as written too: a two-column text layer can put an item where a headline starts.
    const marker = section.marker?.split(/[ \u3000]/u)[0];
    if (marker !== undefined) headlines.set(`${section.position.start.line}:${section.position.start.column} ${marker}`, section);
  }
  const tree = document.diagnostics
    .filter((diagnostic) => numbering.test(diagnostic.ruleId))
    .map((diagnostic) => {
      const at = `${diagnostic.position.start.line}:${diagnostic.position.start.column}`;
      // Two headlines can start at one place in a glued two-column text layer: take the one numbered as the diagnostic says.
      const here = [...headlines].filter(([key]) => key.startsWith(`${at} `)).map(([, found]) => found);
      const section = (here.find((found) => found.ordinal === Number(diagnostic.actual)) ?? here[0]) as Section;
      const expected = formatMarker(section.style!, Number(diagnostic.expected), section.marker!.split(/[ \u3000]/u)[0]);
      return `${diagnostic.ruleId} ${at} ${expected}`;
    });
  const findings = check(document, { source: text })
    .filter((finding) => numbering.test(finding.ruleId) && headlines.has(`${finding.line}:${finding.column} ${finding.actual}`))
    .map((finding) => `${finding.ruleId} ${finding.line}:${finding.column} ${finding.expected}`);
  return { tree, check: findings };
}

describe('numbering diagnostics, computed once for the tree and for check', () => {
  it('says the seed\'s panel 2 (line 136, after 1 and 3) should be 3, as check does', () => {
    const text = readFileSync(new URL('../seeds/000_ef45b06f2ab55175.txt', import.meta.url), 'utf8');
    const at136 = parse(text).diagnostics.filter((diagnostic) => numbering.test(diagnostic.ruleId) && diagnostic.position.start.line === 136);
    expect(at136.map((diagnostic) => [diagnostic.ruleId, diagnostic.actual, diagnostic.expected])).toEqual([['JY003/out-of-order', '2', '3']]);
  });

  it('reports a repeated headline number as check does: the repeat, expected the next number', () => {
    const body = '各地各部门要切实加强组织领导，明确责任分工，细化工作措施，确保各项任务落到实处、取得实效。';
    const text = ['关于做好有关工作的通知', '一、总体要求', body, '二、主要任务', body, '二、保障措施', body].join('\n\n');
    const { tree, check: findings } = sideBySide(`${text}\n`);
    expect(tree).toEqual(['JY002/duplicate-number 11:1 三、']);
    expect(tree).toEqual(findings);
  });

  // The extracted texts (PDF text layers) are where the two used to disagree most.
  const names = [
    ...readdirSync(fixtures).filter((name) => name.endsWith('.txt')),
    ...readdirSync(new URL('extracted/', fixtures)).filter((name) => name.endsWith('.txt')).sort().map((name) => `extracted/${name}`)
      // The fast suite takes every fifth extracted text (five is prime to the six layout ×
      // extractor files of each text, so all of them come); `npm run test:slow` takes them all
      // (vitest.slow.config.ts sets the variable).
      .filter((_, index) => process.env.JYPARSE_SLOW === '1' || index % 5 === 0),
  ];
  it.each(names)('%s: the tree\'s JY002/JY003 are check\'s, at the headlines', (name) => {
    const { tree, check: findings } = sideBySide(read(name));
    expect(tree).toEqual(findings);
  });

  it('scans no paragraph again for the tree when no list shares a family with the headlines beside it', () => {
    const body = '各地各部门要切实加强组织领导，明确责任分工，细化工作措施，确保各项任务落到实处、取得实效。';
    const items = Array.from({ length: 40 }, (_, index) => `${index + 1}.${body}`);
    const text = `${['关于做好有关工作的通知', '一、总体要求', ...items, '二、主要任务', ...items].join('\n\n')}\n`;
    const tree = parse(text);
    const source = sourceText(text);
    const forTree = { paragraphs: 0 };
    numberingDiagnostics(tree, source, forTree);
    const forCheck = { paragraphs: 0 };
    numberingRuns(tree, source, { work: forCheck });
    expect(forTree.paragraphs).toBe(0);
    expect(forCheck.paragraphs).toBe(80);
  });
});
