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
    return context.tree.diagnostics
      .filter((diagnostic) => diagnostic.ruleId.split('/')[0] === 'JY006')
      .map((diagnostic) => {
        const expected = diagnostic.expected ?? '';
        // The parser's diagnostic points at the headline that lacks its number.
        return {
          place: diagnostic.position,
          reason: {
            zh: `标题缺少编号：根据错位的数字推定为 ${expected}`,
            en: `Headline has no number; inferred ${expected} from a number displaced into another headline`,
          },
          ...(diagnostic.expected === undefined ? {} : { expected }),
        };
      });
  },
};
