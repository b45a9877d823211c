import { statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { describeError, type Io } from './io.js';

/** The extensions a folder is searched for (the formats jyparse reads). */
export const checkedExtensions = ['txt', 'md', 'pdf', 'docx', 'html', 'htm'] as const;

/** The ignore file read from the working directory (gitignore syntax). */
export const ignoreFileName = '.jyparseignore';

// Never searched, as ESLint and markdownlint-cli2 skip them: installed packages and git's store.
const alwaysSkipped = ['**/node_modules/**', '**/.git/**'];

/** How inputs are found. */
export interface DiscoveryOptions {
  /** Whether `.jyparseignore` and `--ignore-pattern` apply (`--no-ignore` turns them off). */
  ignore: boolean;
  /** `--ignore-pattern` values, gitignore syntax, relative to the working directory. */
  ignorePatterns: readonly string[];
}

/** What the arguments came to: the inputs to check, in order, and what to tell the user. */
export interface Discovered {
  /** Paths as shown (relative to the working directory when found by a pattern), or `-`. */
  inputs: string[];
  warnings: string[];
  errors: string[];
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

async function readIgnoreFile(io: Io): Promise<string> {
  try {
    return new TextDecoder('utf-8').decode(await io.read(join(io.cwd, ignoreFileName)));
  } catch (error) {
    if (isMissing(error)) return '';
    throw error;
  }
}

function kindOf(path: string): 'file' | 'directory' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

/** Whether `path` (as given) is ignored; paths outside the working directory never are. */
function isIgnored(filter: Ignore | undefined, path: string, cwd: string): boolean {
  if (filter === undefined) return false;
  const inside = relative(cwd, resolve(cwd, path)).split('\\').join('/');
  if (inside === '' || inside.startsWith('../') || isAbsolute(inside)) return false;
  return filter.ignores(inside);
}

/**
 * Turn `check`'s arguments into inputs, as ESLint does: a folder is searched for the extensions
 * jyparse reads, a glob is expanded by jyparse itself (shells on Windows do not), a file is taken
 * as it is. What `.jyparseignore` or `--ignore-pattern` names is skipped; a file named outright that
 * they skip is a warning, a pattern or folder that comes to nothing an error.
 *
 * @param args The arguments, `-` for standard input.
 * @param options Whether to ignore, and the extra patterns.
 * @param io Where the ignore file is read, and the working directory.
 * @returns The inputs, warnings and errors.
 */
export async function discoverFiles(args: readonly string[], options: DiscoveryOptions, io: Io): Promise<Discovered> {
  const found: Discovered = { inputs: [], warnings: [], errors: [] };
  let filter: Ignore | undefined;
  if (options.ignore) {
    try {
      filter = ignore().add(await readIgnoreFile(io)).add([...options.ignorePatterns]);
    } catch (error) {
      found.errors.push(`cannot read ${ignoreFileName}: ${describeError(error)}`);
      return found;
    }
  }
  const seen = new Set<string>();
  const take = (input: string): void => {
    const key = input === '-' ? '-' : resolve(io.cwd, input);
    if (seen.has(key)) return;
    seen.add(key);
    found.inputs.push(input);
  };
  for (const arg of args) {
    if (arg === '-') {
      take(arg);
      continue;
    }
    const kind = kindOf(resolve(io.cwd, arg));
    if (kind === 'file' || (kind === 'missing' && !isDynamicPattern(arg))) {
      // A missing file is read, and fails, as any other: one error line.
      if (isIgnored(filter, arg, io.cwd)) {
        found.warnings.push(`${arg}: ignored (by ${ignoreFileName} or --ignore-pattern; --no-ignore checks it)`);
      } else take(arg);
      continue;
    }
    const matches =
      kind === 'directory'
        ? (await glob(`**/*.{${checkedExtensions.join(',')}}`, { cwd: resolve(io.cwd, arg), ignore: alwaysSkipped, onlyFiles: true })).map((path) => join(arg, path))
        : await glob(arg, { cwd: io.cwd, ignore: alwaysSkipped, onlyFiles: true, absolute: isAbsolute(arg) });
    matches.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const kept = matches.filter((path) => !isIgnored(filter, path, io.cwd));
    if (matches.length === 0) found.errors.push(kind === 'directory' ? `no files to check in \`${arg}\`` : `no files match \`${arg}\``);
    else if (kept.length === 0) found.errors.push(`every file ${kind === 'directory' ? 'in' : 'matching'} \`${arg}\` is ignored (--no-ignore checks them)`);
    for (const path of kept) take(path);
  }
  return found;
}
