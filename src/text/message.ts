/**
 * The one message type of jyparse: what the parser repaired or doubted, what `check` found, what
 * is wrong with a configuration. It has the fields and meanings of unified's `VFileMessage`
 * (vfile-message), so that a message crosses into a vfile as it is (`jyparse/unified`).
 */

import type { Point, Position } from './position.js';

/** How sure a message is, and whether it fails a `check` run. */
export type Severity = 'error' | 'warning' | 'info';

/** A message (vfile-message's fields). */
export interface Message {
  /** What is wrong, in words, e.g. `Headline number 3 is out of order: expected 2`. */
  reason: string;
  /** Where in the text; `undefined` for a message about no place (a configuration error). */
  place: Point | Position | undefined;
  /** The rule in markdownlint form, e.g. `JY003/out-of-order`; `undefined` when no rule made it. */
  ruleId: string | undefined;
  /** Who made it. */
  source: 'jyparse';
  /** `true`: an error; `false`: a warning; `undefined`: information. */
  fatal: boolean | undefined;
  /** What was found, e.g. `（四）`. */
  actual?: string;
  /** What would be right instead, e.g. `['（三）']`. */
  expected?: string[];
  /** Where the rule is documented. */
  url?: string;
}

/** What a message says besides its reason, as {@link createMessage} takes it. */
export interface MessageOptions {
  place?: Point | Position;
  ruleId?: string;
  severity: Severity;
  actual?: string;
  /** The one value that would be right. */
  expected?: string;
  url?: string;
}

/**
 * Make a message.
 *
 * @param reason What is wrong.
 * @param options Where, which rule, how severe, what was found and expected.
 * @returns The message.
 */
export function createMessage(reason: string, options: MessageOptions): Message {
  const { place, ruleId, severity, actual, expected, url } = options;
  return {
    reason,
    place,
    ruleId,
    source: 'jyparse',
    fatal: severity === 'error' ? true : severity === 'warning' ? false : undefined,
    ...(actual === undefined ? {} : { actual }),
    ...(expected === undefined ? {} : { expected: [expected] }),
    ...(url === undefined ? {} : { url }),
  };
}

/**
 * The severity a message's `fatal` stands for.
 *
 * @param message The message.
 * @returns `error`, `warning` or `info`.
 */
export function severityOf(message: Pick<Message, 'fatal'>): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

/** The range of a message: its place, or a point as an empty range; `undefined` without one. */
export function rangeOf(message: Pick<Message, 'place'>): Position | undefined {
  const { place } = message;
  if (place === undefined) return undefined;
  return 'start' in place ? place : { start: place, end: place };
}

/**
 * A parser message as the tree stores it (docs/tree.md, `schema.json`): `place` is `position`, a
 * range; `fatal` is `severity`; one `expected`; no `source` (the tree is jyparse's).
 */
export interface Diagnostic {
  /** Rule id in markdownlint form, e.g. `JY003/out-of-order`. */
  ruleId: string;
  severity: Severity;
  /** Human-readable reason, in English; `check` translates by rule id. */
  reason: string;
  position: Position;
  /** What was found, e.g. `3`. */
  actual?: string;
  /** What was expected, e.g. `2`. */
  expected?: string;
}

/**
 * Store a parser message in the tree. The parser's messages have one `expected` each.
 *
 * @param message A message with a place and a rule.
 * @returns Its diagnostic.
 */
export function toDiagnostic(message: Message): Diagnostic {
  const position = rangeOf(message);
  if (position === undefined || message.ruleId === undefined) {
    throw new Error(`Cannot store \`${message.reason}\` in the tree, expected a message with a place and a rule`);
  }
  const [expected] = message.expected ?? [];
  return {
    ruleId: message.ruleId,
    severity: severityOf(message),
    reason: message.reason,
    position,
    ...(message.actual === undefined ? {} : { actual: message.actual }),
    ...(expected === undefined ? {} : { expected }),
  };
}

/**
 * Read a diagnostic of the tree back as a message.
 *
 * @param diagnostic The diagnostic.
 * @returns The message.
 */
export function fromDiagnostic(diagnostic: Diagnostic): Message {
  const { reason, position, ruleId, severity, actual, expected } = diagnostic;
  return createMessage(reason, {
    place: position,
    ruleId,
    severity,
    ...(actual === undefined ? {} : { actual }),
    ...(expected === undefined ? {} : { expected }),
  });
}
