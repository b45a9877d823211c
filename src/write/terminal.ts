import { Chalk, type ChalkInstance } from 'chalk';
import type { Document, Item, List, Paragraph, Section } from '../tree/types.js';
import { markerLead } from '../tree/headline.js';

/** Options for {@link toTerminalOutline}. */
export interface TerminalOptions {
  /** Colour the outline (the CLI decides: a terminal, `NO_COLOR`, `FORCE_COLOR`). */
  color: boolean;
}

// Two spaces per level: each numbered level and each nested section indents once.
const indentStep = '  ';

// Text from the source may hold escape sequences and other control characters; printed raw they
// would move the cursor or recolour the terminal, so each shows as one replacement character.
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/gu;

/** The colours of the outline, in one place. */
function palette(chalk: ChalkInstance) {
  return {
    title: chalk.bold,
    subtitle: chalk.dim,
    headline: chalk.bold.cyan,
    marker: chalk.yellow,
    inferred: chalk.dim,
    itemTitle: (text: string) => text,
  };
}

/**
 * An indented outline for the terminal: the title and subtitle, then one line per headline and
 * item, indented by nesting, each with its marker as written. A number the source lacks shows as
 * `[4]`. Paragraphs are left out.
 *
 * @param tree The jyparse tree (stripped for `--depth` as the CLI asks).
 * @param options Whether to colour it (basic ANSI colours, chalk level 1).
 * @returns The outline, one line per entry, or an empty string for an empty outline.
 */
export function toTerminalOutline(tree: Document, options: TerminalOptions): string {
  const colour = palette(new Chalk({ level: options.color ? 1 : 0 }));
  const lines: string[] = [];
  if (tree.title !== undefined) lines.push(colour.title(printable(tree.title)));
  if (tree.subtitle !== undefined) lines.push(colour.subtitle(`——${printable(tree.subtitle)}`));
  const entry = (node: Section | Item): string => {
    const marker = node.marker === undefined
      ? node.ordinal === undefined ? '' : colour.inferred(`[${node.ordinal}] `)
      // A headline number is set off by a space (`1 教育系统…`); other markers carry their delimiter.
      : colour.marker(printable(markerLead(node)));
    const title = node.type === 'section' ? colour.headline(printable(node.title)) : colour.itemTitle(printable(node.title));
    return `${marker}${title}`;
  };
  const walk = (node: Section | List | Item | Paragraph, indent: string): void => {
    if (node.type === 'paragraph') return;
    if (node.type === 'list') {
      for (const item of node.children) walk(item, indent);
      return;
    }
    lines.push(`${indent}${entry(node)}`);
    for (const child of node.children) walk(child, `${indent}${indentStep}`);
  };
  for (const child of tree.children) walk(child, '');
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function printable(text: string): string {
  return text.replace(controlCharacters, '\ufffd');
}
