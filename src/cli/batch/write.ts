import { closeSync, fchmodSync, lstatSync, openSync, readdirSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
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

/** How to treat what is already at an output's path. */
export interface WriteOptions {
  /**
   * Follow a symbolic link to the file it names (`-o`, a path the user gave), or refuse it
   * (`--out-dir`, where jyparse chose the name: a link there must not reach out of the folder).
   */
  followLinks: boolean;
}

// Directories this thread has made or found: one output directory serves thousands of files.
const madeDirectories = new Set<string>();

// Temporary files this thread has open, removed if the process is stopped by a signal.
const liveTemporaries = new Set<string>();

function writeAll(fd: number, chunk: string): void {
  const bytes = Buffer.from(chunk, 'utf8');
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
}

const linkRefused = (path: string): Error =>
  Object.assign(new Error(`is a symbolic link: ${path}`), { code: 'ELINKREFUSED' });

// What is at the path now (through links when asked to follow them), or undefined for nothing.
function existing(path: string, options: WriteOptions): Stats | undefined {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new OutputWriteError(error);
  }
  if (!stats.isSymbolicLink()) return stats;
  if (!options.followLinks) throw new OutputWriteError(linkRefused(path));
  try {
    return statSync(path);
  } catch (error) {
    // A dangling link: the file it names is made.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new OutputWriteError(error);
  }
}

/**
 * Write an output file from text produced in chunks, so that no output is held whole.
 *
 * A regular file (or a new one) is written atomically: to a temporary file beside it, given the
 * old file's mode, then renamed over it, so a failure never leaves half a file. Anything else (a
 * device, a FIFO, a terminal) is written through, never renamed over: `-o /dev/null` stays a
 * device. A symbolic link is followed (the link stays, the file it names is replaced) or refused,
 * as `options` says.
 *
 * @param path Where to write.
 * @param produce Calls its argument with the text, in order.
 * @param options Whether to follow a symbolic link at `path`.
 * @throws {OutputWriteError} When the file system refuses; errors of `produce` pass unchanged.
 */
export async function writeChunksAtomic(
  path: string,
  produce: (write: (chunk: string) => void) => Promise<void>,
  options: WriteOptions = { followLinks: true },
): Promise<void> {
  const fs = <T>(action: () => T): T => {
    try {
      return action();
    } catch (error) {
      throw new OutputWriteError(error);
    }
  };
  const before = existing(path, options);
  if (before?.isDirectory()) throw new OutputWriteError(Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' }));
  if (before !== undefined && !before.isFile()) {
    await writeThrough(path, produce, fs);
    return;
  }
  // The file a followed link names is replaced in its own folder; the link stays.
  const destination = before === undefined ? path : fs(() => realpathSync(path));
  const directory = dirname(resolve(destination));
  // Not node:crypto, whose loading costs more start-up time than the whole conversion of a page.
  const temporary = join(directory, `.${basename(destination)}.${process.pid}.${Math.random().toString(16).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  const makeDirectory = async (): Promise<void> => {
    await mkdir(directory, { recursive: true }).catch((error: unknown) => {
      throw new OutputWriteError(error);
    });
    madeDirectories.add(directory);
  };
  // `wx`: a name taken meanwhile (even by a link) is an error, never followed.
  // A new file gets 0666 less the umask, as any new file; a replaced one keeps its mode.
  const open = (): number => openSync(temporary, 'wx', 0o666);
  try {
    const known = madeDirectories.has(directory);
    if (!known) await makeDirectory();
    try {
      fd = open();
    } catch (error) {
      // The directory went away since this thread made it: make it again, once.
      if (!known || (error as NodeJS.ErrnoException).code !== 'ENOENT') throw new OutputWriteError(error);
      await makeDirectory();
      fd = fs(open);
    }
    liveTemporaries.add(temporary);
    const handle = fd;
    if (before !== undefined) fs(() => fchmodSync(handle, before.mode & 0o7777));
    await produce((chunk) => fs(() => writeAll(handle, chunk)));
    fs(() => closeSync(handle));
    fd = undefined;
    fs(() => renameSync(temporary, destination));
    liveTemporaries.delete(temporary);
  } catch (error) {
    // Clean up what can be cleaned up; the first error is the one to report.
    try {
      if (fd !== undefined) closeSync(fd);
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written, or the directory is not there.
    }
    liveTemporaries.delete(temporary);
    throw error;
  }
}

// A device, a FIFO or a terminal: opened as it is and written in order, never replaced.
async function writeThrough(path: string, produce: (write: (chunk: string) => void) => Promise<void>, fs: <T>(action: () => T) => T): Promise<void> {
  const fd = fs(() => openSync(path, 'w'));
  try {
    await produce((chunk) => fs(() => writeAll(fd, chunk)));
  } finally {
    closeSync(fd);
  }
}

/**
 * Remove the temporary files of outputs being written: this thread's, and those of this process's
 * worker threads in the given folders (their names carry the process id). Called when a signal
 * stops the process.
 *
 * @param directories The folders outputs are written to.
 */
export function removeTemporaries(directories: Iterable<string>): void {
  for (const temporary of liveTemporaries) rmSync(temporary, { force: true });
  liveTemporaries.clear();
  const mine = new RegExp(`^\\..*\\.${process.pid}\\.[0-9a-f]+\\.tmp$`, 'u');
  for (const directory of directories) {
    let names: string[];
    try {
      names = readdirSync(directory);
    } catch {
      continue;
    }
    for (const name of names) if (mine.test(name)) rmSync(join(directory, name), { force: true });
  }
}
