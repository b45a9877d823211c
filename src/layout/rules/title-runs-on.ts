import { documentKind, openTitleEnding } from '../lexicon.js';
import type { Block } from '../reflow.js';
import type { TitleRule } from './types.js';

/**
 * `东川省教育厅` / `关于做好…的` / `通知`: the issuer, the subject and the kind of document are one
 * title (GB/T 9704 标题: 发文机关 + 事由 + 文种). A long title set full width and cut by a blank line
 * runs on too.
 */
export const titleRunsOn: TitleRule = {
  id: 'title-runs-on',
  description: 'A headline under a title that has not yet named its kind of document (…关于…, ending on 的) goes on with the title.',
  decide: (blocks, title, next) => {
    const text = blocks.textOf(title).trimEnd();
    if (documentKind.test(text)) return false;
    if ((blocks.list[title[title.length - 1] as number] as Block).open) return true;
    return text.includes('关于') || openTitleEnding.test(text) || (blocks.at(next) as Block).value.trimStart().startsWith('关于');
  },
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [{ lines: ['东川省教育厅关于做好', '', '招生工作的通知', '', '各单位要高度重视这项工作，切实加强组织领导。', '一、总体要求'], at: 2, decision: 'title' }];
  },
};
