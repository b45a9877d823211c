// The loader hook of record-loads.mjs (it runs on the loader's own thread).
import { appendFileSync } from 'node:fs';

const log = process.env.JY_RECORD_LOADS;

export async function load(url, context, nextLoad) {
  if (log && url.startsWith('file:')) appendFileSync(log, `${url}\n`);
  return nextLoad(url, context);
}
