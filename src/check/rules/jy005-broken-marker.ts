import type { Rule } from '../types.js';

/** JY005: a number the layout pushed into the wrong headline (`2 4教育…`), as the parser reports it. */
export const brokenMarker: Rule = {
  names: ['JY005', 'broken-marker'],
  description: {
    en: 'A stray or displaced number in a marker (`2 4教育…`: the 4 belongs to another headline); the parser repaired the tree.',
    zh: '编号错位或残缺：序号中混入了别处的数字（如“2 4教育……”中的 4 属于另一个标题），解析时已修复。',
  },
  severity: 'warning',
  tags: ['parser', 'numbering'],
  examples: {
    bad: ['1 教育系统党的建设不断加强', '始终把政治建设摆在首位。', '2 3教育各项事业实现快速发展', '持续加大教育投入。', '教育惠民政策得到全面落实', '累计投入各类资金9.2亿元。'],
    good: ['1 教育系统党的建设不断加强', '始终把政治建设摆在首位。', '2 教育各项事业实现快速发展', '持续加大教育投入。', '3 教育惠民政策得到全面落实', '累计投入各类资金9.2亿元。'],
  },
  check: (context) =>
    context.tree.diagnostics
      .filter((diagnostic) => diagnostic.ruleId.split('/')[0] === 'JY005')
      .map((diagnostic) => {
        const actual = diagnostic.actual ?? '';
        const expected = diagnostic.expected ?? '';
        const stray = actual.startsWith(expected) ? actual.slice(expected.length).trim() : actual;
        return {
          place: diagnostic.position,
          reason: {
            zh: `编号“${actual}”中的 ${stray} 错位：它属于后面一个没有编号的标题，本标题应为“${expected}”`,
            en: `Displaced number ${stray} in marker ${actual}: it belongs to the next headline without a number; this one is ${expected}`,
          },
          ...(diagnostic.actual === undefined ? {} : { actual }),
          ...(diagnostic.expected === undefined ? {} : { expected }),
        };
      }),
};
