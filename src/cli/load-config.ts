import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, isAbsolute, join, parse, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import ignore from 'ignore';
import { describeError, type Io } from './io.js';
import { parseConfig, type ConfigData, type ConfigOverride } from '../check/config.js';
import { pluginRules } from '../check/plugin.js';
import { presets } from '../check/presets.js';
import { rules as builtIn } from '../check/registry.js';
import type { Rule, RuleLevels } from '../check/types.js';

/** The configuration files looked for in each directory, in this order (ESLint's habit). */
export const configNames = ['.jyparserc.json', '.jyparserc.yaml', '.jyparserc.yml', 'package.json'] as const;

/** A configuration that was found and read, its `extends` applied. */
export interface LoadedConfig {
  /** Its path, as error messages show it. */
  path: string;
  /** The folder its `ignores` and `overrides` patterns are relative to. */
  directory: string;
  /** Its rule levels: those of what it extends, in order, then its own. */
  levels: RuleLevels;
  /** Whether the cascade stops here. */
  root: boolean;
  ignores: string[];
  overrides: ConfigOverride[];
  /** Absolute paths of the plugin modules it and what it extends name. */
  plugins: string[];
  /** The rules those plugins add. */
  pluginRules: Rule[];
}

/** What a look-up found: a configuration, nothing, or errors (errors are data). */
export interface ConfigLookup {
  config: LoadedConfig | undefined;
  errors: string[];
}

/** The configurations that apply in a folder, outermost first, or errors. */
export interface ConfigCascade {
  configs: LoadedConfig[];
  errors: string[];
}

/** What applies to one file: the levels merged over the cascade and whether it is ignored. */
export interface FileSettings {
  levels: RuleLevels;
  ignored: boolean;
  /** The configuration files that applied, outermost first. */
  files: string[];
  /** The rules to run: the built-in ones, then those of the plugins the configurations name. */
  rules: Rule[];
}

const decoder = new TextDecoder('utf-8');

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

// How a path is shown: relative to the working directory when it is inside it.
function shown(path: string, io: Io): string {
  const inside = relative(io.cwd, path);
  return inside !== '' && !inside.startsWith('..') && !inside.startsWith(sep) ? inside : path;
}

/**
 * Parse the text of a configuration file by its name: YAML for `.yaml`/`.yml` (the YAML parser is
 * loaded only then), the `jyparse` key of a `package.json`, JSON otherwise.
 *
 * @param path The file's path.
 * @param text Its text.
 * @returns The configuration, `undefined` for a `package.json` without a `jyparse` key, or an error.
 */
export async function parseConfigText(path: string, text: string): Promise<{ value: unknown } | { error: string } | undefined> {
  const extension = extname(path).toLowerCase();
  try {
    if (extension === '.yaml' || extension === '.yml') {
      const { parse } = await import('yaml');
      return { value: parse(text) as unknown };
    }
    const value = JSON.parse(text) as unknown;
    if (basename(path) !== 'package.json') return { value };
    const key = typeof value === 'object' && value !== null && 'jyparse' in value ? (value as { jyparse: unknown }).jyparse : undefined;
    return key === undefined ? undefined : { value: key };
  } catch (error) {
    return { error: describeError(error) };
  }
}

// A configuration module (a package's `main`, or a `.js`/`.mjs` path): its default export.
async function importConfig(path: string): Promise<{ value: unknown } | { error: string }> {
  try {
    const module = (await import(pathToFileURL(path).href)) as { default?: unknown };
    return { value: module.default };
  } catch (error) {
    return { error: describeError(error) };
  }
}

// Where an `extends` entry is: a path (relative to the configuration that names it) or a package.
function locate(specifier: string, from: string): string | undefined {
  if (specifier.startsWith('.') || isAbsolute(specifier)) return resolve(dirname(from), specifier);
  try {
    return createRequire(from).resolve(specifier);
  } catch {
    return undefined;
  }
}

/** What a configuration takes from what it extends and the plugins it names. */
interface Bases {
  levels: RuleLevels;
  ignores: string[];
  overrides: ConfigOverride[];
  plugins: string[];
  pluginRules: Rule[];
  errors: string[];
}

