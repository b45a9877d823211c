import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = fileURLToPath(new URL('../../bin/jyparse.js', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the real CLI in a child process (the compiled build, as users run it). */
export function runCli(args: string[], options: { input?: string | Uint8Array; cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input: options.input,
    cwd: options.cwd ?? root,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', ...options.env },
    maxBuffer: 512 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8') };
}

/** stderr is one `jyparse: error: …` line per failure and never a stack trace. */
export function isCleanError(stderr: string): boolean {
  return stderr.length > 0 && !/\n\s+at /u.test(stderr) && stderr.split('\n').filter(Boolean).every((line) => line.startsWith('jyparse: '));
}
