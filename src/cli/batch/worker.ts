import { parentPort, workerData } from 'node:worker_threads';
import type { ConversionOptions } from './convert.js';
import type { WorkerDone, WorkerJob, WorkerReply } from './pool.js';
import { claim, hold, isDue, waitForRoom } from './share.js';
import { performTask, type TaskInput } from './task.js';

// A worker thread of `jyparse --jobs N`. It is handed the whole list of inputs once, takes them
// one at a time from the state it shares with the other threads, reads each itself, converts it,
// writes its output file when it has one of its own, and sends the results back several at a
// time. Standard input, and writing out in input order, stay with the main thread.
const options = workerData as ConversionOptions;
const port = parentPort;
if (port === null) throw new Error('Cannot run `worker.js` directly, expected a worker thread of `jyparse --jobs`');

// Results are sent back when this many are ready, or this much text (few messages, little held),
// or at once when one of them is the input due.
const batchInputs = 16;
const batchText = 1 << 20;

async function run(job: WorkerJob): Promise<void> {
  const { inputs, shared, port: reply } = job;
  let ready: WorkerDone[] = [];
  let text = 0;
  const send = (): void => {
    if (ready.length === 0) return;
    reply.postMessage({ results: ready } satisfies WorkerReply);
    ready = [];
    text = 0;
  };
  for (;;) {
    const index = claim(shared, inputs.length);
    if (index === 'done') break;
    if (typeof index !== 'number') {
      // Too far ahead of writing out: what is ready may be what the main thread waits for.
      send();
      waitForRoom(shared, index);
      continue;
    }
    const { result, bytes } = await performTask(inputs[index] as TaskInput, options);
    hold(shared, bytes);
    ready.push({ index, result, bytes });
    if (result.kind === 'text') for (const chunk of result.chunks) text += chunk.length;
    // The input the main thread waits for goes at once, with those before it.
    if (ready.length >= batchInputs || text >= batchText || isDue(shared, index)) send();
  }
  send();
  reply.postMessage({ done: true } satisfies WorkerReply);
  reply.close();
}

// performTask turns every error into a result: a rejection here is a bug in this loop. It is
// thrown outside the promise, so that the main thread hears of it as the worker's 'error' event
// whatever the process's `--unhandled-rejections` mode.
port.on('message', (job: WorkerJob) => {
  run(job).catch((error: unknown) => {
    setImmediate(() => {
      throw error;
    });
  });
});
