/**
 * The fields the reading is inside (`w:fldChar` begin … separate … end, nested): a field shows
 * its result, not its instruction, so text shows only where every open field is past its
 * separator. Fields may span paragraphs, so the state lives as long as the document.
 *
 * A table of contents (a `TOC` field) is not read: it repeats the headlines, with page numbers,
 * and is navigation rather than body text.
 */
export class FieldStack {
  readonly #fields: Array<{ instruction: string; inResult: boolean }> = [];

  /** Whether text at this point shows. */
  get showing(): boolean {
    return this.#fields.every((field) => field.inResult && !isTableOfContents(field.instruction));
  }

  /**
   * Take a field character.
   *
   * @param type Its `w:fldCharType`: `begin`, `separate` or `end`.
   */
  mark(type: string | undefined): void {
    const open = this.#fields[this.#fields.length - 1];
    if (type === 'begin') this.#fields.push({ instruction: '', inResult: false });
    else if (type === 'separate' && open) open.inResult = true;
    else if (type === 'end') this.#fields.pop();
  }

  /**
   * Take a piece of the instruction of the innermost open field (`w:instrText`).
   *
   * @param text The piece, e.g. ` TOC \o "1-3" \h `.
   */
  instruction(text: string): void {
    const open = this.#fields[this.#fields.length - 1];
    if (open && !open.inResult) open.instruction += text;
  }
}

// e.g. ` TOC \o "1-3" \h \z \u `
const tableOfContents = /^\s*TOC\b/iu;

/**
 * Whether a field instruction makes a table of contents.
 *
 * @param instruction The instruction, e.g. ` TOC \o "1-3" \h `.
 */
export const isTableOfContents = (instruction: string): boolean => tableOfContents.test(instruction);
