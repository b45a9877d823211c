/**
 * The document's title on a page: its `<h1>` — the first in the main container, else the last
 * before it (where sites put the headline, above the date and source line), else the first on
 * the page; not a site's name linked to its home page — with the headings right beside it (a news page's 引题 above and 副题 below); or,
 * when the page has no `<h1>`, its `<title>` without the site's name.
 */

import type { Element, Root } from 'hast';
import { eachElement, eachText, headingLevel, isElement, plainText, type Parent } from './elements.js';

/** Where the title stands. */
export interface TitleHeading {
  /** The `<h1>`. */
  heading: Element;
  /** The headings to write in the title's place, in order, the `<h1>` among them. */
  group: Element[];
  /** Whether the main container holds it (it is then written in its place there). */
  inContent: boolean;
}

/**
 * The `<h1>` that holds the document's title.
 *
 * @param page The page, its boilerplate taken out.
 * @param content The main container.
 * @param pageTitle The parts of the page's `<title>` (its own title, the site's name).
 * @returns The heading, or `undefined` when the page has no `<h1>` with text.
 */
export function findTitleHeading(page: Root, content: Parent, pageTitle: readonly string[] = []): TitleHeading | undefined {
  let before: Element | undefined;
  let after: Element | undefined;
  let inside: Element | undefined;
  let passed = false;
  const parents = new Map<Element, Parent>();
  eachElement(page, (element, ancestors) => {
    parents.set(element, ancestors[ancestors.length - 1] as Parent);
    if (element === content) passed = true;
    if (element.tagName !== 'h1' || !mayBeTitle(element, pageTitle)) return true;
    if (ancestors.includes(content)) inside ??= element;
    else if (passed) after ??= element;
    else before = element;
    return true;
  });
  const heading = inside ?? before ?? after;
  if (heading === undefined) return undefined;
  if (inside) return { heading, group: [heading], inContent: true };
  return { heading, group: headingGroup(heading, parents.get(heading)), inContent: false };
}

// A site's name in an <h1> is a link to its home page (`<h1><a href="/">临江市人民政府</a></h1>`):
// an <h1> that is all link is the title only when the page's <title> says so.
function mayBeTitle(heading: Element, pageTitle: readonly string[]): boolean {
  let text = '';
  let unlinked = false;
  eachText(heading, (value, inLink) => {
    text += value;
    unlinked ||= !inLink && value.trim() !== '';
  });
  const squeezed = text.replace(/\s+/gu, '');
  return squeezed !== '' && (unlinked || pageTitle.some((part) => part.replace(/\s+/gu, '') === squeezed));
}

// The headings next to the title among its siblings, with nothing but white space between.
function headingGroup(heading: Element, parent: Parent | undefined): Element[] {
  if (parent === undefined) return [heading];
  const siblings = parent.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const at = siblings.indexOf(heading);
  let first = at;
  let last = at;
  const isHeading = (index: number): boolean => {
    const sibling = siblings[index];
    return isElement(sibling) && headingLevel(sibling) !== undefined && sibling.tagName !== 'h1' && plainText(sibling) !== '';
  };
  while (first > 0 && isHeading(first - 1)) first--;
  while (last < siblings.length - 1 && isHeading(last + 1)) last++;
  return siblings.slice(first, last + 1) as Element[];
}

// How sites join the page's title and their own name: `关于…的通知_临江市人民政府`,
// `…-新华网`, `… - 中国政府网`, `…|人民网`, `…——央视网`.
const siteNameSeparator = /\s*(?:_|\s-\s|[|｜]|\s—{1,2}\s|-(?=[\p{Script=Han}]{2,12}网))\s*/u;

/**
 * The parts of the page's `<title>` between the separators sites join their name with, the
 * title's own first (`关于…的通知_临江市人民政府`) as most sites put it.
 *
 * @param page The page as parsed (its head still in it).
 * @returns The parts, none when the page has no `<title>` with text.
 */
export function titleElementParts(page: Root): string[] {
  let title: string | undefined;
  eachElement(page, (element) => {
    if (title !== undefined || element.tagName === 'body') return false;
    if (element.tagName === 'title') title = plainText(element);
    return element.tagName !== 'title';
  });
  return (title ?? '').split(siteNameSeparator).map((part) => part.trim()).filter((part) => part !== '');
}
