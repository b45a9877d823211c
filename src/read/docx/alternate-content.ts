import { MC } from './namespaces.js';
import { childElement, type XmlElement } from './xml.js';

/**
 * The branch of `mc:AlternateContent` a reader without extensions takes: `mc:Fallback`, or the
 * first `mc:Choice` when there is no fallback.
 *
 * @param node The `mc:AlternateContent`.
 */
export function alternative(node: XmlElement): XmlElement | undefined {
  return childElement(node, MC, 'Fallback') ?? childElement(node, MC, 'Choice');
}
