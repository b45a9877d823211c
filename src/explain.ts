import type { EncodingName } from './decode/decode.js';
import type { ExplainedLine } from './layout/explain.js';
import type { SourceFormat } from './read/types.js';

export type { ExplainedLine, LineRole } from './layout/explain.js';

/** Options for {@link explain}. */
export interface ExplainOptions {
  /** How to decode bytes of a text file (default `auto`). */
  encoding?: EncodingName;
  /** The format of the bytes, when they do not tell it (PDF, Word and HTML files do). */
  from?: SourceFormat;
}

/**
 * Explain the layout of a document: for each source line, the role the layout stage gave it
 * (title, subtitle, headline, paragraph, continuation, blank, furniture…) and the id of the rule
 * that decided it (SPEC section 4), as `jyparse explain` prints them. Bytes are read as the
 * converter reads them, so a PDF, Word or HTML file is explained line by line of its text.
 * The layout and the readers are loaded when it is called, not with the package.
 *
 * @param input The document, as text or as the file's bytes.
 * @param options How to read bytes.
 * @returns One entry per line, in line order.
 * @throws {DecodeError} When bytes cannot be decoded.
 * @throws {ReadError} When a file cannot be read.
 */
export async function explain(input: string | Uint8Array, options: ExplainOptions = {}): Promise<ExplainedLine[]> {
  const { explainExtracted } = await import('./layout/explain.js');
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    return explainExtracted({ text, format: 'text', encoding: 'utf8', facts: [], notes: [] });
  }
  const { read } = await import('./read/read.js');
  return explainExtracted(await read(input, { encoding: options.encoding, from: options.from }));
}
