/**
 * What the HTML reader asks of a hast element: its tag, its attributes as strings, whether it
 * is a block (it starts a line) and its text. Attributes are read from hast's `properties`
 * (`className` is a list, `httpEquiv` a list, the rest strings, numbers or booleans).
 */

import type { Element, ElementContent, Nodes, Root } from 'hast';

/** A node that holds children: the root of a page or an element. */
export type Parent = Root | Element;

/**
 * Elements that start and end a line as a browser lays them out by default (the HTML standard's
 * rendering section, `display: block`, `list-item`, `table-cell`…).
 */
const blockTags = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend',
  'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'xmp',
]);

/**
 * Whether a node is an element, and of one of the given tags when they are given.
 *
 * @param node Any hast node.
 * @param tags Tag names (lower case) it must have one of.
 * @returns Whether it is such an element.
 */
export function isElement(node: Nodes | ElementContent | undefined, ...tags: string[]): node is Element {
  return node?.type === 'element' && (tags.length === 0 || tags.includes(node.tagName));
}

/**
 * Whether an element starts a line of its own.
 *
 * @param element The element.
 * @returns Whether it is a block.
 */
export function isBlock(element: Element): boolean {
  return blockTags.has(element.tagName);
}

/**
 * The level of a heading element, `<h1>` to `<h6>`.
 *
 * @param element The element.
 * @returns 1 to 6, or `undefined` for any other element.
 */
export function headingLevel(element: Element): number | undefined {
  const match = /^h([1-6])$/u.exec(element.tagName);
  return match ? Number(match[1]) : undefined;
}

/**
 * An attribute's value as the page wrote it (a list joined by spaces), by its hast property name.
 *
 * @param element The element.
 * @param name The hast property name (`className`, `id`, `role`, `style`, `httpEquiv`…).
 * @returns The value, or `undefined` when the attribute is absent.
 */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (value === undefined || value === null || value === false) return undefined;
  if (Array.isArray(value)) return value.join(' ');
  return value === true ? '' : String(value);
}

/**
 * The declarations of an element's `style` attribute, by property name (lower case).
 *
 * @param element The element.
 * @returns e.g. `{'text-align': 'center', 'display': 'none'}` for `style="TEXT-ALIGN: center;display:none"`.
 */
export function inlineStyle(element: Element): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const declaration of (attribute(element, 'style') ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon === -1) continue;
    declarations.set(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).trim().toLowerCase());
  }
  return declarations;
}

/**
 * Every text node under a node, in document order, with whether it stands inside a link.
 *
 * @param node The node.
 * @param visit Called with each text and whether an `<a>` holds it.
 * @param inLink Whether the node itself is inside a link.
 */
export function eachText(node: Nodes, visit: (value: string, inLink: boolean) => void, inLink = false): void {
  if (node.type === 'text') visit(node.value, inLink);
  else if (node.type === 'element' || node.type === 'root') {
    const link = inLink || (node.type === 'element' && node.tagName === 'a');
    for (const child of node.children) eachText(child, visit, link);
  }
}

/**
 * The text of a node with its white space collapsed to single spaces and trimmed, for comparing.
 *
 * @param node The node.
 * @returns Its text.
 */
export function plainText(node: Nodes): string {
  let text = '';
  eachText(node, (value) => {
    text += value;
  });
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Visit every element under a parent in document order, the parent's ancestors given.
 *
 * @param parent Where to start (not visited itself).
 * @param visit Called with each element and its ancestors (nearest last); returning `false`
 *   skips the element's descendants.
 * @param ancestors The ancestors of `parent`, including it.
 */
export function eachElement(parent: Parent, visit: (element: Element, ancestors: readonly Parent[]) => boolean | void, ancestors: Parent[] = [parent]): void {
  for (const child of parent.children) {
    if (child.type !== 'element') continue;
    if (visit(child, ancestors) === false) continue;
    ancestors.push(child);
    eachElement(child, visit, ancestors);
    ancestors.pop();
  }
}
