import { parseXml, type XmlElement } from './xml.js';

/** One relationship of a part (OPC): what kind of part it points to, and where. */
export interface Relationship {
  /** The relationship type's last segment, e.g. `officeDocument`, `styles`, `numbering`. */
  kind: string;
  /** The target part's name, resolved against the source part, e.g. `word/styles.xml`. */
  target: string;
}

/**
 * The relationships part of a part: `word/document.xml` has `word/_rels/document.xml.rels`, the
 * package itself (`''`) has `_rels/.rels`.
 *
 * @param part The source part's name.
 */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * Read a relationships part.
 *
 * @param bytes The `.rels` part.
 * @param name Its name, for errors and to resolve targets against.
 * @returns The internal relationships (external ones, such as a hyperlink's address, are left out).
 */
export function readRelationships(bytes: Uint8Array, name: string): Relationship[] {
  const root = parseXml(bytes, name);
  const base = name.replace(/_rels\/[^/]*\.rels$/u, '');
  const out: Relationship[] = [];
  for (const child of root.children) {
    if (typeof child === 'string' || child.name !== 'Relationship') continue;
    const { Type: type, Target: target, TargetMode: mode } = (child as XmlElement).attributes;
    if (!type || !target || mode === 'External') continue;
    out.push({ kind: type.slice(type.lastIndexOf('/') + 1), target: resolvePartName(base, target) });
  }
  return out;
}

/*
 * Resolve a relationship's target against the folder of its source part.
 *
 * @param base The source's folder, with its trailing slash (`word/`), or `''` for the package.
 * @param target The target as written, e.g. `styles.xml`, `../customXml/item1.xml`, `/word/document.xml`.
 * @returns The part name, without a leading slash.
 */
function resolvePartName(base: string, target: string): string {
  let path = target;
  try {
    path = decodeURIComponent(target); // a target is a URI: `%20` stands for a space
  } catch {
    // Not percent-encoded after all: the name as written.
  }
  const segments = (path.startsWith('/') ? path : base + path).split('/');
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}
