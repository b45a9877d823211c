import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Compare text with an expectation file beside the fixture; `UPDATE=1 npm test` rewrites the
 * file for review instead (as mdast-util-from-markdown's tests do).
 */
export function expectFile(path: string, actual: string): void {
  if (process.env.UPDATE === '1' || !existsSync(path)) {
    writeFileSync(path, actual);
    if (process.env.UPDATE !== '1') throw new Error(`${path} did not exist; wrote it, review it and run again`);
    return;
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
