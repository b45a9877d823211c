import { writeSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { isatty } from 'node:tty';
import { escapeControls } from '../text/controls.js';
import { defaultMaxSize, describeFsError, fileIdentity, readFileWithin, sizeError } from './files.js';

/** Everything a command touches outside itself, so that tests can run commands in-process. */
export interface Io {
  /**
   * Read a file's bytes; `-` reads standard input. More than `maxSize` bytes (by default what the
   * heap can convert, see {@link defaultMaxSize}) is an error with code `ETOOBIG`, raised before
   * a file is read.
   */
  read(path: string, maxSize?: number): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether standard output is a terminal (for colour). */
  isTTY: boolean;
  /** Whether standard error is a terminal (for progress). */
  stderrIsTTY?: boolean;
  /** The device and inode of standard input when it is a regular file (never written over). */
  stdinIdentity?: () => string | undefined;
  env: Record<string, string | undefined>;
  cwd: string;
}

async function readStdin(limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    total += (chunk as Buffer).length;
    if (total > limit) {
      process.stdin.destroy();
      throw sizeError(Number.POSITIVE_INFINITY, limit);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

let heapMaxSize: number | undefined;
/** The default size limit of an input, from this process's heap (see {@link defaultMaxSize}). */
export function processMaxSize(): number {
  heapMaxSize ??= defaultMaxSize(getHeapStatistics().heap_size_limit);
  return heapMaxSize;
}

/** Standard output cannot be written (a full disk, an I/O error): one line, exit 2. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutputError';
  }
}

// A reader that has gone away (`jyparse big.txt | head`) is not an error: stop writing quietly.
let pipeClosed = false;
// Waits while a non-blocking pipe is full (see writeStdout).
const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Write to standard output synchronously, so that jyparse goes no faster than its reader and
 * holds no more than a chunk: `process.stdout.write` to a pipe queues whatever the reader has
 * not taken yet (4 GB for 50 MB of text into a slow reader). A blocking descriptor blocks; one
 * left non-blocking by another program is waited on (EAGAIN) a millisecond at a time.
 *
 * @param text The text to write.
 * @returns How many times the writer waited for the reader.
 * @throws {OutputError} When standard output cannot be written (anything but a closed pipe).
 */
export function writeStdout(text: string): number {
  if (pipeClosed) return 0;
  const bytes = Buffer.from(text, 'utf8');
  let waits = 0;
  for (let done = 0; done < bytes.length; ) {
    try {
      done += writeSync(1, bytes, done);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        waits++;
        Atomics.wait(pause, 0, 0, 1);
        continue;
      }
      if (code === 'EPIPE') {
        pipeClosed = true;
        return waits;
      }
      throw new OutputError(`cannot write ${describeFsError('standard output', error)}`);
    }
  }
  return waits;
}

/** The process's own input and output. */
export function processIo(): Io {
  return {
    // A file is read at once: the promise API costs about 160 µs of main-thread time a file (open,
    // stat, read and close each a round trip to the thread pool), more than a small document's
    // parse, and a batch reads thousands of them.
    read: async (path, maxSize = processMaxSize()) => (path === '-' ? readStdin(maxSize) : readFileWithin(path, maxSize)),
    stdout: (text) => {
      writeStdout(text);
    },
    stderr: (text) => process.stderr.write(text),
    // Not process.stdout.isTTY: making process.stdout sets a pipe non-blocking.
    isTTY: isatty(1),
    stderrIsTTY: isatty(2),
    stdinIdentity: () => fileIdentity(0, process.cwd()),
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Whether to colour output: on a terminal, unless `NO_COLOR`; always with `FORCE_COLOR` (not `0`). */
export function wantsColor(io: Io): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' ) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.isTTY;
}

/** A user error: one line on stderr and exit code 2, never a stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The message of anything thrown, in one line. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s*\n\s*/gu, ' ').trim();
}

/** Write one error line in the form every jyparse error takes. */
export function reportError(io: Io, message: string): void {
  // A file name or a document's text in the message must not break the line or drive the terminal.
  io.stderr(`jyparse: error: ${escapeControls(message)}\n`);
}
