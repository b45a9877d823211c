/**
 * The character classes every stage reads text with, defined once (punctuation after GB/T
 * 15834-2011 标点符号用法). Each is a test of one UTF-16 code unit, or a pattern built from the
 * same characters; stages import them rather than spell their own.
 */

/** White space as `String.prototype.trim` sees it. */
export const isWhiteSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;

/** The spaces inside a line of Chinese text: the space, the ideographic space and the tab. */
export const isInlineSpace = (code: number): boolean => code === 32 || code === 0x3000 || code === 9;

/**
 * The marks that stop a sentence (句末点号 and the colon, GB/T 15834 §4.1–4.5): 。？！；： and their
 * half-width forms ?!;:. A marker may follow one.
 */
export const isSentenceStop = (code: number): boolean =>
  code === 0x3002 || code === 0xff1b || code === 0xff1a || code === 0xff01 || code === 0xff1f ||
  code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f;

/** A sentence stop, or the ellipsis (省略号 …), which ends a line's sentence too. */
export const isSentenceEnd = (code: number): boolean => isSentenceStop(code) || code === 0x2026;

/** The closing quotes and brackets that may follow a sentence stop: ”’）」』》. */
export const isCloser = (code: number): boolean =>
  code === 0x201d || code === 0x2019 || code === 0xff09 || code === 0x300d || code === 0x300f || code === 0x300b;

/** A closer, or at a line's end the half-width bracket `)` as well. */
export const isLineEndCloser = (code: number): boolean => isCloser(code) || code === 0x29;

/** The marks that stop a sentence inside a text, the colon aside: 。！？；!?; (GB/T 15834 §4.1–4.4). */
export const sentenceStops = '。！？；!?;';

/** Whether a text holds a sentence stop (the colon aside) anywhere. */
export const holdsSentenceStop = new RegExp(`[${sentenceStops}]`, 'u');

/** The pause marks that leave a sentence open (逗号 and 顿号, GB/T 15834 §4.2–4.3): ，、 and the half-width comma. */
export const isComma = (code: number): boolean => code === 0xff0c || code === 0x3001 || code === 0x2c;

/**
 * Whether a text opens with a mark that may not start a line (GB/T 15834 §5.1.5–5.1.6: 点号 and
 * closing 标号 stand at the end of a line, never at its start): ，。、；：！？ ”’）》」』】 … and `)`.
 * A text opening with one is the tail of a line before it.
 */
export const opensWithLineEndMark = (text: string): boolean => /^[，。、；：！？”’）》」』】…)]/u.test(text);

/** Whether a text ends on a colon or a pause mark (：:，,、): it introduces or lists, it ends nothing. */
export const endsOnPause = (text: string): boolean => /[：:，,、]$/u.test(text);
