/**
 * The layout profile: every width the layout rules compare a line against, in ideographs (a CJK
 * character or full-width mark is 1, an ASCII character ½, see `text/width.ts`). The rules take
 * the rest of their widths from the page itself (the widest line of a block, the next line);
 * these are the bounds and slacks around those measures.
 */

/** How wide printed columns are. */
export const column = {
  /** A line narrower than this never runs on: no printed column is this narrow. */
  minWidth: 10,
  /** Body columns are 16 or more wide; a fragment's line may have lost two of indentation. */
  minFragmentWidth: 14,
  /** The narrowest body column assumed when a block's own lines are narrower. */
  minBodyWidth: 16,
  /** No printed column is this wide: such a line is a whole paragraph of a text that was not wrapped. */
  maxWidth: 60,
  /** Newspaper headlines are set narrow; a full line wider than this is body text. */
  maxHeadlineColumn: 24,
} as const;

/** How much narrower than the column a line may be and still count as full (it runs on). */
export const fullLine = {
  /** The first line of a paragraph, which may have lost its indentation to the extraction. */
  firstLineSlack: 3,
  /** A later line of a paragraph. */
  lineSlack: 2,
  /** The first line of a paragraph that ends a sentence (a full line ending a sentence is rare). */
  sentenceFirstLineSlack: 2,
  /** A later line that ends a sentence: it must fill the column to run on. */
  sentenceLineSlack: 0.5,
  /** A line this much narrower than the line before it starts a narrower column or a headline. */
  narrowerSlack: 2,
  /** The last line of a block is as wide as the widest before it, within this, to leave it open. */
  openSlack: 0.5,
} as const;

/** Widths compared across a blank line. */
export const acrossBlank = {
  /** The next line's width may exceed the last line's by this and still be the tail of its paragraph. */
  tailSlack: 1,
  /** The lines of a block cut by a blank line are this close to its last line's width. */
  equalSlack: 0.5,
  /** The next line is this much narrower at most, for lines of equal width. */
  nextSlack: 1,
  /** A line as wide as the next one is at least this wide (a body column). */
  minNextWidth: 15.5,
  /** …and as wide as the next one within these. */
  asWideBelow: 0.5,
  asWideAbove: 1,
} as const;

/** The longest headline jyparse accepts, in ideographs (the title may be longer). */
export const maxHeadlineWidth = 64;
/** The longest title jyparse accepts, in ideographs. */
export const maxTitleWidth = 100;

/** How many lines or blocks the head and headline rules look at. */
export const counts = {
  /** A headline is set in at most this many lines. */
  maxHeadlineLines: 4,
  /** A title's repeat over the body stands within this many blocks after the title. */
  titleRepeatWindow: 3,
  /** At most this many headlines under a title's repeat are its subtitle. */
  maxSubtitleBlocks: 2,
} as const;
