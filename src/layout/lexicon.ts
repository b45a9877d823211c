/**
 * The layout lexicon: every word list the layout rules read, each saying where its words come
 * from. GB/T 9704-2012 (党政机关公文格式) names the elements of an official document (发文字号,
 * 主送机关, 标题, 成文日期); GB/T 15834-2011 (标点符号用法) the punctuation; the rest were needed by
 * the fixture or example named beside them.
 */

/**
 * Words that cannot end a headline or a sentence: a block ending on one runs on. Particles,
 * conjunctions and prepositions of modern Chinese (的 和 与 及 在 对 把 从 为 了 将 被 向 于 以 而 并 且
 * 或 其 之 等 是 要 第), and the opening marks of GB/T 15834 (“ 《 （ ().
 * The examples of `rules/full-line-runs-on.ts` (a headline number after an open word runs on) and `rules/blank-after-wide-line.ts` show them at work.
 */
export const openEnding = /[的和与及在对把从为了将被向于以而并且或其之等是要第“《（(]$/u;

/**
 * The kinds of official documents (文种) that end a title: `…关于…的意见` is complete, `…关于促进…`
 * is not. The fifteen of GB/T 9704 / 党政机关公文处理工作条例 (意见 通知 通报 决定 决议 报告 函 批复
 * 请示 纪要 公告 通告 命令 议案 公报), with the kinds of meeting texts and plans jyparse reads
 * (办法 规定 规划 方案 要点 条例 细则 计划 总结 讲话 指引 指南 措施 要览 综述).
 */
export const documentKind = /(?:意见|通知|通报|决定|决议|办法|规定|规划|方案|报告|函|批复|请示|纪要|要点|公告|通告|命令|议案|条例|细则|计划|总结|讲话|公报|指引|指南|措施|要览|综述)$/u;

/**
 * A title line ending on one of these runs on into the next line: the particles 的 之 与 和 及 在 于 对
 * 为 把 从 and the pause marks 、， (GB/T 15834), e.g. `关于做好…的` / `通知`.
 */
export const openTitleEnding = /[的之与和及在于对为把从、，]$/u;

/**
 * Addressees (主送机关, GB/T 9704 §7.2.4) and salutations of a speech start with these words:
 * `各市教育局：`, `同志们：`, `各位代表：`, `女士们、先生们：`, `朋友们：`, `尊敬的…：`.
 */
export const salutationOpeners = ['各', '同志们', '各位', '女士们', '朋友们', '尊敬的'] as const;

/**
 * A headline group opening with these words is itself a salutation, not a title over an
 * addressee (`同志们：` under `同志们、朋友们`).
 */
export const salutationGroupOpeners = /^(?:各|同志|尊敬)/u;

/**
 * How a news report opens (电头, the dateline of a news agency or paper): the paper's own
 * `本报讯`, a source with `消息` or `讯` (`央视网消息（新闻联播）：`), or an agency's `新华社北京3月5日电`.
 * The wording of Chinese news agencies and papers (新华社, 中新社, 人民日报 style books).
 */
export const newsLead = {
  /** The paper's own report. */
  ownReport: '本报讯',
  /** What follows a source's name: `…消息（`, `…讯：`. */
  sourceWords: ['消息', '讯'],
  /** An agency's dateline opens with its name and ends with 电. */
  agency: '新华社',
  agencyEnd: '电',
} as const;
