import type { Reporter } from './types.js';

/**
 * Every finding as one JSON array of `{file, line, column, endLine, endColumn, ruleId, severity,
 * message}` (with `actual` and `expected` where they apply). A clean run prints `[]`.
 */
export const json: Reporter = (results) => {
  const findings = results.flatMap(({ file, messages }) =>
    messages.map(({ line, column, endLine, endColumn, ruleId, severity, message, actual, expected }) => ({
      file,
      line,
      column,
      endLine,
      endColumn,
      ruleId,
      severity,
      message,
      ...(actual === undefined ? {} : { actual }),
      ...(expected === undefined ? {} : { expected }),
    })),
  );
  return `${JSON.stringify(findings, null, 2)}\n`;
};
