import { realpathSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';

/** The message for a file that cannot be read, without Node's error codes and paths. */
export function describeFsError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT' ? 'no such file' :
    code === 'EISDIR' ? 'is a directory' :
    code === 'EACCES' || code === 'EPERM' ? 'permission denied' :
    code === 'ENOTDIR' ? 'not a directory' :
    error instanceof Error ? error.message : String(error);
  return `${path}: ${reason}`;
}

/** The output path for an input in `--out-dir`: `a.txt` → `DIR/a.md`. */
export function outputPathFor(input: string, directory: string, extension: string): string {
  const name = input === '-' ? 'stdin' : basename(input, extname(input));
  return join(directory, `${name}.${extension}`);
}

/** A path resolved through links, or just resolved when it does not exist yet. */
export function canonicalPath(path: string, cwd: string): string {
  const absolute = resolve(cwd, path);
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}
