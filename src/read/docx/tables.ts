import { W } from './namespaces.js';
import { childElement, type XmlElement, type XmlNode } from './xml.js';

/**
 * The cells of a table in reading order: each row's cells in order, rows in order, also where a
 * content control or custom XML wraps a row or a cell. A cell of a vertical merge that only
 * continues the one above is empty, so nothing is read twice; a nested table is content of its
 * cell.
 *
 * @param table A `w:tbl`.
 * @returns Its `w:tc` elements.
 */
export function tableCells(table: XmlElement): XmlElement[] {
  return rowLevel(table.children, 'tr').flatMap((row) => rowLevel(row.children, 'tc'));
}

// Rows of a table, or cells of a row, unwrapped from content controls and custom XML.
function rowLevel(nodes: readonly XmlNode[], name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of nodes) {
    if (typeof node === 'string' || node.uri !== W) continue;
    if (node.name === name) out.push(node);
    else if (node.name === 'sdt') out.push(...rowLevel(childElement(node, W, 'sdtContent')?.children ?? [], name));
    else if (node.name === 'customXml') out.push(...rowLevel(node.children, name));
  }
  return out;
}
