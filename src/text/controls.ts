// Characters that a terminal or a CI log acts on instead of showing: C0 and C1 controls (ESC
// starts colour codes, OSC 8 links and cursor moves; CR overwrites a line; LF starts a line a CI
// runner reads as a workflow command), DEL, and the bidirectional marks, embeddings, overrides and
// isolates that reorder what is shown (Trojan Source, CVE-2021-42574).
const controls = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const controlsAndBreaks = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

const shown = (character: string): string => {
  if (character === '\n') return '\\n';
  if (character === '\r') return '\\r';
  if (character === '\t') return '\\t';
  const code = character.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
};

/**
 * Show the control characters of a text as escapes (`\x1B`, `\u202E`, `\n`), so that a terminal
 * or a CI log shows them instead of acting on them.
 *
 * @param text The text, e.g. a file name or a line of a document.
 * @param options `lineBreaks: true` keeps line feeds and tabs (a document shown whole); by
 *   default they are escaped too (one line of a message).
 * @returns The text, unchanged when it has none.
 */
export function escapeControls(text: string, options: { lineBreaks?: boolean } = {}): string {
  return text.replace(options.lineBreaks === true ? controls : controlsAndBreaks, shown);
}
