/** Lines of context around each change, as `diff -u` gives. */
const context = 3;

function splitLines(text: string): string[] {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * A unified diff of a text before and after `--fix`, as `diff -u` and git print it (`--- a/NAME`,
 * `+++ b/NAME`, `@@` hunks with three lines of context). Fixes replace within lines, so the two
 * texts have the same lines and only changed ones are compared; if the count differs, one hunk
 * covers the whole text.
 *
 * @param name The file's name, as reported.
 * @param before The text as it is.
 * @param after The text repaired.
 * @returns The diff, or an empty string when nothing changed.
 */
export function unifiedDiff(name: string, before: string, after: string): string {
  if (before === after) return '';
  const old = splitLines(before);
  const fresh = splitLines(after);
  const header = `--- a/${name}\n+++ b/${name}\n`;
  if (old.length !== fresh.length) {
    return `${header}@@ -1,${old.length} +1,${fresh.length} @@\n${old.map((line) => `-${line}\n`).join('')}${fresh.map((line) => `+${line}\n`).join('')}`;
  }
  const changed = old.flatMap((line, at) => (line === fresh[at] ? [] : [at]));
  // Changes closer than twice the context share a hunk.
  const hunks: Array<[first: number, last: number]> = [];
  for (const at of changed) {
    const last = hunks[hunks.length - 1];
    if (last && at - last[1] <= 2 * context) last[1] = at;
    else hunks.push([at, at]);
  }
  let diff = header;
  for (const [first, last] of hunks) {
    const from = Math.max(0, first - context);
    const to = Math.min(old.length - 1, last + context);
    const length = to - from + 1;
    diff += `@@ -${from + 1},${length} +${from + 1},${length} @@\n`;
    for (let at = from; at <= to; at++) {
      diff += old[at] === fresh[at] ? ` ${old[at] ?? ''}\n` : `-${old[at] ?? ''}\n+${fresh[at] ?? ''}\n`;
    }
  }
  return diff;
}
