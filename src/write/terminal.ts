import { Chalk } from 'chalk';
import type { Document, Item, List, Paragraph, Section } from '../tree/types.js';

/** Options for {@link toTerminalOutline}. */
export interface TerminalOptions {
  /** Colour the outline (only on a terminal, as the CLI decides). */
  color: boolean;
}

/**
 * An indented outline for the terminal: one line per headline and item, with its marker.
 *
 * @param tree The jyparse tree.
 * @param options Whether to colour it.
 * @returns The outline text.
 */
export function toTerminalOutline(tree: Document, options: TerminalOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [];
  if (tree.title !== undefined) lines.push(chalk.bold(tree.title));
  if (tree.subtitle !== undefined) lines.push(chalk.dim(`——${tree.subtitle}`));
  const walk = (node: Section | List | Item | Paragraph, indent: string): void => {
    if (node.type === 'paragraph') return;
    if (node.type === 'list') {
      for (const item of node.children) walk(item, indent);
      return;
    }
    const marker = node.marker === undefined
      ? node.ordinal === undefined ? '' : chalk.dim(`[${node.ordinal}] `)
      : chalk.yellow(/[0-9０-９]$/u.test(node.marker) ? `${node.marker} ` : node.marker);
    const title = node.type === 'section' ? chalk.bold.cyan(node.title) : node.title;
    lines.push(`${indent}${marker}${title}`);
    for (const child of node.children) walk(child, `${indent}  `);
  };
  for (const child of tree.children) walk(child, '');
  return `${lines.join('\n')}\n`;
}