// A plugin module: its default export, read as rules.
async function loadPlugin(path: string, origin: string, taken: readonly Rule[]): Promise<{ rules: Rule[]; errors: string[] }> {
  const imported = await importConfig(path);
  if ('error' in imported) return { rules: [], errors: [`${origin}: cannot load: ${imported.error}`] };
  return pluginRules(imported.value, origin, taken);
}

/** Load what a configuration extends, in order, and the plugins it names. */
async function loadBases(data: ConfigData, path: string, name: string, io: Io, seen: readonly string[]): Promise<Bases> {
  const bases: Bases = { levels: {}, ignores: [], overrides: [], plugins: [], pluginRules: [], errors: [] };
  for (const specifier of data.extends) {
    const preset = presets[specifier];
    if (preset) {
      bases.levels = { ...bases.levels, ...preset.rules };
      continue;
    }
    if (specifier.startsWith('jyparse:')) {
      bases.errors.push(`${name}: unknown preset \`${specifier}\` (known: ${Object.keys(presets).join(', ')})`);
      continue;
    }
    const target = locate(specifier, path);
    if (target === undefined) {
      bases.errors.push(`${name}: cannot find \`${specifier}\` to extend`);
      continue;
    }
    if (seen.includes(target)) {
      bases.errors.push(`${name}: \`extends\` goes round in a circle through ${shown(target, io)}`);
      continue;
    }
    const base = await loadConfigFile(target, io, true, [...seen, target]);
    bases.errors.push(...base.errors);
    if (base.config) {
      bases.levels = { ...bases.levels, ...base.config.levels };
      bases.ignores.push(...base.config.ignores);
      bases.overrides.push(...base.config.overrides);
      for (const plugin of base.config.plugins) if (!bases.plugins.includes(plugin)) bases.plugins.push(plugin);
      for (const rule of base.config.pluginRules) if (!bases.pluginRules.includes(rule)) bases.pluginRules.push(rule);
    }
  }
  for (const plugin of data.plugins) {
    const found = locate(plugin, path);
    if (found === undefined || !existsSync(found)) {
      bases.errors.push(`${name}: cannot find plugin \`${plugin}\``);
      continue;
    }
    if (bases.plugins.includes(found)) continue;
    bases.plugins.push(found);
    const loaded = await loadPlugin(found, `${name}: plugin \`${plugin}\``, [...builtIn, ...bases.pluginRules]);
    bases.errors.push(...loaded.errors);
    bases.pluginRules.push(...loaded.rules);
  }
  return bases;
}

async function loadConfigFile(absolute: string, io: Io, required: boolean, seen: readonly string[]): Promise<ConfigLookup> {
  const name = shown(absolute, io);
  let parsed: { value: unknown } | { error: string } | undefined;
  if (/\.[cm]?js$/u.test(absolute)) parsed = await importConfig(absolute);
  else {
    let bytes: Uint8Array;
    try {
      bytes = await io.read(absolute);
    } catch (error) {
      if (isMissing(error) && !required) return { config: undefined, errors: [] };
      return { config: undefined, errors: [`cannot read configuration ${name}: ${isMissing(error) ? 'no such file' : describeError(error)}`] };
    }
    parsed = await parseConfigText(absolute, decoder.decode(bytes));
  }
  if (parsed === undefined) {
    return { config: undefined, errors: required ? [`${name}: no \`jyparse\` key`] : [] };
  }
  if ('error' in parsed) return { config: undefined, errors: [`${name}: invalid configuration: ${parsed.error}`] };
  // Rules come from plugins too: read `extends` and `plugins` first, then the rules against them all.
  const first = parseConfig(parsed.value, name);
  const bases = await loadBases(first.config, absolute, name, io, seen);
  const { config: data, errors } = bases.pluginRules.length === 0 ? first : parseConfig(parsed.value, name, [...builtIn, ...bases.pluginRules]);
  const config: LoadedConfig = {
    path: name,
    directory: dirname(absolute),
    root: data.root,
    levels: { ...bases.levels, ...data.rules },
    ignores: [...bases.ignores, ...data.ignores],
    overrides: [...bases.overrides, ...data.overrides],
    plugins: bases.plugins,
    pluginRules: bases.pluginRules,
  };
  return { config, errors: [...errors, ...bases.errors] };
}

