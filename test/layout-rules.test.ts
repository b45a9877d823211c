import { describe, expect, it } from 'vitest';
import { decideHead } from '../src/layout/head.js';
import { explainExtracted } from '../src/layout/explain.js';
import { reflowEach, type Block } from '../src/layout/reflow.js';
import { layoutRules } from '../src/layout/rules/index.js';
import type { LayoutExample } from '../src/layout/rules/types.js';

// Every example runs through the whole layout stage: the rule must be the one that decides, in
// its place in the registry, not merely a function that would say so.
const extracted = (example: LayoutExample) => ({ text: example.lines.join('\n'), format: 'text' as const, encoding: 'utf8', facts: [...(example.facts ?? [])], notes: [] });

function trace(example: LayoutExample) {
  const lines = new Map<number, { rule: string; decision: string }>();
  const starts: number[] = [];
  const kinds: Array<{ rule: string; decision: string }> = [];
  const blocks: Block[] = [];
  const { text, facts } = extracted(example);
  reflowEach(text, (block) => blocks.push(block), facts, () => {}, {
    line: (segment, rule, join) => {
      if (!lines.has(segment.line)) lines.set(segment.line, { rule: rule.id, decision: join ? 'join' : 'break' });
      if (!join) starts.push(segment.line);
    },
    block: (block, rule) => kinds.push({ rule: rule.id, decision: block.kind }),
  });
  return { lines, kind: (line: number) => kinds[starts.indexOf(line)], blocks };
}

const explained = (example: LayoutExample) => explainExtracted(extracted(example)).find((entry) => entry.line === example.at + 1);

const all = Object.values(layoutRules).flat();

describe('layout rules (SPEC section 4)', () => {
  it('have unique kebab-case ids, a one-line description and examples', () => {
    const ids = all.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of all) {
      expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/u);
      expect(rule.description).toMatch(/^\S[^\n]*$/u);
      expect(rule.examples.length, rule.id).toBeGreaterThan(0);
    }
  });

  const cases = (kind: keyof typeof layoutRules) => layoutRules[kind].flatMap((rule) => rule.examples.map((example, index) => ({ id: rule.id, index, example })));

  it.each(cases('join'))('join rule $id decides example $index', ({ id, example }) => {
    expect(trace(example).lines.get(example.at)).toEqual({ rule: id, decision: example.decision });
  });

  it.each(cases('kind'))('kind rule $id decides example $index', ({ id, example }) => {
    expect(trace(example).kind(example.at)).toEqual({ rule: id, decision: example.decision });
  });

  it.each(cases('head'))('head rule $id decides example $index', ({ id, example }) => {
    const decision = decideHead(trace(example).blocks, true, true);
    expect(decision.kind === 'decided' && decision.rule.id).toBe(id);
    expect(explained(example)?.role).toBe(example.decision);
  });

  it.each([...cases('title'), ...cases('page')])('rule $id gives the role of example $index', ({ id, example }) => {
    expect(explained(example)).toMatchObject({ role: example.decision, rule: id });
  });
});

describe('character classes (src/text/chars.ts, GB/T 15834)', () => {
  const chars = (test: (code: number) => boolean): string => {
    let out = '';
    for (let code = 0; code < 0x10000; code++) if (test(code)) out += String.fromCharCode(code);
    return out;
  };

  it('are the marks they name, and no others', async () => {
    const { isCloser, isComma, isInlineSpace, isLineEndCloser, isSentenceEnd, isSentenceStop } = await import('../src/text/chars.js');
    expect(chars(isSentenceStop)).toBe('!:;?。！：；？');
    expect(chars(isSentenceEnd)).toBe('!:;?…。！：；？');
    expect(chars(isCloser)).toBe('’”》」』）');
    expect(chars(isLineEndCloser)).toBe(')’”》」』）');
    expect(chars(isComma)).toBe(',、，');
    expect(chars(isInlineSpace)).toBe('\t \u3000');
  });

  it('tell a line-end mark at the start and a pause at the end', async () => {
    const { endsOnPause, holdsSentenceStop, opensWithLineEndMark } = await import('../src/text/chars.js');
    expect(['，而且', '）等', '…其他', '完善机制'].map(opensWithLineEndMark)).toEqual([true, true, true, false]);
    expect(['如下：', '一是，', '甲、', '完善机制'].map(endsOnPause)).toEqual([true, true, true, false]);
    expect(['会议召开。', '一是加强领导', '要点;'].map((text) => holdsSentenceStop.test(text))).toEqual([true, false, true]);
  });
});
