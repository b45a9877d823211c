import type { ListCounters } from './list-counters.js';
import type { ListInstance } from './numbering.js';
import { W } from './namespaces.js';
import { justification, numberingReference, outlineHeading, type Styles } from './styles.js';
import { childElement, childValue, type XmlElement } from './xml.js';

/** What a paragraph's properties and its style say of it. */
export interface ParagraphProperties {
  /** Headline evidence (LineFacts.heading): 0 Title, 1–9 a heading or outline level. */
  heading: number | undefined;
  /** Whether the paragraph is centred. */
  centered: boolean;
  /** Whether the paragraph's style sets its text bold (runs may say otherwise). */
  bold: boolean | undefined;
  /** The list and level the paragraph is numbered in, if any. */
  numbering: { numId: string; ilvl: number } | undefined;
}

/**
 * Resolve a paragraph's properties: its own (`w:pPr`) over its style's, the style over the
 * styles it is based on.
 *
 * Numbering comes from the paragraph's `w:numPr` or its style's (a heading style linked to a
 * list); `w:numId` 0 turns it off. A style's numbering without a level takes the level linked
 * to the style or to a style it is based on (`w:pStyle` in the list), else level 0.
 *
 * @param pPr The paragraph's `w:pPr`, or nothing.
 * @param styles The document's styles.
 * @param counters The document's list counters (for its lists' levels).
 */
export function paragraphProperties(pPr: XmlElement | undefined, styles: Styles, counters: ListCounters): ParagraphProperties {
  const style = styles.paragraph(childValue(pPr, W, 'pStyle'));
  const direct = numberingReference(childElement(pPr, W, 'numPr'));
  const outline = outlineHeading(pPr);
  const numId = direct?.numId ?? style.numbering?.numId;
  let numbering: ParagraphProperties['numbering'];
  const list = numId === undefined ? undefined : counters.list(numId);
  if (numId !== undefined && list) {
    numbering = { numId, ilvl: direct?.ilvl ?? style.numbering?.ilvl ?? (direct?.numId === undefined ? linkedLevel(list, style.chain) : 0) };
  }
  return {
    heading: outline === undefined ? style.heading : (outline ?? undefined),
    centered: justification(pPr) ?? style.centered,
    bold: style.bold,
    numbering,
  };
}

// The level of a list linked to the paragraph's style (`w:pStyle` in the level), or to the
// nearest style it is based on; level 0 when none is.
function linkedLevel(list: ListInstance, chain: readonly string[]): number {
  for (const id of chain) {
    const level = list.levels.findIndex((definition) => definition?.styleId === id);
    if (level >= 0) return level;
  }
  return 0;
}
