/**
 * Turn a clean text (one paragraph or heading per line) into text like a newspaper PDF gives:
 * hard-wrapped columns of varying width, short indented headlines, blank lines inside paragraphs,
 * paragraphs without a blank between them, wide blocks with blank lines between their lines.
 *
 * @param text The clean text.
 * @param seed The seed of the layout's random choices (default 377); the same seed gives the same text.
 * @returns The newspaperized text.
 */
export function newspaperize(text: string, seed?: number): string;
