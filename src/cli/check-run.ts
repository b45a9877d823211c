import { dirname, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { decode, DecodeError, type Decoded, type EncodingName } from '../decode/decode.js';
import { describeFsError, writeAtomic } from './files.js';
import { describeError, reportError, UsageError, wantsColor, type Io } from './io.js';
import type { SourceFormat } from '../read/types.js';
import { readSource } from './read-source.js';
import { version } from './version.js';
import { parse, parseExtracted } from '../parse.js';
import type { Severity } from '../tree/types.js';
import { check } from '../check/check.js';
import { fixText, isFixable } from '../check/fix.js';
import { unifiedDiff } from './unified-diff.js';
import { levelsFromFlags } from '../check/config.js';
import { discoverFiles } from './check-files.js';
import { configCascade, gitTopLevel, readConfig, settingsFor, type ConfigCascade } from './load-config.js';
import { initConfig } from './init-config.js';
import { rules } from '../check/registry.js';
import { jsonFindings, reporters, type ReporterName, type ReportOptions } from '../check/reporters/index.js';
import type { FileResult, Lang, Rule, RuleLevels } from '../check/types.js';

/** The options of `jyparse check`, as commander gives them. */
export interface CheckCommandOptions {
  /** A built-in reporter's name, or the path of a module whose default export is a reporter. */
  reporter: string;
  /** Fail (exit 1) with more warnings than this; no limit when absent. */
  maxWarnings?: number;
  /** Report errors only (warnings still count towards `--max-warnings`, as in ESLint). */
  quiet?: boolean;
  lang: Lang;
  /** A configuration file to use instead of the cascade. */
  config?: string;
  /** `--no-config`: no configuration file at all, only `--rule`. */
  noConfig?: boolean;
  /** `--rule RULE=LEVEL` flags, in order. */
  rule: string[];
  encoding: EncodingName;
  /** The inputs' format (`--from`), over what their bytes and names say. */
  from?: SourceFormat;
  /** Whether `.jyparseignore`, `--ignore-pattern` and configurations' `ignores` apply. */
  ignore: boolean;
  ignorePatterns: string[];
  /** The name standard input is reported under (and its configuration looked up for). */
  stdinFilename?: string;
  /** Write the report here (atomically) instead of to standard output. */
  outputFile?: string;
  /** Print the configuration that applies to this file, as JSON, and check nothing. */
  printConfig?: string;
  /** Write a starter configuration in the working directory and check nothing. */
  init?: boolean;
  /** The folder SARIF and GitLab paths are relative to (default: the repository's top). */
  sarifRoot?: string;
  /** Repair, in place, what can be repaired for certain (JY007, JY008, JY011); report the rest. */
  fix?: boolean;
  /** Print the repairs as a unified diff, and write nothing. */
  fixDryRun?: boolean;
}

/** The extensions `--fix` refuses: jyparse reads their text out of a layout it cannot write back. */
const unfixableExtensions = ['.pdf', '.docx', '.html', '.htm'];

/** One input once its name and configuration are known. */
interface Input {
  /** What to read: a path or `-`. */
  source: string;
  /** The name it is reported under. */
  name: string;
  /** Its absolute path, or where standard input stands (for configurations). */
  path: string;
}

/**
 * The configuration that applies to a file, as `--print-config` prints it.
 *
 * @param levels The levels the configurations and flags set.
 * @returns Every rule's level by id, in registry order.
 */
function effectiveRules(ruleSet: readonly Rule[], levels: RuleLevels): Record<string, string> {
  return Object.fromEntries(ruleSet.map((rule) => [rule.names[0], levels[rule.names[0]] ?? rule.severity]));
}

/** What prints the report: a built-in reporter, or a module's default export. */
type LoadedReporter = (results: readonly FileResult[], options: ReportOptions) => string | Promise<string>;

const isPath = (name: string): boolean => /[\\/]/u.test(name) || /\.[cm]?js$/u.test(name);

/**
 * Find the reporter `--reporter` names: a built-in one by name, or a module by path whose default
 * export takes the findings (the array the json reporter writes) and returns the text to print,
 * as ESLint's formatters do.
 *
 * @param name The value of `--reporter`.
 * @param io The working directory.
 * @returns The reporter, or an error message.
 */
async function loadReporter(name: string, io: Io): Promise<LoadedReporter | string> {
  if (Object.hasOwn(reporters, name)) return reporters[name as ReporterName];
  if (!isPath(name)) return `unknown reporter \`${name}\` (expected ${Object.keys(reporters).join(', ')}, or a module such as ./reporter.mjs)`;
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(resolve(io.cwd, name)).href)) as { default?: unknown };
  } catch (error) {
    return `cannot load reporter ${name}: ${describeError(error)}`;
  }
  const format = module.default;
  if (typeof format !== 'function') return `reporter ${name}: its default export is not a function (see docs/plugins.md)`;
  return async (results, options) => {
    const text: unknown = await (format as (findings: unknown, context: unknown) => unknown)(jsonFindings(results), { cwd: options.cwd, root: options.root, lang: options.lang, version: options.version });
    if (typeof text !== 'string') throw new UsageError(`reporter ${name} returned ${typeof text}, not text`);
    return text;
  };
}

