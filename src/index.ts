/**
 * jyparse, the library: parse the raw text of a Chinese meeting summary (or, with `parseAsync`,
 * its PDF, Word file or HTML page) into a typed unist tree (see `docs/tree.md`), write it as
 * Markdown, YAML or JSON, list its figures, assert its shape.
 * The unified plugins live in `jyparse/unified`; the JSON Schema of the tree in `jyparse/schema.json`.
 */

export { parse, parseAsync, type ParseInput, type ParseOptions } from './parse.js';
export { ReadError, sourceFormats, type SourceFormat } from './read/types.js';
export { explain, type ExplainedLine, type ExplainOptions, type LineRole } from './explain.js';
export { ArgumentError } from './text/argument-error.js';
export { decode, DecodeError, encodingNames, type Decoded, type EncodingName } from './decode/decode.js';
export { toJson } from './write/json.js';
export { toMarkdown, toMdast } from './write/markdown.js';
export { toYaml } from './write/yaml.js';
export { stripTree, type StripOptions } from './tree/strip.js';
export { assertTree } from './tree/assert.js';
export { figures, type FigureInOutline } from './tree/figures.js';
export * from './tree/types.js';

// The numbering linter of `jyparse check` (SPEC section 6), from its own module.
export { check, type CheckMessage, type CheckOptions, type Lang, type RuleLevel, type RuleLevels } from './check/index.js';
// The rule API of check plugins (docs/plugins.md): the type the built-in rules have.
export type { Localized, Rule, RuleContext, RuleFinding } from './check/index.js';
