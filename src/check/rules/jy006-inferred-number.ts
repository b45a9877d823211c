import type { Document, Section } from '../../tree/types.js';
import { spanOf } from '../source-span.js';
import type { Rule } from '../types.js';

/** JY006: a headline without its number, which the parser inferred, as the parser reports it. */
export const inferredNumber: Rule = {
  names: ['JY006', 'inferred-number'],
  description: {
    en: 'A numbered headline lacks its number; the parser inferred it (from a number displaced into another headline).',
    zh: '编号缺失：编号标题缺少序号，解析时已推定（依据错位到其他标题中的数字）。',
  },
  severity: 'warning',
  tags: ['parser', 'numbering'],
  examples: {
    bad: ['1 教育系统党的建设不断加强', '始终把政治建设摆在首位。', '2 3教育各项事业实现快速发展', '持续加大教育投入。', '教育惠民政策得到全面落实', '累计投入各类资金9.2亿元。'],
    good: ['1 教育系统党的建设不断加强', '始终把政治建设摆在首位。', '2 教育各项事业实现快速发展', '持续加大教育投入。', '3 教育惠民政策得到全面落实', '累计投入各类资金9.2亿元。'],
  },
  check(context) {
    const headlines = inferredHeadlines(context.tree);
    return context.tree.diagnostics
      .filter((diagnostic) => diagnostic.ruleId.split('/')[0] === 'JY006')
      .map((diagnostic) => {
        const expected = diagnostic.expected ?? '';
        // The diagnostic spans the whole section; the finding points at the headline that lacks its number.
        const section = headlines.get(diagnostic.position.start.offset);
        return {
          position: section ? spanOf(context.source, diagnostic.position.start, section.title) : diagnostic.position,
          message: {
            zh: `标题缺少编号：根据错位的数字推定为 ${expected}`,
            en: `Headline has no number; inferred ${expected} from a number displaced into another headline`,
          },
          ...(diagnostic.expected === undefined ? {} : { expected }),
        };
      });
  },
};

// The sections whose number was inferred, by the offset they start at.
function inferredHeadlines(tree: Document): Map<number, Section> {
  const found = new Map<number, Section>();
  const visit = (parent: Document | Section): void => {
    for (const child of parent.children) {
      if (child.type !== 'section') continue;
      if (child.inferred) found.set(child.position.start.offset, child);
      visit(child);
    }
  };
  visit(tree);
  return found;
}
