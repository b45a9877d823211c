import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';

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

/**
 * Write a file atomically: to a temporary file beside it, then renamed over it, so that a failure
 * never leaves half a file.
 *
 * @param path Where to write.
 * @param text What to write.
 */
export async function writeAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  const temporary = join(dirname(resolve(path)), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
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
