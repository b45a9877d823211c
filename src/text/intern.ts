// The strings a document repeats thousands of times (markers such as `一、` `（二）`, units such as
// `亿元` `个`): one copy each, not one per occurrence, for the tree holds them all.
const interned = new Map<string, string>();
// Past this many, strings are no longer remembered (a text of odd markers cannot grow the table
// without bound); the ones remembered stay shared.
const maxInterned = 4096;

/**
 * The one copy of a short, often repeated string.
 *
 * @param text A marker, a unit or the like.
 * @returns An equal string, the same object for every equal text.
 */
export function intern(text: string): string {
  const known = interned.get(text);
  if (known !== undefined) return known;
  if (interned.size < maxInterned) interned.set(text, text);
  return text;
}
