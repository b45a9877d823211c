import type { CheckMessage } from '../types.js';
/** The base id SARIF paths are relative to: the repository's top (GitHub code scanning's habit). */
export const sourceRootId = '%SRCROOT%';

const encodeSegments = (segments: readonly string[]): string => segments.map((segment) => encodeURIComponent(segment)).join('/');

const isAbsolute = (path: string): boolean => path.startsWith('/') || /^[A-Za-z]:\//u.test(path);

// Forward slashes, `.` and `..` resolved (paths come from the CLI; no file system is touched).
function segmentsOf(path: string): string[] {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments;
}

/**
 * A file's path relative to a folder, with forward slashes, or `undefined` when it is outside.
 *
 * @param file The path as reported (relative to `cwd`, or absolute).
 * @param cwd The working directory, absolute.
 * @param root The folder, absolute.
 */
export function relativePath(file: string, cwd: string, root: string): string | undefined {
  const slashed = file.replace(/\\/gu, '/');
  const absolute = segmentsOf(isAbsolute(slashed) ? slashed : `${cwd.replace(/\\/gu, '/')}/${slashed}`);
  const base = segmentsOf(root.replace(/\\/gu, '/'));
  if (base.some((segment, at) => absolute[at] !== segment) || absolute.length <= base.length) return undefined;
  return absolute.slice(base.length).join('/');
}

/**
 * The URI of a folder as a `file:` URI ending in `/`, as SARIF's `originalUriBaseIds` wants it.
 *
 * @param folder An absolute path.
 */
export function folderUri(folder: string): string {
  const segments = segmentsOf(folder.replace(/\\/gu, '/'));
  const drive = /^[A-Za-z]:$/u.test(segments[0] ?? '') ? `/${segments.shift() ?? ''}` : '';
  return `file://${drive}/${encodeSegments(segments)}${segments.length > 0 ? '/' : ''}`;
}

/**
 * Where a file is for SARIF: relative to the repository's top with {@link sourceRootId} when it
 * is inside it, else a `file:` URI; relative as given when the run knows no folders.
 *
 * @param file The path as reported.
 * @param cwd The working directory, absolute, if known.
 * @param root The repository's top, absolute, if known.
 */
export function artifactLocation(file: string, cwd: string | undefined, root: string | undefined): { uri: string; uriBaseId?: string } {
  const slashed = file.replace(/\\/gu, '/');
  if (cwd === undefined || root === undefined) {
    return { uri: isAbsolute(slashed) ? folderUri(slashed).replace(/\/$/u, '') : encodeSegments(slashed.split('/')) };
  }
  const inside = relativePath(file, cwd, root);
  if (inside !== undefined) return { uri: encodeSegments(inside.split('/')), uriBaseId: sourceRootId };
  return { uri: folderUri(isAbsolute(slashed) ? slashed : `${cwd}/${slashed}`).replace(/\/$/u, '') };
}

/**
 * A stable fingerprint of a finding that ignores its line, so that an alert survives lines
 * added above it: FNV-1a (64 bits, as two 32-bit halves) of the parts, in hex.
 *
 * @param parts What identifies the finding: rule, file, the text found, its occurrence.
 */
export function fingerprint(parts: readonly string[]): string {
  const text = parts.join('\u0000');
  let low = 0x811c9dc5;
  let high = 0xcbf29ce4;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    low = Math.imul(low ^ code, 0x01000193) >>> 0;
    high = Math.imul(high ^ (code + at), 0x01000193) >>> 0;
  }
  return `${high.toString(16).padStart(8, '0')}${low.toString(16).padStart(8, '0')}`;
}

/**
 * The fingerprints of one file's findings (SARIF `partialFingerprints`, GitLab `fingerprint`):
 * each from its rule, the file, the text found and which occurrence of that text it is, so that
 * the same finding keeps its fingerprint when lines move and two alike findings stay apart.
 *
 * @param messages The file's findings, in order.
 * @param path The file as the report names it.
 * @returns One fingerprint per finding, in the same order.
 */
export function findingFingerprints(messages: readonly CheckMessage[], path: string): string[] {
  const seen = new Map<string, number>();
  return messages.map((message) => {
    const what = message.actual ?? message.message;
    const key = `${message.ruleId}\u0000${what}`;
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return fingerprint([message.ruleId, path, what, String(occurrence)]);
  });
}
