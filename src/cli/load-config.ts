import { basename, dirname, extname, join, relative, resolve, sep } from 'node:path';
import { describeError, type Io } from './io.js';
import { levelsFromConfig } from '../check/config.js';
import type { RuleLevels } from '../check/types.js';

/** The configuration files looked for in each directory, in this order (ESLint's habit). */
export const configNames = ['.jyparserc.json', '.jyparserc.yaml', '.jyparserc.yml', 'package.json'] as const;

/** A configuration that was found and read. */
export interface LoadedConfig {
  /** Its path, as error messages show it. */
  path: string;
  levels: RuleLevels;
}

/** What a look-up found: a configuration, nothing, or errors (errors are data). */
export interface ConfigLookup {
  config: LoadedConfig | undefined;
  errors: string[];
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

/**
 * Read one configuration file.
 *
 * @param path Its path (relative to `io.cwd` or absolute).
 * @param io Where files are read.
 * @param required Whether a missing file (or a `package.json` without a `jyparse` key) is an error.
 * @returns The configuration, nothing, or errors.
 */
export async function readConfig(path: string, io: Io, required: boolean): Promise<ConfigLookup> {
  const absolute = resolve(io.cwd, path);
  const name = shown(absolute, io);
  let bytes: Uint8Array;
  try {
    bytes = await io.read(absolute);
  } catch (error) {
    if (isMissing(error) && !required) return { config: undefined, errors: [] };
    return { config: undefined, errors: [`cannot read configuration ${name}: ${isMissing(error) ? 'no such file' : describeError(error)}`] };
  }
  const parsed = await parseConfigText(absolute, decoder.decode(bytes));
  if (parsed === undefined) {
    return { config: undefined, errors: required ? [`${name}: no \`jyparse\` key`] : [] };
  }
  if ('error' in parsed) return { config: undefined, errors: [`${name}: invalid configuration: ${parsed.error}`] };
  const { levels, errors } = levelsFromConfig(parsed.value, name);
  return { config: { path: name, levels }, errors: errors.map((error) => error.reason) };
}

/**
 * A finder of configurations: from a directory, walk up to the root and take the first
 * `.jyparserc.json`, `.jyparserc.yaml`, `.jyparserc.yml` or `package.json` with a `jyparse` key.
 * Each directory is read once per finder.
 *
 * @param io Where files are read.
 * @returns A function from a directory to what was found there or above it.
 */
export function configFinder(io: Io): (directory: string) => Promise<ConfigLookup> {
  const cache = new Map<string, Promise<ConfigLookup>>();
  const find = (directory: string): Promise<ConfigLookup> => {
    let found = cache.get(directory);
    if (!found) {
      found = (async () => {
        for (const name of configNames) {
          const lookup = await readConfig(join(directory, name), io, false);
          if (lookup.config !== undefined || lookup.errors.length > 0) return lookup;
        }
        const parent = dirname(directory);
        return parent === directory ? { config: undefined, errors: [] } : find(parent);
      })();
      cache.set(directory, found);
    }
    return found;
  };
  return (directory) => find(resolve(io.cwd, directory));
}
