import type { MarkerParts } from './parts.js';
import type { MarkerStyle } from './style.js';

/** A marker found at one place of a text. */
export interface MarkerMatch {
  style: MarkerStyle;
  /** The number the marker says; `undefined` for 最后, which takes the next number of its list. */
  ordinal: number | undefined;
  /** The marker as written, delimiter included (`第一，`, `（一）`, `1.`). */
  marker: string;
  /** The delimiter as written (`，`, `、`, `.`, ` ` for a headline number), or ``. */
  delimiter: string;
  /** Offset of the marker's first character. */
  start: number;
  /** Offset just past the marker (and its delimiter). */
  end: number;
  /** Whether the marker may only number a headline (`1 教育系统…`: a digit and a space). */
  headlineOnly: boolean;
  /** A second number the layout pushed into this headline (`2 4教育…`): it belongs elsewhere. */
  displaced?: number;
}

/** One family of markers: how to recognise it at a place in a text. */
export interface MarkerFamily {
  style: MarkerStyle;
  /**
   * Rank in official documents (GB/T 9704: 一、 > （一） > 1. > （1）), used only to break ties;
   * lower is outer. Run-in families have no rank.
   */
  rank: number | undefined;
  /** Whether a standalone line with this marker and no sentence end is a numbered headline. */
  headings: boolean;
  /**
   * The characters a marker of this family can begin with: the family is tried only where one of
   * them stands (most places hold none, and a regular expression that fails still costs a call).
   * Without it, the family is tried everywhere.
   */
  starts?: string;
  /** Match a marker starting exactly at `at`, or return `undefined`. */
  match(text: string, at: number): MarkerMatch | undefined;
  /**
   * Write a number as a marker of this family, the way a sample marker of its list is written (its
   * bracket width, digit width and delimiter): `（三）` for a list of `（一）`, `3．` for `1．`.
   * `check` writes the marker it expects with it.
   */
  format(ordinal: number, sample: MarkerParts): string;
}
