/**
 * The width a text takes in a printed column, in ideographs: CJK characters and full-width
 * punctuation count 1, ASCII and other half-width characters ½, as a typesetter sets them.
 *
 * @param text Any text.
 * @param from Offset to start at (default 0).
 * @param to Offset to stop at (default the text's length).
 * @returns The width.
 */
export function displayWidth(text: string, from = 0, to = text.length): number {
  let width = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xdc00 && code <= 0xdfff) continue; // second half of a surrogate pair
    width += code < 0x1100 || (code >= 0xff61 && code <= 0xffdc) ? 0.5 : 1;
  }
  return width;
}
