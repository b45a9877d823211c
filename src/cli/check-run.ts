import { dirname } from 'node:path';
import type { EncodingName } from '../decode/decode.js';
import type { SourceFormat } from '../read/types.js';
import { reportError, wantsColor, type Io } from './io.js';
import { readSource } from './read-source.js';
import { version } from './version.js';
import { parseExtracted } from '../parse.js';
import type { Severity } from '../tree/types.js';
import { check } from '../check/check.js';
import { levelsFromFlags } from '../check/config.js';
import { configFinder, readConfig, type ConfigLookup } from './load-config.js';
import { rules } from '../check/registry.js';
import { reporters, type ReporterName } from '../check/reporters/index.js';
import type { FileResult, Lang } from '../check/types.js';

/** The options of `jyparse check`, as commander gives them. */
export interface CheckCommandOptions {
  reporter: ReporterName;
  /** Fail (exit 1) with more warnings than this; no limit when absent. */
  maxWarnings?: number;
  /** Report errors only (warnings still count towards `--max-warnings`, as in ESLint). */
  quiet?: boolean;
  lang: Lang;
  /** A configuration file to use instead of looking for one beside each input. */
  config?: string;
  /** `--rule RULE=LEVEL` flags, in order. */
  rule: string[];
  encoding: EncodingName;
  /** The inputs' format (`--from`), over what their bytes and names say. */
  from?: SourceFormat;
}

/**
 * Check each input and print one report (the work of `jyparse check`, loaded only when it runs).
 * A file that cannot be read or decoded, or whose configuration is wrong, is reported on stderr
 * and the others are still checked.
 *
 * @param files The input paths (`-` or none: standard input).
 * @param options The command's options.
 * @param io Where input and output go.
 * @returns The exit code, as ESLint's: 0 clean; 1 errors, or more warnings than allowed; 2 a usage
 * or configuration error or an input that could not be checked.
 */
export async function runCheck(files: readonly string[], options: CheckCommandOptions, io: Io): Promise<number> {
  const flags = levelsFromFlags(options.rule);
  const given = options.config === undefined ? undefined : await readConfig(options.config, io, true);
  const usageErrors = [...flags.errors.map((error) => error.reason), ...(given?.errors ?? [])];
  if (usageErrors.length > 0) {
    for (const error of usageErrors) reportError(io, error);
    return 2;
  }
  const find = configFinder(io);
  const reported = new Set<string>();
  const inputs = files.length === 0 ? ['-'] : files;
  const results: FileResult[] = [];
  let failed = 0;
  for (const input of inputs) {
    const name = input === '-' ? '<stdin>' : input;
    const lookup: ConfigLookup = given ?? (await find(input === '-' ? io.cwd : dirname(input)));
    if (lookup.errors.length > 0) {
      // One broken configuration fails every file below it; say so once.
      for (const error of lookup.errors) if (!reported.has(error)) reportError(io, error);
      for (const error of lookup.errors) reported.add(error);
      failed++;
      continue;
    }
    // Every format through its reader (SPEC section 10): positions point into the text it read.
    const source = await readSource(input, io, options);
    if ('error' in source) {
      reportError(io, source.error);
      failed++;
      continue;
    }
    const { text } = source.extracted;
    const levels = { ...lookup.config?.levels, ...flags.levels };
    results.push({ file: name, messages: check(parseExtracted(source.extracted), { source: text, rules: levels, lang: options.lang }) });
  }

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const { messages } of results) for (const { severity } of messages) counts[severity]++;
  const shown = options.quiet ? results.map((result) => ({ ...result, messages: result.messages.filter((message) => message.severity === 'error') })) : results;
  const report = reporters[options.reporter](shown, { lang: options.lang, color: wantsColor(io), rules, version });
  if (report !== '') io.stdout(report);

  const tooManyWarnings = options.maxWarnings !== undefined && counts.warning > options.maxWarnings;
  if (tooManyWarnings) io.stderr(`jyparse: too many warnings (${counts.warning}; maximum ${options.maxWarnings})\n`);
  if (failed > 0) {
    if (inputs.length > 1) io.stderr(`jyparse: ${failed} of ${inputs.length} inputs could not be checked\n`);
    return 2;
  }
  return counts.error > 0 || tooManyWarnings ? 1 : 0;
}
