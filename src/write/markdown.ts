import type { Heading, List as MdList, ListItem, Paragraph as MdParagraph, Root, RootContent, Text } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Document, Item, List, Paragraph, Point, Position, Section } from '../tree/types.js';
import { markerLead } from '../tree/headline.js';

// Markdown has six heading levels; sections nested deeper share the last one.
const deepestHeading = 6;

/**
 * Map a jyparse tree to an mdast tree: the title as `#`, the subtitle as a paragraph under it,
 * sections as headings one level down per nesting (capped at `######`), lists as bullet lists
 * whose items start with their markers as written, paragraphs in tree order (the head first).
 *
 * Every value goes into an mdast `text` node, so that escaping is left to the serializer.
 * Each mdast node has the `position` of the jyparse node it comes from (copied points), so that
 * mdast tools report source lines: a heading spans its headline (from its section's start to its
 * first child's), a list item's first paragraph starts at the marker. The title and subtitle have
 * no position in the tree, so none here; remark-stringify ignores positions.
 *
 * @param tree The jyparse tree (stripped as the output wants).
 * @returns The mdast root.
 */
export function toMdast(tree: Document): Root {
  const children: RootContent[] = [];
  if (tree.title !== undefined) children.push(heading(tree.title, 1));
  if (tree.subtitle !== undefined) children.push(paragraph(`——${tree.subtitle}`));
  for (const child of tree.children) children.push(...block(child, 2));
  return { type: 'root', children };
}

/**
 * The text of a section's heading: its marker as written, then its title. A bare headline
 * number (`1 教育系统…`, `2 4`) is set off by a space; other markers end in their delimiter.
 */
function headlineText(section: Section): string {
  if (section.marker === undefined) return section.title;
  return `${markerLead(section)}${section.title}`;
}

function block(node: Section | List | Paragraph, depth: number): RootContent[] {
  if (node.type === 'paragraph') return node.value === '' ? [] : [paragraph(node.value, node.position)];
  if (node.type === 'list') return [list(node)];
  const headline = span(node.position?.start, node.children[0]?.position?.start ?? node.position?.end);
  return [heading(headlineText(node), depth, headline), ...node.children.flatMap((child) => block(child, depth + 1))];
}

function list(node: List): MdList {
  return { type: 'list', ordered: false, spread: false, children: node.children.map(listItem), ...located(node.position) };
}

/**
 * An item as a list item: its first paragraph carries the marker. An item with no paragraph
 * first (`--outline`, or sub-items split out of the item's only sentence) leads with its title.
 */
function listItem(item: Item): ListItem {
  const [first, ...rest] = item.children;
  const leadText = `${item.marker ?? ''}${first?.type === 'paragraph' ? first.value : item.title}`;
  const lead = span(item.position?.start, first === undefined ? item.position?.end : first.type === 'paragraph' ? first.position?.end : first.position?.start);
  const children: ListItem['children'] = leadText === '' ? [] : [paragraph(leadText, lead)];
  for (const child of first?.type === 'paragraph' ? rest : item.children) {
    if (child.type === 'list') children.push(list(child));
    else if (child.value !== '') children.push(paragraph(child.value, child.position));
  }
  return { type: 'listItem', spread: false, children, ...located(item.position) };
}

function heading(value: string, depth: number, position?: Position): Heading {
  return { type: 'heading', depth: Math.min(depth, deepestHeading) as Heading['depth'], children: [text(value, position)], ...located(position) };
}

function paragraph(value: string, position?: Position): MdParagraph {
  return { type: 'paragraph', children: [text(value, position)], ...located(position) };
}

function text(value: string, position: Position | undefined): Text {
  return { type: 'text', value, ...located(position) };
}

// A tree written without positions (`--outline`, a stripped tree) has none to give.
function span(start: Point | undefined, end: Point | undefined): Position | undefined {
  return start === undefined || end === undefined ? undefined : { start, end };
}

// The tree's points are values shared between nodes (docs/tree.md): mdast tools get copies.
function located(position: Position | undefined): { position?: Position } {
  return position === undefined ? {} : { position: { start: { ...position.start }, end: { ...position.end } } };
}

/**
 * Write a tree as Markdown: mapped to mdast and serialized by remark-stringify (never by
 * concatenating strings), so that characters that mean something in Markdown stay literal text.
 *
 * @param tree The jyparse tree.
 * @returns The Markdown text.
 */
export function toMarkdown(tree: Document): string {
  return unified()
    .use(remarkStringify, { bullet: '-', listItemIndent: 'one', rule: '-' })
    .stringify(toMdast(tree));
}
