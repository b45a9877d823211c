import { W } from './namespaces.js';
import { childElement, childElements, childValue, onOff, type XmlElement } from './xml.js';

/** A paragraph's numbering reference (`w:numPr`), as written: either half may be missing. */
export interface NumberingReference {
  /** `w:numId`; `0` turns numbering off. */
  numId?: string;
  /** `w:ilvl`, the level (0–8). */
  ilvl?: number;
}

/** What a paragraph style, with the styles it is based on, says of its paragraphs. */
export interface ParagraphStyle {
  /** The ids of the style and of those it is based on, nearest first. */
  chain: string[];
  /** Headline evidence: 0 for Title, 1–9 for Heading 1–9 or an outline level; `undefined` for none. */
  heading: number | undefined;
  /** The numbering the style gives its paragraphs (Heading 1 linked to a list, a list style). */
  numbering: NumberingReference | undefined;
  /** Whether the style centres its paragraphs (`w:jc w:val="center"`). */
  centered: boolean;
  /** Whether the style sets its text bold. */
  bold: boolean | undefined;
}

interface StyleRecord {
  id: string;
  type: string;
  name: string;
  basedOn: string | undefined;
  pPr: XmlElement | undefined;
  rPr: XmlElement | undefined;
}

// Style chains are short (Heading 1 → Normal); a longer one is a loop in a damaged file.
const maxChain = 32;

/**
 * The styles of a Word document (`word/styles.xml`), resolved through their `w:basedOn` chains.
 */
export class Styles {
  readonly #records = new Map<string, StyleRecord>();
  readonly #paragraphs = new Map<string, ParagraphStyle>();
  readonly #defaultParagraph: string | undefined;
  readonly #defaultBold: boolean | undefined;

  /**
   * @param root The root of `word/styles.xml`, or nothing for a document without styles.
   */
  constructor(root: XmlElement | undefined) {
    let defaultParagraph: string | undefined;
    for (const style of childElements(root, W, 'style')) {
      const id = style.attributes.styleId;
      // A damaged file may define an id twice; the first definition stands.
      if (id === undefined || this.#records.has(id)) continue;
      const type = style.attributes.type ?? 'paragraph';
      const isDefault = style.attributes.default;
      if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true' || isDefault === 'on')) defaultParagraph ??= id;
      this.#records.set(id, {
        id,
        type,
        name: childValue(style, W, 'name') ?? '',
        basedOn: childValue(style, W, 'basedOn'),
        pPr: childElement(style, W, 'pPr'),
        rPr: childElement(style, W, 'rPr'),
      });
    }
    this.#defaultParagraph = defaultParagraph;
    const defaults = childElement(root, W, 'docDefaults');
    this.#defaultBold = onOff(childElement(childElement(childElement(defaults, W, 'rPrDefault'), W, 'rPr'), W, 'b'));
  }

  /**
   * A paragraph style, resolved.
   *
   * @param id The paragraph's `w:pStyle`; absent or unknown, the document's default paragraph style.
   */
  paragraph(id: string | undefined): ParagraphStyle {
    const key = id !== undefined && this.#records.get(id)?.type === 'paragraph' ? id : this.#defaultParagraph;
    const cached = this.#paragraphs.get(key ?? '');
    if (cached) return cached;
    const chain = this.#chain(key);
    const style: ParagraphStyle = {
      chain: chain.map((record) => record.id),
      heading: firstDefined(chain, headingOf) ?? undefined,
      numbering: firstDefined(chain, (record) => numberingReference(childElement(record.pPr, W, 'numPr'))),
      centered: firstDefined(chain, (record) => justification(record.pPr)) ?? false,
      bold: firstDefined(chain, (record) => onOff(childElement(record.rPr, W, 'b'))) ?? this.#defaultBold,
    };
    this.#paragraphs.set(key ?? '', style);
    return style;
  }

  /**
   * Whether a character style sets its text bold.
   *
   * @param id A run's `w:rStyle`.
   * @returns `undefined` when the style (and those it is based on) do not say.
   */
  characterBold(id: string | undefined): boolean | undefined {
    return firstDefined(this.#chain(id), (record) => onOff(childElement(record.rPr, W, 'b')));
  }

  /**
   * The list a numbering style stands for (`w:numStyleLink` points to one).
   *
   * @param id The numbering style's id.
   * @returns Its `w:numId`.
   */
  numberingStyle(id: string): string | undefined {
    const record = this.#records.get(id);
    return record ? childValue(childElement(record.pPr, W, 'numPr'), W, 'numId') : undefined;
  }

  #chain(id: string | undefined): StyleRecord[] {
    const chain: StyleRecord[] = [];
    for (let next = id; next !== undefined && chain.length < maxChain; ) {
      const record = this.#records.get(next);
      if (!record || chain.includes(record)) break;
      chain.push(record);
      next = record.basedOn;
    }
    return chain;
  }
}

function firstDefined<T>(chain: readonly StyleRecord[], read: (record: StyleRecord) => T | undefined): T | undefined {
  for (const record of chain) {
    const value = read(record);
    if (value !== undefined) return value;
  }
  return undefined;
}

// e.g. `heading 1` (the built-in name Word writes in every language), `标题 1` (a localised name),
// `Heading1` (the English style id; Chinese Word's ids are `1`, `2`…, hence the names)
const headingName = /^(?:heading|标题)\s*([1-9])$/iu;
// e.g. `Title`, `标题` (a localised name)
const titleName = /^(?:title|标题)$/iu;

/**
 * Headline evidence of one style: its identity (Title, Heading N), else its outline level
 * (`w:outlineLvl` 0–8 is a heading level, 9 is body text: `null`, which ends the search).
 */
function headingOf(record: StyleRecord): number | null | undefined {
  if (titleName.test(record.name) || titleName.test(record.id)) return 0;
  const named = headingName.exec(record.name) ?? headingName.exec(record.id);
  if (named) return Number(named[1]);
  return outlineHeading(record.pPr);
}

/**
 * A paragraph's outline level as headline evidence.
 *
 * @param pPr Paragraph properties.
 * @returns 1–9 for outline levels 0–8, `null` for body text (level 9), `undefined` when unset.
 */
export function outlineHeading(pPr: XmlElement | undefined): number | null | undefined {
  const level = childValue(pPr, W, 'outlineLvl');
  if (level === undefined) return undefined;
  const value = Number(level);
  return Number.isInteger(value) && value >= 0 && value <= 8 ? value + 1 : null;
}

/**
 * A numbering reference as written.
 *
 * @param numPr A `w:numPr`, or nothing.
 */
export function numberingReference(numPr: XmlElement | undefined): NumberingReference | undefined {
  if (!numPr) return undefined;
  const numId = childValue(numPr, W, 'numId');
  const ilvl = Number(childValue(numPr, W, 'ilvl'));
  return { ...(numId !== undefined && { numId }), ...(Number.isInteger(ilvl) && ilvl >= 0 && ilvl <= 8 && { ilvl }) };
}

/**
 * Whether paragraph properties centre the paragraph.
 *
 * @param pPr Paragraph properties, or nothing.
 * @returns `undefined` when they do not set a justification.
 */
export function justification(pPr: XmlElement | undefined): boolean | undefined {
  const value = childValue(pPr, W, 'jc');
  return value === undefined ? undefined : value === 'center';
}
