/** A marker split into its number part and the punctuation after it. */
export interface MarkerParts {
  /** The marker without its delimiter, e.g. `第一`, `（一）`, `1`. */
  body: string;
  /** The punctuation after the number, e.g. `，` `、` `.`; `` when there is none. */
  delimiter: string;
}

// Punctuation that may follow a marker's number (the families accept these, SPEC section 3).
const delimiters = new Set(['，', '、', '：', ',', ':', '.', '．']);

/**
 * Split a marker as written into its body and delimiter.
 *
 * @param marker The marker, e.g. `第一，`, `（一）、`, `1.`.
 * @returns Its parts.
 */
export function markerParts(marker: string): MarkerParts {
  const last = marker.charAt(marker.length - 1);
  return marker.length > 1 && delimiters.has(last) ? { body: marker.slice(0, -1), delimiter: last } : { body: marker, delimiter: '' };
}
