/**
 * jyparse as unified plugins: `jyParse` parses text into a jyparse tree, `jyToMdast` turns that
 * tree into mdast, so that remark plugins and `remark-stringify` can take it from there.
 */

import type { Root } from 'mdast';
import type { Plugin, Processor } from 'unified';
import { parse, type ParseOptions } from './parse.js';
import { fromDiagnostic } from './text/message.js';
import type { Document } from './tree/types.js';
import { toMdast } from './write/markdown.js';

// The Markdown style of the CLI (`toMarkdown`), so that the pipeline writes exactly what it writes.
// Settings the user gives (`.data('settings', …)` or options of remark-stringify) still win.
const markdownSettings = { bullet: '-', listItemIndent: 'one', rule: '-' } as const;

/**
 * A unified parser plugin: text → jyparse tree (`document`). The tree's diagnostics are also
 * reported on the file (`file.messages`, with `ruleId`, `place` and `source: 'jyparse'`).
 * When the file holds bytes, they are decoded as `parse` decodes them (`options.encoding`).
 *
 * @example
 *   unified().use(jyParse).parse('一、总体要求\n\n坚持稳中求进。')
 *
 * @param options Decoding options, as for `parse`.
 * @returns Nothing: sets the processor's parser.
 */
export const jyParse: Plugin<[(Readonly<ParseOptions> | null | undefined)?], string, Document> = function (options) {
  const self = this as unknown as Processor<Document>;
  const parseOptions: ParseOptions = { ...options };
  self.parser = (document, file) => {
    const tree = parse(file.value instanceof Uint8Array ? file.value : document, parseOptions);
    // jyparse's messages have vfile-message's fields: they go over as they are.
    for (const diagnostic of tree.diagnostics) {
      const { reason, place, ruleId, source, fatal, actual, expected } = fromDiagnostic(diagnostic);
      const message = file.message(reason, { place, ruleId, source });
      message.fatal = fatal;
      if (actual !== undefined) message.actual = actual;
      if (expected !== undefined) message.expected = expected;
    }
    return tree;
  };
};

/**
 * A unified transformer plugin: jyparse tree → mdast (`root`), as `toMarkdown` builds it. It also
 * sets the CLI's Markdown style as default settings for `remark-stringify`, so that
 * `unified().use(jyParse).use(jyToMdast).use(remarkStringify)` writes exactly what
 * `toMarkdown(parse(text))` writes; remark plugins can run after it.
 *
 * @returns The transformer, which returns a new (mdast) tree.
 */
export const jyToMdast: Plugin<[], Document, Root> = function () {
  const self = this as unknown as Processor;
  self.data('settings', { ...markdownSettings, ...self.data('settings') });
  return (tree) => toMdast(tree);
};
