import type { XmlElement } from './xml.js';

/** The text of one paragraph as it is read: its lines, and whether its text is all bold. */
export class ParagraphText {
  /** The lines: a line break (`w:br`, `w:cr`) starts a new one. */
  readonly lines: string[] = [''];
  /** Text boxes anchored in the paragraph (`w:txbxContent`), read after it. */
  readonly textBoxes: XmlElement[] = [];
  #boldText = false;
  #plainText = false;

  /** Whether the paragraph has text and all of it is bold. */
  get bold(): boolean {
    return this.#boldText && !this.#plainText;
  }

  /**
   * Add text to the current line.
   *
   * @param text The text (a line end inside it, which Word would show as a space, becomes one).
   * @param bold Whether it is set bold.
   */
  add(text: string, bold: boolean): void {
    if (text.length === 0) return;
    this.lines[this.lines.length - 1] += text.replace(/\r\n?|\n/gu, ' ');
    if (/\S/u.test(text)) {
      if (bold) this.#boldText = true;
      else this.#plainText = true;
    }
  }

  /** Start a new line within the paragraph. */
  lineBreak(): void {
    this.lines.push('');
  }
}
