import type { FileResult } from '../types.js';
import type { Reporter } from './types.js';

/** One finding as the json reporter writes it (and a `--reporter ./module.mjs` receives it). */
export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  severity: string;
  message: string;
  actual?: string;
  expected?: string;
  url?: string;
}

/**
 * The findings of a run as one flat array, in the json reporter's form.
 *
 * @param results The results by file.
 * @returns One entry per finding, in file order.
 */
export function jsonFindings(results: readonly FileResult[]): JsonFinding[] {
  return results.flatMap(({ file, messages }) =>
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
}

/**
 * Every finding as one JSON array of `{file, line, column, endLine, endColumn, ruleId, severity,
 * message, url}` (with `actual` and `expected` where they apply; `url` is the rule's page). A clean
 * run prints `[]`.
 */
export const json: Reporter = (results) => `${JSON.stringify(jsonFindings(results), null, 2)}\n`;
