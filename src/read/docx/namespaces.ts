/**
 * The XML namespaces of a Word file. Word writes the transitional namespaces of ECMA-376; a file
 * saved as "Strict Open XML" uses the ISO/IEC 29500 strict ones for the same elements, which the
 * reader reads as their transitional twins.
 */

/** WordprocessingML: paragraphs, runs, styles, numbering. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Markup compatibility: `mc:AlternateContent` and its `mc:Choice` / `mc:Fallback`. */
export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Office Math (`m:oMath`, whose text is in `m:t`). */
export const M = 'http://schemas.openxmlformats.org/officeDocument/2006/math';

/** The strict namespace for each transitional one it stands for. */
export const strictAliases: Readonly<Record<string, string>> = {
  'http://purl.oclc.org/ooxml/wordprocessingml/main': W,
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/math': M,
};
