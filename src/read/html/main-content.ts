/**
 * Where the document stands on a page: the element that holds its paragraphs, found by text
 * density as readability finds an article. Each paragraph (a `<p>`, or a block that holds no
 * other block: a `<div>` used as a paragraph, a table cell, a list item) gives the Chinese
 * characters it holds outside links to the container it stands in (a block of lines parted by
 * `<br>` to itself); the container given the most
 * is the document's, and a container that holds under half of the paragraphs' text of the
 * container around it (a table cell: under four fifths) gives way to that one (a document split
 * across sibling containers, or across the cells of a table). A page with `<main>` or
 * `<article>` is looked for inside them only.
 */

import type { Element, Root } from 'hast';
import { eachElement, eachText, isBlock, isElement, type Parent } from './elements.js';

// The elements a paragraph credits: a table cell credits the block that holds its table, so
// that a table's rows do not compete with the text around them.
const containerTags = new Set(['body', 'div', 'section', 'article', 'main', 'td', 'th', 'blockquote', 'center', 'dd', 'font', 'span']);

const han = /\p{Script=Han}/gu;
const letter = /[\p{L}\p{N}]/gu;

/** The text a paragraph weighs: its Chinese characters outside links (all its letters on a page without Chinese). */
function weigh(element: Element, count: RegExp): number {
  let weight = 0;
  eachText(element, (value, inLink) => {
    if (!inLink) weight += value.match(count)?.length ?? 0;
  });
  return weight;
}

const holdsBreak = (element: Element): boolean => element.children.some((child) => isElement(child) && (child.tagName === 'br' || holdsBreak(child)));

const holdsBlock = (element: Element): boolean => element.children.some((child) => isElement(child) && (isBlock(child) || holdsBlock(child)));

/** A paragraph, as text density counts them: a <p>, or a block (not a heading) with no block in it. */
function isParagraph(element: Element): boolean {
  if (element.tagName === 'p' || element.tagName === 'pre') return true;
  return isBlock(element) && !/^h[1-6]$/u.test(element.tagName) && !['table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'ol', 'dl', 'body', 'html'].includes(element.tagName) && !holdsBlock(element);
}

/**
 * The element that holds the document's text.
 *
 * @param page The page, its boilerplate taken out.
 * @returns The container, or the page's `<body>` (the page itself when it has none) when no
 *   paragraph holds any text.
 */
export function findMainContent(page: Root): Parent {
  const body = findFirst(page, 'body') ?? page;
  const scopes = findAll(body, 'main');
  const within: Parent[] = scopes.length > 0 ? scopes : findAll(body, 'article');
  const count = hasHan(body) ? han : letter;
  const credit = new Map<Parent, number>();
  const subtree = new Map<Parent, number>();
  // Each element's nearest enclosing container.
  const parents = new Map<Parent, Parent>();
  for (const scope of within.length > 0 ? within : [body]) {
    credit.set(scope, 0);
    eachElement(scope, (element, ancestors) => {
      const container = nearestContainer(ancestors) ?? scope;
      parents.set(element, container);
      if (!isParagraph(element)) return true;
      const weight = weigh(element, count);
      if (weight === 0) return false;
      // A block of lines parted by <br> (`<div id="zoom">段一<br>　　段二</div>`, an old site's
      // table cell) holds paragraphs itself.
      const credited = containerTags.has(element.tagName) && holdsBreak(element) ? element : container;
      credit.set(credited, (credit.get(credited) ?? 0) + weight);
      for (const ancestor of credited === element ? [...ancestors, element] : ancestors) subtree.set(ancestor, (subtree.get(ancestor) ?? 0) + weight);
      return false;
    }, [scope]);
  }
  let best: Parent | undefined;
  for (const [container, weight] of credit) if (best === undefined || weight > (credit.get(best) as number)) best = container;
  if (best === undefined || credit.get(best) === 0) return within.length === 1 ? (within[0] as Parent) : body;
  // A document split across containers (its lead in one, the rest in an editor's <div>; its
  // text in the cells of a table) is the enclosing container's.
  for (let parent = parents.get(best); parent !== undefined && within.every((scope) => scope !== best); parent = parents.get(best)) {
    if ((subtree.get(best) ?? 0) >= keeps(best) * (subtree.get(parent) ?? 0)) break;
    best = parent;
  }
  return best;
}

// A container stays the document's when it holds this share of the text around it: half, or
// for a table cell four fifths (the other cells of a data table are the document's too; those of
// a layout table hold the site's links and little else).
const keeps = (container: Parent): number => (container.type === 'element' && (container.tagName === 'td' || container.tagName === 'th') ? 0.8 : 0.5);

function nearestContainer(ancestors: readonly Parent[]): Parent | undefined {
  for (let index = ancestors.length - 1; index >= 0; index--) {
    const ancestor = ancestors[index] as Parent;
    if (ancestor.type === 'root' || containerTags.has(ancestor.tagName)) return ancestor;
  }
  return undefined;
}

function hasHan(node: Parent): boolean {
  let found = false;
  eachText(node, (value) => {
    found ||= /\p{Script=Han}/u.test(value);
  });
  return found;
}

function findAll(parent: Parent, tag: string): Element[] {
  const found: Element[] = [];
  eachElement(parent, (element) => {
    if (element.tagName !== tag) return true;
    found.push(element);
    return false;
  });
  return found;
}

function findFirst(parent: Parent, tag: string): Element | undefined {
  return findAll(parent, tag)[0];
}
