import type { Message } from '../text/message.js';
import type { Document, Position, Severity } from '../tree/types.js';
import type { RuleContext } from './context.js';

/** The languages `check` writes its messages in. */
export type Lang = 'zh' | 'en';

/** A text in every language `check` speaks. */
export interface Localized {
  zh: string;
  en: string;
}

/**
 * What a rule found: a {@link Message} before the run gives it its rule, severity and language, so
 * its reason is in every language `check` speaks.
 */
export interface RuleFinding {
  /** Where it is: the marker, the bracket, the headline. */
  place: Position;
  reason: Localized;
  /** What was found, e.g. `（四）`. */
  actual?: string;
  /** The one thing that would be right, e.g. `（三）`. */
  expected?: string;
}

/**
 * A check rule: metadata plus one function over the tree (markdownlint `lib/md001.mjs` style).
 */
export interface Rule {
  /** The id and its alias, e.g. `['JY001', 'numbering-gap']`. */
  names: readonly [id: string, alias: string];
  /** What the rule catches. */
  description: Localized;
  /** The severity the rule has unless configured otherwise. */
  severity: Severity;
  tags: readonly string[];
  url?: string;
  /** Source lines of a document that breaks the rule, and of one that keeps it (for docs/rules.md). */
  examples: { bad: readonly string[]; good: readonly string[] };
  /** Find what the rule catches in one document. */
  check(context: RuleContext): RuleFinding[];
}

/** How a rule is set in a configuration: off, or a severity. */
export type RuleLevel = Severity | 'off';

/** Rule levels by rule id (`JY001`). Rules not named keep their default severity. */
export type RuleLevels = Readonly<Record<string, RuleLevel>>;

/**
 * One finding of a `check` run, as reporters print it and `check` returns it: its {@link Message}
 * laid out flat, as ESLint and markdownlint lay out theirs (`toCheckMessage`).
 */
export interface CheckMessage {
  /** Rule id in markdownlint form, e.g. `JY003/out-of-order`. */
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  actual?: string;
  expected?: string;
  url?: string;
}

/** The findings for one input. */
export interface FileResult {
  /** The path as the user gave it, or `<stdin>`. */
  file: string;
  messages: CheckMessage[];
}

/** Options for `check`. */
export interface CheckOptions {
  /**
   * The decoded text the tree was parsed from. Rules that read the source (JY009) need it, and
   * marker ranges that a line break cuts are exact only with it.
   */
  source?: string;
  /** Rule levels by id; the rest keep their defaults. */
  rules?: RuleLevels;
  /** The rules to run (default: the built-in registry; plugins add theirs after it). */
  ruleSet?: readonly Rule[];
  /** Language of the messages (default `zh`). */
  lang?: Lang;
}

export type { Document };
