import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

/** The project's root, with a trailing slash; relative paths are read from here. */
export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** How to run: what standard input holds, whether stdout is a terminal, the environment. */
export interface InProcessOptions {
  stdin?: string | Uint8Array;
  isTTY?: boolean;
  env?: Record<string, string>;
}

/**
 * Run the CLI in-process through `main(argv, io)`, collecting what it writes (STYLE.md: the CLI
 * is a library with a thin shell, so tests need no child process).
 */
export async function runInProcess(argv: string[], options: InProcessOptions = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const { stdin = '' } = options;
  const io: Io = {
    read: (path) =>
      path === '-'
        ? Promise.resolve(typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin)
        : readFile(path.startsWith('/') ? path : `${projectRoot}${path}`),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
    cwd: projectRoot,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
