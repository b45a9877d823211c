import type { Document } from '../tree/types.js';

/**
 * Serialize a tree as JSON, exactly as it is.
 *
 * @param tree The tree.
 * @param indent Spaces of indentation (default 2; 0 for one line, as `--ndjson` wants).
 * @returns The JSON text with a final newline.
 */
export function toJson(tree: Document, indent = 2): string {
  return `${JSON.stringify(tree, undefined, indent || undefined)}\n`;
}
