import { resolve } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

/** The working directory of {@link memoryIo}: no such folder exists, nothing touches the disk. */
export const cwd = '/virtual/project';

export interface MemoryIo extends Io {
  out: string;
  err: string;
  /** Paths read, in order. */
  reads: string[];
}

/**
 * An in-memory `Io`: files by path (relative to `/virtual/project` or absolute), `-` for stdin.
 * A missing file throws as Node does (ENOENT).
 */
export function memoryIo(files: Record<string, string | Uint8Array>, options: { isTTY?: boolean; env?: Record<string, string> } = {}): MemoryIo {
  const contents = new Map(Object.entries(files).map(([path, text]) => [path === '-' ? '-' : resolve(cwd, path), text]));
  const io: MemoryIo = {
    out: '',
    err: '',
    reads: [],
    read: async (path) => {
      const key = path === '-' ? '-' : resolve(cwd, path);
      io.reads.push(key);
      const text = contents.get(key);
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${key}'`), { code: 'ENOENT' });
      return typeof text === 'string' ? new TextEncoder().encode(text) : text;
    },
    stdout: (chunk) => {
      io.out += chunk;
    },
    stderr: (chunk) => {
      io.err += chunk;
    },
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
    cwd,
  };
  return io;
}

export async function run(argv: string[], io: MemoryIo): Promise<{ code: number; out: string; err: string }> {
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}
