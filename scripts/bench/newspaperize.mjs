// The project's copy of the workplace's newspaperize tool, as a function: one source for the
// benchmark (plain JavaScript, so that it runs on the build alone, without a TypeScript loader) and
// for the tests (test/support/newspaperize.ts re-exports it; its types are in newspaperize.d.mts).

/**
 * Turn a clean text (one paragraph or heading per line) into text like a newspaper PDF gives:
 * hard-wrapped columns of varying width, short indented headlines, blank lines inside paragraphs.
 *
 * @param {string} text The clean text.
 * @param {number} seed The seed of the layout's random choices.
 * @returns {string} The newspaperized text.
 */
export function newspaperize(text, seed = 377) {
  let state = seed >>> 0;
  // mulberry32
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const width = (char) => (/[\x00-\x7f]/u.test(char) ? 0.5 : 1);
  const wrap = (line, columns) => {
    const out = [];
    let current = '';
    let used = 0;
    for (const char of line) {
      const closing = /[，。、；：！？”’）》」』】…]/u.test(char);
      if (used + width(char) > columns && !closing) {
        out.push(current);
        current = '';
        used = 0;
      }
      current += char;
      used += width(char);
    }
    if (current) out.push(current);
    return out;
  };
  const isHeading = (line) => line.length <= 40 && !/[。！？；：”」]$/u.test(line);
  const widths = [16, 17, 18, 26, 28, 34, 38];
  const out = [];
  let columns = pick(widths);
  for (const raw of text.split(/\r?\n/u)) {
    const line = raw.trim();
    if (!line) continue;
    if (random() < 0.2) columns = pick(widths);
    if (isHeading(line)) {
      const lines = wrap(line, Math.min(columns, pick([11, 12, 13, 16, 17])));
      if (random() < 0.3) lines[0] = ` ${lines[0]}`;
      if (out.length && random() < 0.85) out.push('');
      out.push(...lines, '');
      continue;
    }
    const wide = random() < 0.06;
    const lines = wrap(line, wide ? 52 : columns);
    const breakAt = random() < 0.15 && lines.length > 1 ? 1 + Math.floor(random() * (lines.length - 1)) : -1;
    if (out.length && out[out.length - 1] !== '' && random() < 0.75) out.push('');
    lines.forEach((wrapped, index) => {
      if (index === breakAt || (wide && index > 0)) out.push('');
      out.push(wrapped);
    });
  }
  return `${out.join('\n').replace(/\n{3,}/gu, '\n\n')}\n`;
}
