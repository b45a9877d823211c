import type { Severity } from '../../tree/types.js';
import { findingFingerprints, relativePath } from './artifact-uri.js';
import type { Reporter } from './types.js';

// Code Climate's severities, which GitLab shows: numbering mistakes `major`, style `minor`.
const severity: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warning: 'minor', info: 'info' };

/**
 * GitLab Code Quality: a JSON array of Code Climate issues (`description`, `check_name`,
 * `fingerprint`, `severity`, `location.path` relative to the repository's top,
 * `location.positions`), for `artifacts: reports: codequality`. A clean run prints `[]`.
 */
export const gitlab: Reporter = (results, options) => {
  const issues = results.flatMap(({ file, messages }) => {
    const path = (options.cwd !== undefined && options.root !== undefined ? relativePath(file, options.cwd, options.root) : undefined) ?? file.replace(/\\/gu, '/');
    const fingerprints = findingFingerprints(messages, path);
    return messages.map((message, at) => ({
      type: 'issue',
      description: message.message,
      check_name: message.ruleId,
      categories: ['Style'],
      fingerprint: fingerprints[at] as string,
      severity: severity[message.severity],
      location: {
        path,
        positions: { begin: { line: message.line, column: message.column }, end: { line: message.endLine, column: message.endColumn } },
      },
      ...(message.url === undefined ? {} : { url: message.url }),
    }));
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
};
