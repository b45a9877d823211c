import { familyOf } from '../../markers/registry.js';
import type { Document, Item, MarkerStyle, Section } from '../../tree/types.js';
import type { NumberingRun, RunMember } from '../../tree/numbering/runs.js';
import type { Rule, RuleFinding } from '../types.js';

type Holder = Document | Section | Item;

/** A numbered node with a rank (GB/T 9704: 一、 1, （一） 2, 1. 3, （1） 4, ① 5). */
interface Ranked {
  rank: number;
  marker: string;
}

const rankOf = (style: MarkerStyle | undefined): number | undefined => (style === undefined ? undefined : familyOf(style).rank);

// The nearest numbered node with a rank at or above each parent: 一是 and unnumbered headlines
// have none, so a （一） item holding 一是 holding 一、 still counts as （一） holding 一、.
function rankedAncestors(tree: Document): Map<Holder, Ranked> {
  const nearest = new Map<Holder, Ranked>();
  const visit = (node: Holder, above: Ranked | undefined): void => {
    const rank = node.type === 'document' ? undefined : rankOf(node.style);
    const own = rank !== undefined && node.type !== 'document' && node.marker !== undefined ? { rank, marker: node.marker } : above;
    if (own) nearest.set(node, own);
    for (const child of node.children) {
      if (child.type === 'section') visit(child, own);
      else if (child.type === 'list') for (const item of child.children) visit(item, own);
    }
  };
  visit(tree, undefined);
  return nearest;
}

function firstMarked(run: NumberingRun): (RunMember & { marker: string }) | undefined {
  return run.members.find((member): member is RunMember & { marker: string } => member.marker !== undefined && !member.missed);
}

/** JY010: a level used above its rank (`（一）` holding `一、`). */
export const rankInversion: Rule = {
  names: ['JY010', 'rank-inversion'],
  description: {
    en: 'A numbering level used above its rank (GB/T 9704 ranks 一、 > （一） > 1. > （1）): `一、` inside `（一）`, or `一、` after `（一）` at the same level.',
    zh: '层级倒置：违反 GB/T 9704 的层次顺序“一、”>“（一）”>“1.”>“（1）”，如“（一）”下使用“一、”，或同一层级中“一、”排在“（一）”之后。',
  },
  severity: 'warning',
  tags: ['numbering', 'levels'],
  examples: {
    bad: ['（一）主要任务', '一、加强组织领导。', '二、强化工作保障。'],
    good: ['一、主要任务', '（一）加强组织领导。', '（二）强化工作保障。'],
  },
  check(context) {
    const findings: RuleFinding[] = [];
    const nearest = rankedAncestors(context.tree);
    const earlier = new Map<Holder, Ranked[]>();
    const runs = [...context.runs()].sort((a, b) => (a.members[0]?.position.start.offset ?? 0) - (b.members[0]?.position.start.offset ?? 0));
    for (const run of runs) {
      const rank = rankOf(run.family);
      const first = firstMarked(run);
      if (rank === undefined || first === undefined) continue;
      const above = nearest.get(run.parent);
      const before = earlier.get(run.parent) ?? [];
      const inner = before.find((ranked) => ranked.rank > rank);
      if (above && above.rank >= rank) {
        findings.push({
          place: first.position,
          reason: {
            zh: `层级倒置：“${above.marker}”之下不应使用“${first.marker}”（GB/T 9704 层次为 一、>（一）>1.>（1））`,
            en: `Rank inversion: ${first.marker} used inside ${above.marker} (GB/T 9704 ranks 一、 > （一） > 1. > （1）)`,
          },
          actual: first.marker,
        });
      } else if (inner) {
        findings.push({
          place: first.position,
          reason: {
            zh: `层级倒置：“${first.marker}”与其前的“${inner.marker}”同级（GB/T 9704 层次为 一、>（一）>1.>（1））`,
            en: `Rank inversion: ${first.marker} at the same level as the ${inner.marker} before it (GB/T 9704 ranks 一、 > （一） > 1. > （1）)`,
          },
          actual: first.marker,
        });
      }
      before.push({ rank, marker: first.marker });
      earlier.set(run.parent, before);
    }
    return findings;
  },
};
