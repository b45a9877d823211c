import { rangeOf, severityOf, type Message } from '../text/message.js';
import type { CheckMessage } from './types.js';

/**
 * Lay a finding's message out as `check` reports it: its place as line and column, its `fatal` as a
 * severity, its one expected value.
 *
 * @param message A message of a check rule, with a place and a rule id.
 * @returns The finding as reporters print it.
 */
export function toCheckMessage(message: Message): CheckMessage {
  const range = rangeOf(message);
  if (range === undefined || message.ruleId === undefined) {
    throw new Error(`Cannot report \`${message.reason}\`, expected a message with a place and a rule`);
  }
  const { start, end } = range;
  const [expected] = message.expected ?? [];
  return {
    ruleId: message.ruleId,
    severity: severityOf(message),
    message: message.reason,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    ...(message.actual === undefined ? {} : { actual: message.actual }),
    ...(expected === undefined ? {} : { expected }),
    ...(message.url === undefined ? {} : { url: message.url }),
  };
}
