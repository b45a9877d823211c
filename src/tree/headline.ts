import type { Item, Section } from './types.js';

/**
 * A marker as it stands before its title: a headline number is set off by a space
 * (`1 教育系统…`), other markers carry their own delimiter (`一、`, `（一）`, `第一，`).
 *
 * @param node A numbered section or an item with a marker.
 * @returns The marker with the space it needs, or `` when there is none.
 */
export function markerLead(node: Section | Item): string {
  if (node.marker === undefined) return '';
  return /[0-9０-９]$/u.test(node.marker) ? `${node.marker} ` : node.marker;
}
