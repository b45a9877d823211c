import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../support/run-cli.js';

// Issue 15, the heavy cases: memory of a conversion into a slow pipe, and signals while an output
// is written. Both need a few megabytes of text and several seconds.
const bin = join(root, 'bin/jyparse.js');
const peakRss = join(root, 'test/support/peak-rss.mjs');
const dir = mkdtempSync(join(tmpdir(), 'jyparse-heavy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// About 3 MB of the seed, again and again: about 40 MB of JSON.
const seed = readFileSync(join(root, 'seeds/000_ef45b06f2ab55175.txt'), 'utf8');
const big = join(dir, 'big.txt');
writeFileSync(big, Array.from({ length: Math.ceil(3e6 / Buffer.byteLength(seed)) }, () => seed).join('\n'));

// A reader that takes 64 KB, then waits a little: far slower than jyparse writes.
const slowReader = 'import sys, time\nwhile True:\n    chunk = sys.stdin.buffer.read(65536)\n    if not chunk: break\n    time.sleep(0.002)\n';

const peakOf = (name: string, command: string): number => {
  const file = join(dir, `${name}.rss`);
  const result = spawnSync('bash', ['-c', command], { env: { ...process.env, JYPARSE_PEAK_RSS: file } });
  expect(result.status, result.stderr.toString()).toBe(0);
  return Number(readFileSync(file, 'utf8'));
};

describe('memory does not depend on the reader', () => {
  it.each([['--format', 'json'], ['--ndjson']])('%s into a slow pipe peaks within 1.3 times of writing the same to a file', (...args) => {
    const node = `"${process.execPath}" --import "${peakRss}" "${bin}" "${big}" ${args.join(' ')}`;
    const toFile = peakOf('file', `${node} > "${join(dir, 'out')}"`);
    const toPipe = peakOf('pipe', `${node} | python3 -c '${slowReader}'`);
    expect(toPipe / toFile).toBeLessThan(1.3);
  });
});

describe('signals', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('%s while an output is written leaves no temporary file, and the exit says which signal', async (signal) => {
    const out = mkdtempSync(join(dir, 'out-'));
    const child = spawn(process.execPath, [bin, big, '--format', 'json', '-o', join(out, 'big.json')], { stdio: 'ignore' });
    const closed = new Promise<NodeJS.Signals | null>((done) => child.on('close', (_, killedBy) => done(killedBy)));
    let running = true;
    void closed.then(() => (running = false));
    // Wait for the temporary file to appear, then stop jyparse.
    let seen = false;
    while (running && !seen) {
      seen = readdirSync(out).some((name) => name.endsWith('.tmp'));
      if (!seen) await new Promise((resume) => setImmediate(resume));
    }
    expect(seen, 'jyparse finished before its temporary file was seen').toBe(true);
    child.kill(signal);
    expect(await closed).toBe(signal);
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
