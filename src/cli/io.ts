import { readFileSync } from 'node:fs';
import { fileIdentity } from './files.js';

/** Everything a command touches outside itself, so that tests can run commands in-process. */
export interface Io {
  /** Read a file's bytes; `-` reads standard input. */
  read(path: string): Promise<Uint8Array>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether standard output is a terminal (for colour). */
  isTTY: boolean;
  /** The device and inode of standard input when it is a regular file (never written over). */
  stdinIdentity?: () => string | undefined;
  env: Record<string, string | undefined>;
  cwd: string;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// A reader that has gone away (`jyparse big.txt | head`) is not an error: stop writing quietly.
let pipeClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') pipeClosed = true;
  else throw error;
});

/** The process's own input and output. */
export function processIo(): Io {
  return {
    // A file is read at once: the promise API costs about 160 µs of main-thread time a file (open,
    // stat, read and close each a round trip to the thread pool), more than a small document's
    // parse, and a batch reads thousands of them.
    read: async (path) => (path === '-' ? readStdin() : readFileSync(path)),
    stdout: (text) => {
      if (!pipeClosed) process.stdout.write(text);
    },
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stdout.isTTY === true,
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
  io.stderr(`jyparse: error: ${message}\n`);
}
