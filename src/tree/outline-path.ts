import { markerLead } from '../tree/headline.js';
import type { Item, Section } from '../tree/types.js';

/** What joins the steps of a path: `全面加强党对教育工作的领导，… > 3 教育系统改革取得明显成效`. */
export const pathSeparator = ' > ';

// The delimiter after a marker (`第一，`, `一、`, `1.`) says nothing in a path.
const trailingDelimiter = /[，、,：:.．]+$/u;

/**
 * One step of the path above a figure: a section by its headline (number and title, as the
 * Markdown heading shows it), an item by its marker without the delimiter (`第一`, `一是`,
 * `（一）`, `1`), and a node whose number the source lacks by that number in brackets (`[4]`).
 *
 * @param node A section or item above the figure.
 * @returns The step as it appears in the path.
 */
export function pathStep(node: Section | Item): string {
  if (node.type === 'section') {
    const number = node.marker === undefined ? (node.ordinal === undefined ? '' : `[${node.ordinal}] `) : markerLead(node);
    return `${number}${node.title}`;
  }
  if (node.marker === undefined) return `[${node.ordinal}]`;
  return node.marker.replace(trailingDelimiter, '') || node.marker;
}
