/**
 * jyparse as unified plugins: `jyParse` parses text into a jyparse tree, `jyCheck` runs the check
 * rules on it, `jyToMdast` turns that tree into mdast, so that remark plugins and
 * `remark-stringify` can take it from there.
 */

import type { Root } from 'mdast';
import type { Plugin, Processor } from 'unified';
import type { VFile } from 'vfile';
import { check } from './check/check.js';
import type { CheckMessage, CheckOptions } from './check/types.js';
import { decode } from './decode/decode.js';
import { parse, type ParseOptions } from './parse.js';
import { fromDiagnostic, type Message } from './text/message.js';
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
    for (const diagnostic of tree.diagnostics) attach(file, fromDiagnostic(diagnostic));
    return tree;
  };
};

/** Options of {@link jyCheck}: those of `check`, but the source, which is the file's. */
export type JyCheckOptions = Omit<CheckOptions, 'source'>;

/**
 * A unified transformer plugin: runs the check rules (`check`, SPEC section 6) on the jyparse tree
 * and reports each finding on the file as a vfile message, with the id, text, place, `url`,
 * `actual` and `expected` that `jyparse check --reporter json` prints (`fatal` for an error).
 * The parser's own messages that `jyParse` put on the file are replaced by the findings, as the
 * rules that report them (JY005, JY006) re-report them: the file then holds what `check` reports.
 * It leaves the tree as it is, so `jyToMdast` can run after it.
 *
 * @example
 *   unified().use(jyParse).use(jyCheck, { lang: 'en', rules: { JY006: 'off' } })
 *
 * @param options Rule levels, rule set and language, as for `check`.
 * @returns The transformer.
 * @throws {ArgumentError} When a rule or level is unknown (as `check` throws).
 */
export const jyCheck: Plugin<[(Readonly<JyCheckOptions> | null | undefined)?], Document> = function (options) {
  const checkOptions: JyCheckOptions = { ...options };
  return (tree, file) => {
    const findings = check(tree, { ...checkOptions, source: sourceOf(file, tree) });
    const fromParser = new Set(tree.diagnostics.map(diagnosticKey));
    file.messages = file.messages.filter((message) => message.url !== undefined || !fromParser.has(messageKey(message)));
    for (const finding of findings) attach(file, fromFinding(finding));
  };
};

// A message onto the file: jyparse's messages have vfile-message's fields, they go over as they are.
// A finding's place is a check finding's lines and columns (no offsets), as the CLI reports it.
function attach(file: VFile, { reason, place, ruleId, source, fatal, actual, expected, url }: Message | Finding): void {
  const message = file.message(reason, { place, ruleId, source });
  message.fatal = fatal;
  if (actual !== undefined) message.actual = actual;
  if (expected !== undefined) message.expected = expected;
  if (url !== undefined) message.url = url;
}

type Finding = Omit<Message, 'place'> & { place: { start: { line: number; column: number }; end: { line: number; column: number } } };

function fromFinding(finding: CheckMessage): Finding {
  const { message, ruleId, severity, line, column, endLine, endColumn, actual, expected, url } = finding;
  return {
    reason: message,
    place: { start: { line, column }, end: { line: endLine, column: endColumn } },
    ruleId,
    source: 'jyparse',
    fatal: severity === 'error' ? true : severity === 'warning' ? false : undefined,
    ...(actual === undefined ? {} : { actual }),
    ...(expected === undefined ? {} : { expected: [expected] }),
    ...(url === undefined ? {} : { url }),
  };
}

// The decoded text the tree was parsed from, as `parse` decoded it (a BOM dropped).
function sourceOf(file: VFile, tree: Document): string {
  const { value } = file;
  if (value instanceof Uint8Array) return decode(value, tree.data.encoding as Parameters<typeof decode>[1]).text;
  const text = String(value);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function diagnosticKey({ ruleId, reason, position }: Document['diagnostics'][number]): string {
  return `${ruleId} ${position.start.line}:${position.start.column} ${reason}`;
}

function messageKey({ ruleId, reason, line, column }: { ruleId?: string | undefined; reason: string; line?: number | undefined; column?: number | undefined }): string {
  return `${ruleId} ${line}:${column} ${reason}`;
}

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
