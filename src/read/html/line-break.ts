/**
 * What a `<br>` means for the line after it. A browser wraps text itself, so a `<br>` is never a
 * soft wrap: it either breaks a paragraph's line (a title set in two lines, a sentence broken by
 * hand) or, on many Chinese sites, stands between paragraphs (`段一<br>　　段二`, `<br><br>`).
 * The rules, in order, each with its examples; the first that answers decides.
 */

/** The two lines a `<br>` stands between, as the line writer sees them. */
export interface BreakSides {
  /** The text of the line before the break. */
  before: string;
  /** Whether all the line before is bold. */
  beforeBold: boolean;
  /** Whether all the line after is bold. */
  bold: boolean;
  /** Whether a blank line stands between them (`<br><br>`). */
  blank: boolean;
  /** Whether the line after starts with indentation (`&nbsp;&nbsp;`, `　　`). */
  indented: boolean;
  /** Whether the block is set flush right (a signature and date). */
  right: boolean;
}

/** A rule: `true` the line after starts a paragraph, `false` it continues, `undefined` no answer. */
interface BreakRule {
  id: string;
  examples: readonly string[];
  test(sides: BreakSides): boolean | 'text' | undefined;
}

// A sentence or clause end, before closing quotes and brackets: e.g. `。`, `；`, `：`, `。”`, `！）`.
const sentenceEnd = /[。！？；：!?;:][”’"'」』）)】]*$/u;

/** The rules, in the order they are asked. `text` leaves the line to the text rules, as in a text file. */
export const breakRules: readonly BreakRule[] = [
  { id: 'br-blank-line', examples: ['段一<br><br>段二'], test: (sides) => (sides.blank ? true : undefined) },
  { id: 'br-indent', examples: ['段一。<br>　　段二', '段一。<br>&nbsp;&nbsp;&nbsp;&nbsp;段二'], test: (sides) => (sides.indented ? true : undefined) },
  { id: 'br-bold-headline', examples: ['<strong>一、总体要求</strong><br>坚持人民至上'], test: (sides) => (sides.beforeBold !== sides.bold ? true : undefined) },
  { id: 'br-flush-right', examples: ['<p align="right">临江市人民政府办公室<br>2023年3月15日</p>'], test: (sides) => (sides.right ? 'text' : undefined) },
  { id: 'br-after-sentence', examples: ['一是加强领导。<br>二是压实责任。'], test: (sides) => (sentenceEnd.test(sides.before) ? 'text' : undefined) },
  { id: 'br-mid-sentence', examples: ['临江市人民政府关于做好<br>2023年度安全生产工作的通知'], test: () => false },
];

/**
 * Whether the line after a `<br>` starts a paragraph.
 *
 * @param sides The lines around the break.
 * @returns `true` it starts one, `false` it continues the line before, `undefined` the text rules decide.
 */
export function startsAfterBreak(sides: BreakSides): boolean | undefined {
  for (const rule of breakRules) {
    const answer = rule.test(sides);
    if (answer !== undefined) return answer === 'text' ? undefined : answer;
  }
  // The last rule always answers.
  /* v8 ignore next */
  return false;
}
