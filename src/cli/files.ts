import { fstatSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';

/** The message for a file that cannot be read, without Node's error codes and paths. */
export function describeFsError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'ENOENT' ? 'no such file' :
    code === 'EISDIR' ? 'is a directory' :
    code === 'EACCES' || code === 'EPERM' ? 'permission denied' :
    code === 'ENOTDIR' ? 'not a directory' :
    code === 'ELINKREFUSED' ? 'is a symbolic link; --out-dir does not follow links' :
    code === 'ENOSPC' ? 'no space left on the device' :
    code === 'EIO' ? 'input/output error' :
    code === 'EROFS' ? 'read-only file system' :
    error instanceof Error ? error.message : String(error);
  return `${path}: ${reason}`;
}

/** The output path for an input in `--out-dir`: `a.txt` → `DIR/a.md`. */
export function outputPathFor(input: string, directory: string, extension: string): string {
  const name = input === '-' ? 'stdin' : basename(input, extname(input));
  return join(directory, `${name}.${extension}`);
}

/**
 * What identifies a regular file whatever path names it (a link, `..`, standard input): its
 * device and inode. `undefined` for what is not a regular file, or is not there.
 *
 * @param path The path, or a file descriptor (0: standard input).
 * @param cwd What a relative path is relative to.
 */
export function fileIdentity(path: string | number, cwd: string): string | undefined {
  try {
    const stats = typeof path === 'number' ? fstatSync(path) : statSync(resolve(cwd, path));
    return stats.isFile() ? `${stats.dev}:${stats.ino}` : undefined;
  } catch {
    return undefined;
  }
}
