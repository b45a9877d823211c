/**
 * Quotation marks and brackets that lack their pair (JY009), found in one linear pass.
 */

// Each opening mark with its pair; `（` and `(` count as one pair (their widths are JY007's matter).
const pairs: Record<string, string> = {
  '“': 'quote', '”': 'quote', '‘': 'single', '’': 'single', '《': 'title', '》': 'title', '〈': 'angle', '〉': 'angle',
  '（': 'paren', '(': 'paren', '）': 'paren', ')': 'paren', '【': 'lenticular', '】': 'lenticular',
  '〔': 'tortoise', '〕': 'tortoise', '「': 'corner', '」': 'corner', '『': 'white-corner', '』': 'white-corner',
};

const openers = new Set(['“', '‘', '《', '〈', '（', '(', '【', '〔', '「', '『']);

/** The closing mark of each opening mark. */
export const closerOf: Record<string, string> = {
  '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '(': ')', '【': '】', '〔': '〕', '「': '」', '『': '』',
};

/** The opening mark of each closing mark. */
export const openerOf: Record<string, string> = {
  '”': '“', '’': '‘', '》': '《', '〉': '〈', '）': '（', ')': '(', '】': '【', '〕': '〔', '」': '「', '』': '『',
};

const latin = /[A-Za-z]/u;

/** A mark without its pair, at an offset of a text. */
export interface LoneMark {
  index: number;
  mark: string;
  /** Whether it opens (and is not closed) or closes (and was not opened). */
  opens: boolean;
}

/**
 * The quotation marks and brackets of a text that have no pair. Linear: each opening mark is
 * pushed and popped once.
 *
 * @param text A paragraph or headline.
 * @returns The lone marks, in text order.
 */
export function loneMarks(text: string): LoneMark[] {
  const lone: LoneMark[] = [];
  const stack: Array<{ index: number; mark: string }> = [];
  const open = new Map<string, number>();
  for (let index = 0; index < text.length; index++) {
    const mark = text.charAt(index);
    const pair = pairs[mark];
    if (pair === undefined) continue;
    // `People’s`: a right single quote between Latin letters is an apostrophe.
    if (mark === '’' && latin.test(text.charAt(index - 1)) && latin.test(text.charAt(index + 1))) continue;
    if (openers.has(mark)) {
      stack.push({ index, mark });
      open.set(pair, (open.get(pair) ?? 0) + 1);
      continue;
    }
    if ((open.get(pair) ?? 0) === 0) {
      lone.push({ index, mark, opens: false });
      continue;
    }
    // Marks opened inside the pair that this mark closes were never closed.
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      const topPair = pairs[top.mark] as string;
      open.set(topPair, (open.get(topPair) ?? 1) - 1);
      if (topPair === pair) break;
      lone.push({ index: top.index, mark: top.mark, opens: true });
    }
  }
  for (const { index, mark } of stack) lone.push({ index, mark, opens: true });
  return lone.sort((a, b) => a.index - b.index);
}