/**
 * Read one configuration file and what it extends.
 *
 * @param path Its path (relative to `io.cwd` or absolute).
 * @param io Where files are read.
 * @param required Whether a missing file (or a `package.json` without a `jyparse` key) is an error.
 * @returns The configuration, nothing, or errors.
 */
export function readConfig(path: string, io: Io, required: boolean): Promise<ConfigLookup> {
  const absolute = resolve(io.cwd, path);
  return loadConfigFile(absolute, io, required, [absolute]);
}

/**
 * The top of the repository a folder is in: the nearest folder above it (or itself) that holds
 * `.git`, or the root of the file system when there is none.
 *
 * @param directory An absolute folder.
 * @returns The folder the configuration cascade starts from.
 */
export function repositoryRoot(directory: string): string {
  return gitTopLevel(directory) ?? parse(directory).root;
}

/**
 * The nearest folder above a folder (or itself) that holds `.git` (a folder, or the file of a
 * worktree or submodule).
 *
 * @param directory An absolute folder.
 * @returns The folder, or `undefined` outside a git repository.
 */
export function gitTopLevel(directory: string): string | undefined {
  for (let folder = directory; ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return folder;
    if (dirname(folder) === folder) return undefined;
  }
}

/**
 * A finder of configuration cascades: for a folder, the first of `.jyparserc.json`,
 * `.jyparserc.yaml`, `.jyparserc.yml` or a `package.json` with a `jyparse` key in each folder from
 * the repository's top (see {@link repositoryRoot}) down to it, outermost first, stopping above a
 * configuration that says `root: true`. Each folder is read once per finder.
 *
 * @param io Where files are read.
 * @returns A function from a folder to the configurations that apply there.
 */
export function configCascade(io: Io): (directory: string) => Promise<ConfigCascade> {
  const own = new Map<string, Promise<ConfigLookup>>();
  const inFolder = (folder: string): Promise<ConfigLookup> => {
    let found = own.get(folder);
    if (!found) {
      found = (async () => {
        for (const name of configNames) {
          const lookup = await readConfig(join(folder, name), io, false);
          if (lookup.config !== undefined || lookup.errors.length > 0) return lookup;
        }
        return { config: undefined, errors: [] };
      })();
      own.set(folder, found);
    }
    return found;
  };
  return async (directory) => {
    const start = resolve(io.cwd, directory);
    const top = repositoryRoot(start);
    const cascade: ConfigCascade = { configs: [], errors: [] };
    for (let folder = start; ; folder = dirname(folder)) {
      const { config, errors } = await inFolder(folder);
      cascade.errors.unshift(...errors);
      if (config) cascade.configs.unshift(config);
      if (config?.root === true || folder === top || dirname(folder) === folder) break;
    }
    return cascade;
  };
}

// A path relative to a configuration's folder in the form gitignore patterns match, or undefined
// when it is outside that folder.
function inside(directory: string, path: string): string | undefined {
  const within = relative(directory, path).split(sep).join('/');
  return within === '' || within.startsWith('../') || isAbsolute(within) ? undefined : within;
}

function matches(patterns: readonly string[], directory: string, path: string): boolean {
  const within = inside(directory, path);
  return within !== undefined && patterns.length > 0 && ignore().add([...patterns]).ignores(within);
}

/**
 * What the configurations say about one file: levels merged rule by rule from the outermost to
 * the nearest (each one's matching `overrides` after its `rules`), and whether one ignores it.
 *
 * @param configs The cascade, outermost first.
 * @param file The file's absolute path.
 * @returns The levels, whether it is ignored and which configurations applied.
 */
export function settingsFor(configs: readonly LoadedConfig[], file: string): FileSettings {
  let levels: RuleLevels = {};
  let ignored = false;
  for (const config of configs) {
    levels = { ...levels, ...config.levels };
    for (const block of config.overrides) {
      if (matches(block.files, config.directory, file) && !matches(block.excludedFiles, config.directory, file)) levels = { ...levels, ...block.rules };
    }
    if (matches(config.ignores, config.directory, file)) ignored = true;
  }
  const rules = [...builtIn];
  for (const config of configs) for (const rule of config.pluginRules) if (!rules.includes(rule)) rules.push(rule);
  return { levels, ignored, files: configs.map((config) => config.path), rules };
}
