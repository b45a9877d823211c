import type { Item, Parent } from '../../tree/types.js';
import { spanOf } from '../../tree/numbering/source-span.js';
import type { Rule, RuleFinding } from '../types.js';

// Text that says something: a letter, a digit or an ideograph, not only punctuation.
const wording = /[\p{L}\p{N}]/u;

function isEmpty(item: Item): boolean {
  const first = item.children[0];
  return first === undefined || first.type !== 'paragraph' || !wording.test(first.value);
}

/** JY013: a marker with nothing after it. */
export const emptyItem: Rule = {
  names: ['JY013', 'empty-item'],
  description: {
    en: 'A marker with nothing after it (`（二）` alone, `二是。`): an item without its text.',
    zh: '序号后无内容：序号后面没有文字（如单独一个“（二）”或“二是。”）。',
  },
  severity: 'warning',
  tags: ['content'],
  examples: {
    bad: ['（一）加强组织领导。', '（二）', '（三）强化工作保障。'],
    good: ['（一）加强组织领导。', '（二）完善工作机制。', '（三）强化工作保障。'],
  },
  check(context) {
    const findings: RuleFinding[] = [];
    const visit = (node: Parent): void => {
      for (const child of node.children) {
        if (child.type === 'paragraph') continue;
        if (child.type === 'item' && child.marker !== undefined && isEmpty(child)) {
          findings.push({
            place: spanOf(context.source, child.position.start, child.marker),
            reason: { zh: `序号“${child.marker}”后没有内容`, en: `Nothing follows the marker ${child.marker}` },
            actual: child.marker,
          });
        }
        visit(child);
      }
    };
    visit(context.tree);
    return findings;
  },
};
