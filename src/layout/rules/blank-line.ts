import { forEachLine, isBlankLine } from '../../text/lines.js';
import type { PageRule } from './types.js';

/**
 * A blank line that parts no two lines the join rules decided across (at the edge of the text,
 * around a page break or furniture) is page margin. Other blank lines are named by the join rule
 * that decided across them.
 */
export const blankLine: PageRule = {
  id: 'blank-line',
  description: 'A blank line at the edge of the text or around a page break is margin: it parts nothing.',
  decide: (source) => {
    const blank = new Set<number>();
    forEachLine(source, (line) => {
      if (isBlankLine(line)) blank.add(line.index);
    });
    return blank;
  },
  // A getter: the examples are for the tests, not built each time the CLI starts.
  get examples() {
    return [{ lines: ['', '各单位要高度重视这项工作，切实加强组织领导。'], at: 0, decision: 'blank' }];
  },
};
