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
