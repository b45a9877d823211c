/**
 * What a piece of text looks like on the page: whether it ends a sentence, whether it could be a
 * headline, whether it is a date or a document number. Pure predicates over strings.
 */

import { holdsSentenceStop, isComma, isLineEndCloser, isSentenceEnd, isWhiteSpace } from '../text/chars.js';
import { isLayoutBlank } from '../text/lines.js';
import { newsLead as newsLeadWords, salutationOpeners } from './lexicon.js';

// These predicates look at the end of a text; they scan back from it rather than run a pattern
// anchored at `$`, which V8 tries at every offset (a scan of the whole paragraph per call).

/** Offset of the last character that is not white space, or -1. */
function lastContentIndex(text: string): number {
  let index = text.length - 1;
  while (index >= 0 && isWhiteSpace(text.charCodeAt(index))) index--;
  return index;
}

/** The first character that is not white space, as a code unit, or -1. */
function firstContentCode(text: string): number {
  let index = 0;
  while (index < text.length && isWhiteSpace(text.charCodeAt(index))) index++;
  return index < text.length ? text.charCodeAt(index) : -1;
}

// The patterns below are anchored at the start; most lines fail on their first character, which
// is checked before the pattern runs (a call to a pattern costs more than the test).
const codes = (chars: string): Set<number> => new Set([...chars].map((char) => char.charCodeAt(0)));
const dateLineStarts = codes('0123456789０１２３４５６７８９〇零一二三四五六七八九');
const salutationStarts = codes(salutationOpeners.map((word) => word[0]).join(''));
// 本报讯, 新华社…电, and `…消息（` / `…讯：` within the first seven characters.
const newsLeadMarks = codes(newsLeadWords.sourceWords.map((word) => word[word.length - 1]).join(''));
const newsLeadStarts = codes(newsLeadWords.ownReport[0] + newsLeadWords.agency[0]);
const maxNewsSourceLength = 7;

/** The last character that is not white space, as a code unit, or -1. */
const lastContentCode = (text: string): number => {
  const index = lastContentIndex(text);
  return index === -1 ? -1 : text.charCodeAt(index);
};

/** Whether the text ends a sentence (。！？；： with any closing quotes after it), e.g. `…管理。` `…等。”`. */
export function endsSentence(text: string): boolean {
  let index = lastContentIndex(text);
  while (index >= 0 && isLineEndCloser(text.charCodeAt(index))) index--;
  return index >= 0 && isSentenceEnd(text.charCodeAt(index));
}

/**
 * Whether a block ending with this text ends a paragraph across a blank line (SPEC 4): a sentence
 * end, or a closing quote (`…“校园欺凌”` does not run on).
 */
export const endsBlock = (text: string): boolean => lastContentCode(text) === 0x201d || endsSentence(text);

/** Whether the text ends with a comma or an enumeration comma: it cannot end anything. */
export const endsOpen = (text: string): boolean => isComma(lastContentCode(text));

/** Whether the text holds a sentence end anywhere (a headline holds none). */
export const hasSentenceEnd = (text: string): boolean => holdsSentenceStop.test(text);

// e.g. `2018年12月7日`, `二〇〇四年十月十五日`, `2024 年 4 月`
const dateLine = /^(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})\s*年\s*[0-9０-９一二三四五六七八九十]{1,3}\s*月(?:\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日)?$/u;
/** Whether the text is a date on its own (the date line under a signature). */
export const isDateLine = (text: string): boolean => dateLineStarts.has(firstContentCode(text)) && dateLine.test(text.trim());

// e.g. `国发〔2019〕3号`, `京政办发[2023]12号`
const documentNumber = /[〔［\[【(（]\s*[0-9０-９]{4}\s*[〕］\]】)）]\s*[0-9０-９]+\s*号$/u;
/** Whether the text is a document number (发文字号). */
export const isDocumentNumber = (text: string): boolean => lastContentCode(text) === 0x53f7 && documentNumber.test(text.trim());

// e.g. `（此件公开发布）`, `（本文有删减）`, `(记者 王华)`
const bracketNote = /^[（(][^（）()]*[）)]$/u;
/** Whether the text is a note wholly in brackets. */
export const isBracketNote = (text: string): boolean => bracketNote.test(text.trim());

// e.g. `——全市教育大会精神要览`, `—— 在…上的讲话`, `--…`
const subtitleLead = /^(?:——|—|－－|--|─)+/u;
/** The length of a leading subtitle dash, or 0. */
export const subtitleDashLength = (text: string): number => subtitleLead.exec(text)?.[0].length ?? 0;

/**
 * Whether any line of a text starts with a subtitle dash (after layout white space): if none
 * does, no block can be a subtitle line. A quick look for the dashes, not a parse.
 *
 * @param text The decoded text.
 * @returns `false` when no line can be a subtitle line; `true` when one may be.
 */
export function mayHoldSubtitleLine(text: string): boolean {
  for (const dash of ['—', '－－', '--', '─']) {
    for (let at = text.indexOf(dash); at !== -1; at = text.indexOf(dash, at + 1)) {
      let before = at - 1;
      while (before >= 0 && isLayoutBlank(text.charCodeAt(before))) before--;
      if (before < 0 || text.charCodeAt(before) === 10 || text.charCodeAt(before) === 13) return true;
    }
  }
  return false;
}



// e.g. `各市教育局：`, `各省、自治区、直辖市人民政府，国务院各部委：`, `同志们：`, `各位代表：`
const salutation = new RegExp(`^(?:${salutationOpeners.join('|')})[^。！？；]{0,80}[：:]$`, 'u');
/** Whether the text is an addressee or a salutation line (主送机关, 同志们：): a paragraph of its own. */
export const isSalutation = (text: string): boolean => salutationStarts.has(firstContentCode(text)) && salutation.test(text.trim());

// e.g. `出席：李明、王芳`, `附件：1.…`: a label and its content, not a headline.
const labelled = /^[^：:]{1,12}[：:]\S/u;
/** Whether the text is a labelled line (`出席：…`, `附件：…`). */
export const isLabelled = (text: string): boolean => labelled.test(text.trim());

// e.g. `央视网消息（新闻联播）：`, `新华社北京3月5日电`, `本报讯（记者 王华）`: a news lead opens a paragraph.
const newsLead = new RegExp(
  `^(?:${newsLeadWords.ownReport}|[^\\s，。：]{1,6}(?:${newsLeadWords.sourceWords.join('|')})[（(：:]|${newsLeadWords.agency}[^\\s，。]{0,12}${newsLeadWords.agencyEnd})`,
  'u',
);
/** Whether the text opens with a news agency's lead (电头). */
export const startsNewsLead = (text: string): boolean => mayStartNewsLead(text) && newsLead.test(text.trimStart());

function mayStartNewsLead(text: string): boolean {
  let index = 0;
  while (index < text.length && isWhiteSpace(text.charCodeAt(index))) index++;
  const first = text.charCodeAt(index);
  if (newsLeadStarts.has(first)) return true; // 本报讯, 新华社
  const end = Math.min(text.length, index + maxNewsSourceLength + 1);
  for (let at = index + 1; at < end; at++) if (newsLeadMarks.has(text.charCodeAt(at))) return true;
  return false;
}
