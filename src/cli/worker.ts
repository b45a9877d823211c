import { parentPort, workerData } from 'node:worker_threads';
import { parseInput, writeDocument, type ConversionOptions } from './batch-convert.js';
import type { WorkerResult, WorkerTask } from './batch-pool.js';
import { OutputWriteError, writeChunksAtomic } from './batch-write.js';
import { describeError } from './io.js';

// A worker thread of `jyparse --jobs N`: it converts the bytes it is sent and writes the output
// file it is given, or hands the text back in chunks for standard output. Reading inputs and
// reporting, in input order, stay with the main thread.
const options = workerData as ConversionOptions;
const port = parentPort;
if (port === null) throw new Error('Cannot run `worker.js` directly, expected a worker thread of `jyparse --jobs`');

async function perform(task: WorkerTask): Promise<WorkerResult> {
  const parsed = parseInput(task.bytes, options.encoding);
  if ('decodeError' in parsed) return parsed;
  const { target } = task;
  if (target === undefined) {
    const chunks: string[] = [];
    await writeDocument(parsed.tree, options, (chunk) => chunks.push(chunk));
    return { chunks };
  }
  if (target.isInput) return { refused: true };
  try {
    await writeChunksAtomic(target.path, (write) => writeDocument(parsed.tree, options, write));
    return { written: true };
  } catch (error) {
    if (!(error instanceof OutputWriteError)) throw error;
    const { fsError } = error;
    return { writeError: { code: (fsError as NodeJS.ErrnoException | undefined)?.code, message: error.message } };
  }
}

port.on('message', (task: WorkerTask) => {
  perform(task).then(
    (result) => port.postMessage({ id: task.id, ...result }),
    (error: unknown) => port.postMessage({ id: task.id, internalError: describeError(error) }),
  );
});