/**
 * Check each input and print one report (the work of `jyparse check`, loaded only when it runs).
 * A file that cannot be read or decoded, or whose configuration is wrong, is reported on stderr
 * and the others are still checked.
 *
 * @param files The arguments: paths, folders, globs (`-` or none: standard input).
 * @param options The command's options.
 * @param io Where input and output go.
 * @returns The exit code, as ESLint's: 0 clean; 1 errors, or more warnings than allowed; 2 a usage
 * or configuration error or an input that could not be checked.
 */
export async function runCheck(files: readonly string[], options: CheckCommandOptions, io: Io): Promise<number> {
  if (options.init === true) return initConfig(io);
  const reporter = await loadReporter(options.reporter, io);
  if (typeof reporter === 'string') {
    reportError(io, reporter);
    return 2;
  }
  const flags = levelsFromFlags(options.rule);
  const given = options.config === undefined || options.noConfig === true ? undefined : await readConfig(options.config, io, true);
  const usageErrors = [...flags.errors.map((error) => error.reason), ...(given?.errors ?? [])];
  if (usageErrors.length > 0) {
    for (const error of usageErrors) reportError(io, error);
    return 2;
  }
  const cascade = configCascade(io);
  const configsIn = async (directory: string): Promise<ConfigCascade> =>
    options.noConfig === true ? { configs: [], errors: [] } : given?.config ? { configs: [given.config], errors: [] } : cascade(directory);

  if (options.printConfig !== undefined) {
    const path = resolve(io.cwd, options.printConfig);
    const found = await configsIn(dirname(path));
    if (found.errors.length > 0) {
      for (const error of found.errors) reportError(io, error);
      return 2;
    }
    const settings = settingsFor(found.configs, path);
    const printed = { files: settings.files, ignored: settings.ignored, rules: effectiveRules(settings.rules, { ...settings.levels, ...flags.levels }) };
    io.stdout(`${JSON.stringify(printed, null, 2)}\n`);
    return 0;
  }

  const discovered = await discoverFiles(files.length === 0 ? ['-'] : files, { ignore: options.ignore, ignorePatterns: options.ignorePatterns }, io);
  for (const warning of discovered.warnings) io.stderr(`jyparse: warning: ${warning}\n`);
  for (const error of discovered.errors) reportError(io, error);
  const inputs: Input[] = discovered.inputs.map((source) =>
    source === '-'
      ? { source, name: options.stdinFilename ?? '<stdin>', path: resolve(io.cwd, options.stdinFilename ?? 'stdin') }
      : { source, name: source, path: resolve(io.cwd, source) },
  );

  const fixing = options.fix === true || options.fixDryRun === true;
  if (options.fix === true && discovered.inputs.includes('-')) {
    reportError(io, '--fix cannot write back to standard input; use --fix-dry-run to see the repair');
    return 2;
  }
  const reported = new Set<string>();
  const results: FileResult[] = [];
  // Every rule of the run, plugins' included, for reporters that describe them (SARIF).
  const ruleSet: Rule[] = [...rules];
  const diffs: string[] = [];
  let failed = discovered.errors.length;
  for (const input of inputs) {
    const found = await configsIn(dirname(input.path));
    if (found.errors.length > 0) {
      // One broken configuration fails every file below it; say so once.
      for (const error of found.errors) if (!reported.has(error)) reportError(io, error);
      for (const error of found.errors) reported.add(error);
      failed++;
      continue;
    }
    const settings = settingsFor(found.configs, input.path);
    if (settings.ignored && options.ignore) {
      // Found by a pattern, an ignored file is skipped quietly; named outright (or as stdin), it is said.
      if (files.includes(input.source) || input.source === '-') io.stderr(`jyparse: warning: ${input.name}: ignored by \`ignores\` in ${settings.files.join(', ')} (--no-ignore checks it)\n`);
      continue;
    }
    if (fixing && (unfixableExtensions.includes(extname(input.source).toLowerCase()) || (options.from !== undefined && options.from !== 'text'))) {
      reportError(io, `${input.name}: --fix repairs text files only (.txt, .md); check it without --fix`);
      failed++;
      continue;
    }
    const levels = { ...settings.levels, ...flags.levels };
    for (const rule of settings.rules) if (!ruleSet.includes(rule)) ruleSet.push(rule);
    const checkText = (text: string) => check(parse(text), { source: text, rules: levels, lang: options.lang, ruleSet: settings.rules });
    if (!fixing) {
      // Every format through its reader (SPEC section 10): positions point into the text it read.
      const source = await readSource(input.source, io, { ...options, name: input.name });
      if ('error' in source) {
        reportError(io, source.error);
        failed++;
        continue;
      }
      const { text } = source.extracted;
      results.push({ file: input.name, messages: check(parseExtracted(source.extracted), { source: text, rules: levels, lang: options.lang, ruleSet: settings.rules }) });
      continue;
    }
    let decoded: Decoded;
    try {
      decoded = decode(await io.read(input.source), options.encoding);
    } catch (error) {
      reportError(io, error instanceof DecodeError ? `${input.name}: cannot decode: ${error.message}` : `cannot read ${describeFsError(input.name, error)}`);
      failed++;
      continue;
    }
    let messages = checkText(decoded.text);
    if (messages.some(isFixable)) {
      if (decoded.encoding !== 'utf8') {
        reportError(io, `${input.name}: --fix repairs UTF-8 files only (this one is ${decoded.encoding}); check it without --fix`);
        failed++;
        continue;
      }
      const repaired = fixText(decoded.text, checkText);
      if (repaired.edits > 0) {
        if (options.fix === true) {
          try {
            await writeAtomic(resolve(io.cwd, input.source), `${decoded.bom ? '\uFEFF' : ''}${repaired.output}`);
          } catch (error) {
            reportError(io, `cannot write ${input.name}: ${describeError(error)}`);
            failed++;
            continue;
          }
        } else diffs.push(unifiedDiff(input.name, decoded.text, repaired.output));
        messages = checkText(repaired.output);
      }
    }
    results.push({ file: input.name, messages });
  }

  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const { messages } of results) for (const { severity } of messages) counts[severity]++;
  const shown = options.quiet ? results.map((result) => ({ ...result, messages: result.messages.filter((message) => message.severity === 'error') })) : results;
  const root = resolve(io.cwd, options.sarifRoot ?? gitTopLevel(io.cwd) ?? io.cwd);
  const report = await reporter(shown, { lang: options.lang, color: options.outputFile === undefined && wantsColor(io), rules: ruleSet, version, cwd: io.cwd, root });
  if (options.fixDryRun === true) io.stdout(diffs.join(''));
  if (options.outputFile !== undefined) {
    try {
      await writeAtomic(resolve(io.cwd, options.outputFile), report);
    } catch (error) {
      reportError(io, `cannot write ${options.outputFile}: ${describeError(error)}`);
      return 2;
    }
  } else if (report !== '' && options.fixDryRun !== true) io.stdout(report);

  const tooManyWarnings = options.maxWarnings !== undefined && counts.warning > options.maxWarnings;
  if (tooManyWarnings) io.stderr(`jyparse: too many warnings (${counts.warning}; maximum ${options.maxWarnings})\n`);
  if (failed > 0) {
    if (inputs.length + discovered.errors.length > 1) io.stderr(`jyparse: ${failed} of ${inputs.length + discovered.errors.length} inputs could not be checked\n`);
    return 2;
  }
  return counts.error > 0 || tooManyWarnings ? 1 : 0;
}
