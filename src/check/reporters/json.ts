import type { Reporter } from './types.js';

/**
 * Every finding as one JSON array of `{file, line, column, endLine, endColumn, ruleId, severity,
 * message, url}` (with `actual` and `expected` where they apply; `url` is the rule's page). A clean run prints `[]`.
 */
export const json: Reporter = (results) => {
  const findings = results.flatMap(({ file, messages }) =>
    messages.map(({ line, column, endLine, endColumn, ruleId, severity, message, actual, expected, url }) => ({
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
      ...(url === undefined ? {} : { url }),
    })),
  );
  return `${JSON.stringify(findings, null, 2)}\n`;
};
