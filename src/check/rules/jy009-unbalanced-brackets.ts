import { sourceEndOffset, sourceOffset, type TextMap } from '../../layout/text-map.js';
import type { Location } from '../../text/location.js';
import type { Position } from '../../tree/types.js';
import type { RuleContext } from '../context.js';
import { closerOf, loneMarks, openerOf } from '../lone-marks.js';
import type { Rule, RuleFinding } from '../types.js';

// Past three lone marks a paragraph has one cause (a style of quotes the text never closes, marks
// lost in extraction): the rest are counted in one finding, at the fourth, so that the report (and
// its memory) grows with the paragraphs, not with the marks.
const shownPerParagraph = 3;

/** JY009: a quotation mark or bracket without its pair in a paragraph or headline. */
export const unbalancedBrackets: Rule = {
  names: ['JY009', 'unbalanced-brackets'],
  description: {
    en: 'A quotation mark or bracket (“ ” 《 》 （ ） 〔 〕 【 】 …) without its pair in a paragraph or headline; reported at the lone mark; past three in a paragraph, one more finding counts the rest.',
    zh: '引号或括号不配对：段落或标题中的“ ” 《 》 （ ） 〔 〕 【 】等缺少另一半，指出落单的符号；一段超过三个时，其余的合为一条，注明个数。',
  },
  severity: 'warning',
  tags: ['punctuation', 'brackets'],
  examples: {
    bad: ['要认真落实《安全生产法》，坚持“安全第一、预防为主的方针。'],
    good: ['要认真落实《安全生产法》，坚持“安全第一、预防为主”的方针。'],
  },
  check(context) {
    const findings: RuleFinding[] = [];
    for (const block of context.blocks()) {
      const lone = loneMarks(block.value);
      for (const { index, mark, opens } of lone.slice(0, shownPerParagraph)) {
        const other = opens ? closerOf[mark] : openerOf[mark];
        findings.push({
          place: markPosition(context, block, index),
          reason: opens
            ? { zh: `“${mark}”没有对应的“${other}”`, en: `Unclosed ${mark}: no matching ${other} in this paragraph` }
            : { zh: `“${mark}”没有对应的“${other}”`, en: `Unmatched ${mark}: no opening ${other} in this paragraph` },
          actual: mark,
        });
      }
      const next = lone[shownPerParagraph];
      if (next === undefined) continue;
      const more = lone.length - shownPerParagraph;
      findings.push({
        place: markPosition(context, block, next.index),
        reason: {
          zh: `本段还有 ${more} 个不配对的引号或括号（共 ${lone.length} 个），只列出前 ${shownPerParagraph} 个`,
          en: `${more} more unpaired quotation marks or brackets in this paragraph (${lone.length} in all; the first ${shownPerParagraph} are shown)`,
        },
      });
    }
    return findings;
  },
};

// Blocks exist only when the source is known, so the source has a location.
function markPosition(context: RuleContext, text: TextMap, index: number): Position {
  return (context.source.location as Location).toPosition(sourceOffset(text, index), sourceEndOffset(text, index + 1));
}
