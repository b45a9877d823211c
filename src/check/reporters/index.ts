import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { junit } from './junit.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

/** The reporters `--reporter` offers, by name; `stylish` is the default. */
export const reporters = { stylish, json, github, sarif, junit, gitlab } as const satisfies Record<string, Reporter>;

/** The name of a reporter. */
export type ReporterName = keyof typeof reporters;

export type { ReportOptions, Reporter } from './types.js';
export { jsonFindings, type JsonFinding } from './json.js';
