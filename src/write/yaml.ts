import { stringify } from 'yaml';
import type { Document } from '../tree/types.js';

/**
 * Serialize a tree as YAML (block style, keys in tree order, long lines not folded).
 *
 * @param tree The tree, already stripped of what the output should not show.
 * @returns The YAML text.
 */
export function toYaml(tree: Document): string {
  return stringify(tree, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
}
