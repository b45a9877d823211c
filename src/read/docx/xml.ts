import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from 'saxes';
import { ReadError } from '../types.js';
import { strictAliases } from './namespaces.js';

/**
 * An element of a part of a Word file, read by a conforming XML parser (saxes, with namespaces):
 * its namespace URI and local name, so `w:p` is `{ uri: W, name: 'p' }` whatever prefix the file
 * binds to the namespace.
 */
export interface XmlElement {
  /** The namespace URI, strict namespaces read as their transitional twins. */
  uri: string;
  /** The local name, e.g. `p` for `w:p`. */
  name: string;
  /**
   * Attribute values: by local name for an attribute of the element's own namespace or of none
   * (`w:val` on a `w:` element is `val`), by `{uri}local` for any other (`{…/relationships}id`).
   */
  attributes: Record<string, string>;
  /** Elements and text, in document order (read only: an empty list may be shared). */
  children: XmlNode[];
}

/** A child of an element: an element or a run of character data. */
export type XmlNode = XmlElement | string;

const utf8 = new TextDecoder('utf-8', { fatal: true });

// Word nests tables in tables and text boxes in paragraphs, a few dozen elements deep at most;
// the reader walks the tree recursively, so a part nested deeper than this is refused.
const maxDepth = 256;

/** How {@link parseXml} hands over elements as they complete. */
export interface XmlStream {
  /** The depth of the elements to hand over: the root is at 0, its children at 1. */
  depth: number;
  /**
   * Called with each element at that depth once it is complete, with its ancestors (root first).
   * The element is not kept in the tree.
   */
  visit: (element: XmlElement, ancestors: readonly XmlElement[]) => void;
}

/**
 * Parse one part of a Word file.
 *
 * With a stream, the elements at its depth (a body's paragraphs and tables) are handed over as
 * they complete and then dropped, so that each lives only as long as it is read.
 *
 * @param bytes The part, as stored in the package (UTF-8, or UTF-16 with a byte-order mark).
 * @param part The part's name, for the error message, e.g. `word/document.xml`.
 * @param stream Where to hand elements over as they complete, if anywhere.
 * @returns The root element (without the elements handed over).
 * @throws {ReadError} When the part is not well-formed XML.
 */
export function parseXml(bytes: Uint8Array, part: string, stream?: XmlStream): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { uri: '', name: '', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  // The depth of the handed-over elements in `stack`, whose first entry is the document node.
  const handOver = stream ? stream.depth + 1 : -1;
  let visiting = false;
  const text = (data: string): void => {
    append(stack[stack.length - 1] as XmlElement, data);
  };
  parser.on('opentag', (tag: SaxesTagNS) => {
    if (stack.length > maxDepth) throw new ReadError(`${part} nests elements more than ${maxDepth} deep, more than jyparse reads`, 'docx');
    const element = toElement(tag);
    if (stack.length !== handOver) append(stack[stack.length - 1] as XmlElement, element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    const element = stack.pop() as XmlElement;
    if (stack.length !== handOver || !stream) return;
    visiting = true;
    stream.visit(element, stack.slice(1));
    visiting = false;
  });
  parser.on('text', text);
  parser.on('cdata', text);
  try {
    parser.write(decodeXml(bytes)).close();
  } catch (error) {
    if (visiting || error instanceof ReadError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ReadError(`malformed XML in ${part}: ${reason.replace(/\.$/u, '')}`, 'docx');
  }
  const element = root.children.find((child): child is XmlElement => typeof child !== 'string');
  // saxes refuses a document without a root element, so one is always there.
  /* v8 ignore next */
  if (!element) throw new ReadError(`malformed XML in ${part}: no root element`, 'docx');
  return element;
}

function decodeXml(bytes: Uint8Array): string {
  try {
    // A byte-order mark names UTF-16; XML without one is UTF-8 (what Word always writes).
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return utf8.decode(bytes);
  } catch {
    throw new Error('it is not valid UTF-8 or UTF-16 text');
  }
}

const alias = (uri: string): string => strictAliases[uri] ?? uri;

// Most elements of a Word part have no attributes or no children (`<w:b/>`): they share these
// empty ones, which are never written to, instead of each allocating its own.
const noAttributes: Record<string, string> = Object.freeze({}) as Record<string, string>;
const noChildren: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];

function toElement(tag: SaxesTagNS): XmlElement {
  const uri = alias(tag.uri);
  let attributes = noAttributes;
  for (const key in tag.attributes) {
    const attribute = tag.attributes[key] as SaxesAttributeNS;
    if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
    if (attributes === noAttributes) attributes = {};
    const attributeUri = alias(attribute.uri);
    attributes[attributeUri === '' || attributeUri === uri ? attribute.local : `{${attributeUri}}${attribute.local}`] = attribute.value;
  }
  return { uri, name: tag.local, attributes, children: noChildren };
}

function append(parent: XmlElement, node: XmlNode): void {
  if (parent.children === noChildren) parent.children = [node];
  else parent.children.push(node);
}

/**
 * The first child element of a name.
 *
 * @param element The parent, or nothing.
 * @param uri The child's namespace.
 * @param name The child's local name.
 */
export function childElement(element: XmlElement | undefined, uri: string, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const child of element.children) {
    if (typeof child !== 'string' && child.name === name && child.uri === uri) return child;
  }
  return undefined;
}

/**
 * Every child element of a name, in order.
 *
 * @param element The parent, or nothing.
 * @param uri The children's namespace.
 * @param name Their local name.
 */
export function childElements(element: XmlElement | undefined, uri: string, name: string): XmlElement[] {
  if (!element) return [];
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name && child.uri === uri);
}

/**
 * The `val` attribute of a child element, the way WordprocessingML writes most properties
 * (`<w:jc w:val="center"/>`).
 *
 * @param element The parent (a property list such as `w:pPr`), or nothing.
 * @param uri The child's namespace.
 * @param name The child's local name.
 * @returns The value; `undefined` when the child or its `val` is absent.
 */
export function childValue(element: XmlElement | undefined, uri: string, name: string): string | undefined {
  return childElement(element, uri, name)?.attributes.val;
}

/**
 * The character data of an element, its descendants' included.
 *
 * @param element The element.
 */
export function textContent(element: XmlElement): string {
  let out = '';
  for (const child of element.children) out += typeof child === 'string' ? child : textContent(child);
  return out;
}

/**
 * Whether an on/off property is on: `<w:b/>`, `<w:b w:val="true"/>` are, `<w:b w:val="0"/>` is
 * not (ECMA-376 ST_OnOff).
 *
 * @param element The property element, or nothing.
 * @returns `undefined` when the property is absent.
 */
export function onOff(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined;
  const value = element.attributes.val;
  return value === undefined || !(value === '0' || value === 'false' || value === 'off');
}
