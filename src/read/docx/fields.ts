/**
 * The fields the reading is inside (`w:fldChar` begin … separate … end, nested): a field shows
 * its result, not its instruction, so text shows only where every open field is past its
 * separator. Fields may span paragraphs, so the state lives as long as the document.
 */
export class FieldStack {
  readonly #inResult: boolean[] = [];

  /** Whether text at this point shows. */
  get showing(): boolean {
    return this.#inResult.every(Boolean);
  }

  /**
   * Take a field character.
   *
   * @param type Its `w:fldCharType`: `begin`, `separate` or `end`.
   */
  mark(type: string | undefined): void {
    if (type === 'begin') this.#inResult.push(false);
    else if (type === 'separate' && this.#inResult.length > 0) this.#inResult[this.#inResult.length - 1] = true;
    else if (type === 'end') this.#inResult.pop();
  }
}
