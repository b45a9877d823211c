import { escapeControls } from '../text/controls.js';
import { stripTree } from '../tree/strip.js';
import type { Document } from '../tree/types.js';
import { toJson } from '../write/json.js';

/** The output formats of the convert command. */
export type OutputFormat = 'md' | 'yaml' | 'json' | 'tree';

/** File name extension for each format. */
export const formatExtension: Record<OutputFormat, string> = { md: 'md', yaml: 'yaml', json: 'json', tree: 'txt' };

/** What the convert command was asked to show. */
export interface RenderOptions {
  format: OutputFormat;
  positions: boolean;
  outline: boolean;
  depth: number | undefined;
  color: boolean;
  /** The text goes to a terminal: the document's control characters are shown as escapes. */
  terminal?: boolean;
}

/**
 * Render a tree in a format. Writers are loaded only when used, so that `--format json` never
 * loads unified or yaml (start-up time matters to scripts that call jyparse thousands of times).
 *
 * @param tree The parsed document.
 * @param options The format and what to leave out.
 * @returns The text to write.
 */
export async function render(tree: Document, options: RenderOptions): Promise<string> {
  if (options.terminal !== true) return renderText(tree, options);
  // ESC, OSC 8 links and bidi overrides in a document must not drive the terminal: the tree
  // outline's own colour codes are added after its text is escaped.
  if (options.format === 'tree') return renderText(escapeStrings(tree), options);
  return escapeControls(await renderText(tree, options), { lineBreaks: true });
}

// Every string of the tree escaped, in a copy.
function escapeStrings<T>(value: T): T {
  if (typeof value === 'string') return escapeControls(value, { lineBreaks: true }) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => escapeStrings(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, escapeStrings(field)])) as T;
  }
  return value;
}

async function renderText(tree: Document, options: RenderOptions): Promise<string> {
  const strip = { outline: options.outline, ...(options.depth === undefined ? {} : { depth: options.depth }) };
  switch (options.format) {
    case 'json':
      return toJson(options.outline || options.depth !== undefined ? stripTree(tree, strip) : tree);
    case 'yaml': {
      const { toYaml } = await import('../write/yaml.js');
      return toYaml(stripTree(tree, { ...strip, positions: !options.positions }));
    }
    case 'md': {
      const { toMarkdown } = await import('../write/markdown.js');
      return toMarkdown(stripTree(tree, strip));
    }
    case 'tree': {
      const { toTerminalOutline } = await import('../write/terminal.js');
      return toTerminalOutline(stripTree(tree, strip), { color: options.color });
    }
  }
}
