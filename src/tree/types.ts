/**
 * The jyparse tree: a unist tree of a Chinese meeting summary or official document.
 * See `docs/tree.md` for the written specification of every node.
 */

export type { Point, Position } from '../text/position.js';
export type { MarkerStyle } from '../markers/style.js';
export type { Diagnostic, Severity } from '../text/message.js';
import type { Position } from '../text/position.js';
import type { MarkerStyle } from '../markers/style.js';
import type { Diagnostic } from '../text/message.js';
import type { FurnitureKind, SourceFormat } from '../read/types.js';

/** A figure found in a paragraph: a count, an amount, a percentage or a date. */
export interface Figure {
  /** The figure as written, e.g. `9.2亿元`, `2018 年 9 月 10 日`. */
  text: string;
  /** The number, e.g. `9.2` for `9.2亿元`; for dates an ISO-like string (`2018-09-10`, `--04-29`). */
  value: number | string;
  /** The unit as written, e.g. `亿元`, `个`, `%`; empty for dates. */
  unit: string;
  kind: 'count' | 'money' | 'percent' | 'date';
  position: Position;
}

/** Fields shared by every node except `document`. */
interface Located {
  position: Position;
}

/** A paragraph of text: wrapped lines joined, layout white space removed. */
export interface Paragraph extends Located {
  type: 'paragraph';
  value: string;
  figures?: Figure[];
}

/** A numbered entry of a list. Its text lives in its paragraph children. */
export interface Item extends Located {
  type: 'item';
  /** The marker as written, with its delimiter, e.g. `第一，`, `（一）`, `1.`. */
  marker?: string;
  ordinal: number;
  style: MarkerStyle;
  /** The text after the marker up to and including the first 。！？；. */
  title: string;
  inferred?: true;
  children: Array<Paragraph | List>;
}

/** A run of items of one marker family that continue one another's numbers. */
export interface List extends Located {
  type: 'list';
  style: MarkerStyle;
  children: Item[];
}

/** A headline and what falls under it; numbered when the headline has a marker. */
export interface Section extends Located {
  type: 'section';
  /** The headline, lines joined. */
  title: string;
  marker?: string;
  ordinal?: number;
  style?: MarkerStyle;
  inferred?: true;
  children: Array<Section | List | Paragraph>;
}

/** Data about the whole document. */
export interface DocumentData {
  /** The encoding the bytes were decoded with, e.g. `utf8`, `gb18030`. */
  encoding: string;
  /** Version of this tree's schema. */
  schemaVersion: string;
  /** The format of the file the text was read from (absent for text given as a string). */
  format?: SourceFormat;
}

/**
 * What the front and back matter of an official document say (SPEC section 9), derived as text
 * from their lines, which stay in the tree (like an item's `title`).
 */
export interface DocumentMeta {
  /** 发文字号, e.g. `国发〔2019〕3号`. */
  docNumber?: string;
  /** 主送机关, without the closing colon. */
  addressee?: string;
  /** The issuer of the 落款. */
  issuer?: string;
  /** 成文日期, as written. */
  date?: string;
  /** 抄送, without its label. */
  cc?: string;
}

/**
 * Page furniture (SPEC section 9): a page number, running header or footer that the extractor
 * wrote into the flow. It is not part of the outline; it stays in the tree, in source order.
 */
export interface Furniture {
  type: 'furniture';
  kind: FurnitureKind;
  /** The line as written. */
  value: string;
  position: Position;
}

/** The root: title block first, then everything else in source order. */
export interface Document {
  type: 'document';
  title?: string;
  /** The subtitle, without its leading ——. */
  subtitle?: string;
  data: DocumentData;
  /** What the front and back matter say; absent when the document has none. */
  meta?: DocumentMeta;
  /** Page numbers, running headers and footers, in source order; absent when there are none. */
  furniture?: Furniture[];
  /** What the parser repaired or doubted: its messages, as the tree stores them. */
  diagnostics: Diagnostic[];
  children: Array<Section | List | Paragraph>;
}

/** Any node of the tree. */
export type Node = Document | Section | List | Item | Paragraph;

/** Any node that has children. */
export type Parent = Document | Section | List | Item;

/** The version of the tree schema written into `data.schemaVersion`. */
export const schemaVersion = '1.0.0';
