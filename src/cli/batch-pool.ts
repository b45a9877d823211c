import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ConversionOptions } from './batch-convert.js';

/** What the main thread sends a worker: one input's bytes, and the file to write, if any. */
export interface WorkerTask {
  id: number;
  bytes: Uint8Array;
  target?: { path: string; isInput: boolean };
}

/** What a worker did with a task. */
export type WorkerResult =
  | { chunks: string[] }
  | { decodeError: string }
  | { written: true }
  | { refused: true }
  | { writeError: { code: string | undefined; message: string } };

/** What a worker sends back: its result, or the message of a bug it hit. */
export type WorkerReply = { id: number } & (WorkerResult | { internalError: string });

const workerUrl = new URL('./worker.js', import.meta.url);

/**
 * Whether the worker script is there: it is in the build (`dist/cli/worker.js`), not beside the
 * TypeScript sources that tests load, where conversion stays in-process.
 */
export function workersAvailable(): boolean {
  return workerUrl.protocol === 'file:' && existsSync(fileURLToPath(workerUrl));
}

interface Pending {
  resolve: (result: WorkerResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Map<number, Pending>;
}

/**
 * A fixed set of worker threads that convert documents; each task goes to the worker with the
 * fewest tasks. Results come back as promises: the caller decides the order it uses them in.
 */
export class ConversionPool {
  /** How many workers there are. */
  readonly size: number;
  private readonly slots: Slot[] = [];
  private nextId = 0;

  /**
   * @param size How many worker threads to start.
   * @param options How every document is converted.
   */
  constructor(size: number, options: ConversionOptions) {
    this.size = size;
    for (let index = 0; index < size; index++) {
      const worker = new Worker(workerUrl, { workerData: options });
      const slot: Slot = { worker, busy: new Map() };
      worker.on('message', (reply: WorkerReply) => {
        const pending = slot.busy.get(reply.id);
        slot.busy.delete(reply.id);
        if (!pending) return;
        if ('internalError' in reply) pending.reject(new Error(reply.internalError));
        else pending.resolve(reply);
      });
      const fail = (error: Error): void => {
        for (const pending of slot.busy.values()) pending.reject(error);
        slot.busy.clear();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`a worker thread stopped (exit code ${code})`)));
      this.slots.push(slot);
    }
  }

  /**
   * Convert one document on the least busy worker.
   *
   * @param task The input's bytes and the file to write, if any (`id` is set here).
   * @returns What the worker did; rejected when it hit a bug or died.
   */
  convert(task: Omit<WorkerTask, 'id'>): Promise<WorkerResult> {
    const slot = this.slots.reduce((best, candidate) => (candidate.busy.size < best.busy.size ? candidate : best));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      slot.busy.set(id, { resolve, reject });
      slot.worker.postMessage({ ...task, id } satisfies WorkerTask);
    });
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    for (const slot of this.slots) slot.busy.clear();
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}
