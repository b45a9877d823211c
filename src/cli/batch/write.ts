import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** A file system error while writing an output (the caller reports it; anything else is a bug). */
export class OutputWriteError extends Error {
  /** The error the file system gave. */
  readonly fsError: unknown;

  constructor(fsError: unknown) {
    super(fsError instanceof Error ? fsError.message : String(fsError));
    this.fsError = fsError;
    this.name = 'OutputWriteError';
  }
}

// Directories this thread has made or found: one output directory serves thousands of files.
const madeDirectories = new Set<string>();

function writeAll(fd: number, chunk: string): void {
  const bytes = Buffer.from(chunk, 'utf8');
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}

/**
 * Write a file atomically from text produced in chunks: to a temporary file beside it, then
 * renamed over it, so that a failure never leaves half a file and no output is held whole.
 *
 * @param path Where to write.
 * @param produce Calls its argument with the text, in order.
 * @throws {OutputWriteError} When the file system refuses; errors of `produce` pass unchanged.
 */
export async function writeChunksAtomic(path: string, produce: (write: (chunk: string) => void) => Promise<void>): Promise<void> {
  const directory = dirname(resolve(path));
  // Not node:crypto, whose loading costs more start-up time than the whole conversion of a page.
  const temporary = join(directory, `.${basename(path)}.${process.pid}.${Math.random().toString(16).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  const fs = <T>(action: () => T): T => {
    try {
      return action();
    } catch (error) {
      throw new OutputWriteError(error);
    }
  };
  const makeDirectory = async (): Promise<void> => {
    await mkdir(directory, { recursive: true }).catch((error: unknown) => {
      throw new OutputWriteError(error);
    });
    madeDirectories.add(directory);
  };
  try {
    const known = madeDirectories.has(directory);
    if (!known) await makeDirectory();
    try {
      fd = openSync(temporary, 'w');
    } catch (error) {
      // The directory went away since this thread made it: make it again, once.
      if (!known || (error as NodeJS.ErrnoException).code !== 'ENOENT') throw new OutputWriteError(error);
      await makeDirectory();
      fd = fs(() => openSync(temporary, 'w'));
    }
    const open = fd;
    await produce((chunk) => fs(() => writeAll(open, chunk)));
    fs(() => closeSync(open));
    fd = undefined;
    fs(() => renameSync(temporary, path));
  } catch (error) {
    // Clean up what can be cleaned up; the first error is the one to report.
    try {
      if (fd !== undefined) closeSync(fd);
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written, or the directory is not there.
    }
    throw error;
  }
}
