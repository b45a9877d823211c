import { readSupplements } from '../layout/page/compat.js';
import { holdsSentenceStop } from '../text/chars.js';

/**
 * An item's title: its text up to and including the first 。！？；, or all of it (SPEC section 2),
 * with radical supplements read as the ideographs they stand for (section 9).
 *
 * @param text The item's text after its marker.
 * @returns The title, without surrounding white space.
 */
export function deriveTitle(text: string): string {
  const end = text.search(holdsSentenceStop);
  return readSupplements((end === -1 ? text : text.slice(0, end + 1)).trim());
}
