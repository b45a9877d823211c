import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
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
    code === 'ETOOBIG' ? tooBig(error as SizeError) :
    code === 'ENOSPC' ? 'no space left on the device' :
    code === 'EIO' ? 'input/output error' :
    code === 'EROFS' ? 'read-only file system' :
    error instanceof Error ? error.message : String(error);
  return `${path}: ${reason}`;
}

/**
 * Write a file the user named (`check --output-file`, `--fix`, `--init`) as `-o` writes one: a
 * regular file atomically with its mode kept, a device or FIFO written through, never renamed over.
 *
 * @param path Where to write.
 * @param text What to write.
 */
export async function writeAtomic(path: string, text: string): Promise<void> {
  const { writeChunksAtomic } = await import('./batch/write.js');
  await writeChunksAtomic(path, async (write) => write(text), { followLinks: true });
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

/** An input over the size limit: `code` is `ETOOBIG`. */
export interface SizeError extends Error {
  code: 'ETOOBIG';
  size: number;
  limit: number;
}

const megabytes = (bytes: number): string => (bytes < 2 ** 20 ? `${bytes} bytes` : `${(bytes / 2 ** 20).toFixed(1)} MiB`);

function tooBig(error: SizeError): string {
  const size = Number.isFinite(error.size) ? `${megabytes(error.size)} is` : 'it is';
  return `${size} over the size limit of ${megabytes(error.limit)} (--max-size)`;
}

/**
 * The error for an input over the size limit.
 *
 * @param size The input's size in bytes (`Infinity` when only known to be larger).
 * @param limit The limit.
 */
export function sizeError(size: number, limit: number): SizeError {
  return Object.assign(new Error(`input of ${size} bytes is over the limit of ${limit}`), { code: 'ETOOBIG' as const, size, limit });
}

/**
 * Read a file whole, after checking its size against a limit, so that a file too large to convert
 * is refused before a byte of it is held.
 *
 * @param path The file.
 * @param limit The most bytes to read.
 * @throws The file system's error, or a {@link SizeError}.
 */
export function readFileWithin(path: string, limit: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
    if (stats.isFile()) {
      if (stats.size > limit) throw sizeError(stats.size, limit);
      const bytes = Buffer.allocUnsafe(stats.size);
      let done = 0;
      while (done < bytes.length) {
        const read = readSync(fd, bytes, done, bytes.length - done, null);
        if (read === 0) break;
        done += read;
      }
      return done === bytes.length ? bytes : bytes.subarray(0, done);
    }
    // A FIFO or a device: read until it ends, or until past the limit.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 16);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      total += read;
      if (total > limit) throw sizeError(Number.POSITIVE_INFINITY, limit);
      chunks.push(chunk.subarray(0, read));
    }
    return Buffer.concat(chunks);
  } finally {
    closeSync(fd);
  }
}

/**
 * The default `--max-size`: what this process's heap can convert. A document takes about 12
 * times its size in heap while it is parsed and written (581 MB of memory for 50 MB of text;
 * V8 stopped the process at about 450 MB under a 4 GB heap), and a text over 512 MiB cannot be
 * one string at all.
 *
 * @param heapLimit The heap's size limit in bytes (`v8.getHeapStatistics().heap_size_limit`).
 */
export function defaultMaxSize(heapLimit: number): number {
  return Math.min(2 ** 29 - 2 ** 20, Math.floor(heapLimit / 12));
}
