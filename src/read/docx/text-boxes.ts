import { alternative } from './alternate-content.js';
import { MC, W } from './namespaces.js';
import type { XmlElement } from './xml.js';

/**
 * Collect the text boxes of a drawing: each `w:txbxContent`, once (Word writes a text box twice,
 * as DrawingML and as its VML fallback; only one branch of `mc:AlternateContent` is read).
 *
 * @param node A drawing, a VML picture or an `mc:AlternateContent`.
 * @param out Where the text boxes go.
 */
export function findTextBoxes(node: XmlElement, out: XmlElement[]): void {
  if (node.uri === W && node.name === 'txbxContent') {
    out.push(node);
    return;
  }
  const branch = node.uri === MC && node.name === 'AlternateContent' ? alternative(node) : node;
  for (const child of branch?.children ?? []) if (typeof child !== 'string') findTextBoxes(child, out);
}
