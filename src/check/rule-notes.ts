/** What a rule's documentation page says besides the rule's own metadata. */
export interface RuleNote {
  /** Why the rule matters, in a sentence or two. */
  why: string;
  /** The standard the rule follows, or why none applies. */
  standard: string;
  /** Whether `--fix` repairs its findings (the finding holds the exact replacement). */
  fixable: boolean;
}

const gb9704 = 'GB/T 9704-2012《党政机关公文格式》7.3.3: the levels of a text are numbered 一、 then （一） then 1. then （1）, each level counting from one in order.';
const gb15834 = 'GB/T 15834-2011《标点符号用法》, appendix B.1.4 (punctuation after ordinal words and numbers): a comma after 第一 and 首先, 、 after 一, a full stop after 1, nothing after a bracketed number.';

/** The notes of the built-in rules, by rule id (docs/rules/JY001.md … are generated from them). */
export const ruleNotes: Readonly<Record<string, RuleNote>> = {
  JY001: { fixable: false, why: 'A skipped number usually means an item was deleted or merged and the rest not renumbered; readers and cross-references (“见第三项”) then point at the wrong item.', standard: gb9704 },
  JY002: { fixable: false, why: 'Two items with one number make every later reference to that number ambiguous.', standard: gb9704 },
  JY003: { fixable: false, why: 'Numbers out of order are a sign of items moved by hand; the outline jyparse builds follows the text, so the order shown is the order written.', standard: gb9704 },
  JY004: { fixable: false, why: 'A list that starts at 2 has lost its first item, unless it goes on numbering from the list before (which the rule allows).', standard: gb9704 },
  JY005: { fixable: false, why: 'A number displaced into another marker (often by a PDF or a line break) was repaired by the parser; the source still says something else, and should be corrected where it was written.', standard: gb9704 },
  JY006: { fixable: false, why: 'A headline without its number was given one by inference; the source should carry it, so that every reader sees the same numbering.', standard: gb9704 },
  JY007: { fixable: true, why: 'Mixed bracket widths look careless in print and make one level look like two to readers and tools.', standard: 'GB/T 15834-2011《标点符号用法》: brackets in Chinese text are full-width; within one sequence jyparse expects the width most markers use.' },
  JY008: { fixable: true, why: 'One sequence punctuated two ways reads as two levels; the punctuation most markers use is expected.', standard: gb15834 },
  JY009: { fixable: false, why: 'A quotation mark, book-title mark or bracket without its pair leaves the reader unsure where a quotation or title ends. A paragraph is given its first three lone marks, each where it stands, and then one finding at the fourth that counts the rest: past three, the marks of a paragraph almost always share one cause (quotes in a style the text never closes, closing marks lost in extraction), which the first three show; a finding for each would bury the other rules\' findings, make a CI log unreadable, and make the report grow with the marks instead of with the paragraphs (a text of lone marks once took 300 times its size in memory). The count keeps the extent of the fault visible, and the gate fails exactly as before.', standard: 'GB/T 15834-2011《标点符号用法》: quotation marks (引号), brackets (括号) and book-title marks (书名号) come in pairs.' },
  JY010: { fixable: false, why: 'A level used above its rank (一、 inside （一）) inverts the outline: readers take the inner list for the outer one.', standard: gb9704 },
  JY011: { fixable: true, why: 'The punctuation after an ordinal is fixed by the standard; a wrong one (（一）、, 第一、) is a common slip.', standard: gb15834 },
  JY012: { fixable: false, why: '首先 其次 再次 and 第一 第二 are two ways of counting; mixing them in one sequence makes its order unclear.', standard: 'No standard names the mix; it is a consistency rule, as JY007 and JY008 are (GB/T 15834-2011 B.1.4 lists both kinds of ordinal words).' },
  JY013: { fixable: false, why: 'A marker with nothing after it is an item whose text was lost, or a stray number.', standard: 'No standard: a marker stands for an item, and an item has text (GB/T 9704-2012 7.3.3 numbers levels of text).' },
};
