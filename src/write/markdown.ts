import type { List as MdList, ListItem, Paragraph as MdParagraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Document, Item, List, Paragraph, Section } from '../tree/types.js';

/**
 * Map a jyparse tree to an mdast tree: the title as `#`, the subtitle under it, sections as
 * headings one level down per nesting, lists as Markdown lists whose items keep their markers.
 *
 * @param tree The jyparse tree (stripped as the output wants).
 * @returns The mdast root.
 */
export function toMdast(tree: Document): Root {
  const children: RootContent[] = [];
  if (tree.title !== undefined) children.push({ type: 'heading', depth: 1, children: [text(tree.title)] });
  if (tree.subtitle !== undefined) children.push(paragraph(`——${tree.subtitle}`));
  for (const child of tree.children) children.push(...block(child, 2));
  return { type: 'root', children };
}

function block(node: Section | List | Paragraph, depth: number): RootContent[] {
  if (node.type === 'paragraph') return [paragraph(node.value)];
  if (node.type === 'list') return [list(node)];
  const heading: RootContent = {
    type: 'heading',
    depth: Math.min(depth, 6) as 1 | 2 | 3 | 4 | 5 | 6,
    children: [text(headline(node))],
  };
  return [heading, ...node.children.flatMap((child) => block(child, depth + 1))];
}

function headline(section: Section): string {
  if (section.marker === undefined) return section.title;
  // A headline number is set off by a space (`1 教育系统…`); other markers carry their delimiter.
  return /[0-9０-９]$/u.test(section.marker) ? `${section.marker} ${section.title}` : `${section.marker}${section.title}`;
}

function list(node: List): MdList {
  return { type: 'list', ordered: false, spread: false, children: node.children.map(listItem) };
}

function listItem(item: Item): ListItem {
  const marker = item.marker ?? '';
  const children: ListItem['children'] = [];
  let first = true;
  for (const child of item.children) {
    if (child.type === 'list') {
      if (first) children.push(paragraph(`${marker}${item.title}`));
      children.push(list(child));
    } else {
      children.push(paragraph(first ? `${marker}${child.value}` : child.value));
    }
    first = false;
  }
  if (first) children.push(paragraph(`${marker}${item.title}`));
  return { type: 'listItem', spread: false, children };
}

function paragraph(value: string): MdParagraph {
  return { type: 'paragraph', children: [text(value)] };
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

/**
 * Write a tree as Markdown, serialized by remark-stringify (never by concatenating strings), so
 * that characters that mean something in Markdown stay literal text.
 *
 * @param tree The jyparse tree.
 * @returns The Markdown text.
 */
export function toMarkdown(tree: Document): string {
  return unified()
    .use(remarkStringify, { bullet: '-', listItemIndent: 'one', rule: '-' })
    .stringify(toMdast(tree));
}
