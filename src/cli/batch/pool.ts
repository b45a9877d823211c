import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { ConversionOptions } from './convert.js';
import type { Shared } from './share.js';
import type { TaskInput, TaskResult } from './task.js';

/** What the main thread sends a worker: a whole conversion, once. */
export interface WorkerJob {
  inputs: TaskInput[];
  shared: Shared;
  /** Where the worker sends its {@link WorkerReply replies}. */
  port: MessagePort;
}

/** One input converted by a thread (a worker or the main one): its index, what became of it, and the bytes it held. */
export interface WorkerDone {
  index: number;
  result: TaskResult;
  bytes: number;
}

/** What a worker sends back: inputs it converted, several at a time, then that it is done. */
export type WorkerReply = { results: WorkerDone[] } | { done: true };

const workerUrl = new URL('./worker.js', import.meta.url);

/**
 * Whether the worker script is there: it is in the build (`dist/cli/worker.js`, and the bundle's
 * `dist/bundle/worker.js`), not beside the TypeScript sources that tests load, where conversion
 * stays in-process.
 */
export function workersAvailable(): boolean {
  return workerUrl.protocol === 'file:' && existsSync(fileURLToPath(workerUrl));
}

/** A conversion under way on the workers: their replies, as they come. */
export class PoolJob {
  private readonly ports: MessagePort[] = [];
  private readonly pool: ConversionPool;
  private readonly receive: (done: WorkerDone) => void;
  private running: number;
  private wake: (() => void) | undefined;

  constructor(pool: ConversionPool, workers: readonly Worker[], inputs: TaskInput[], shared: Shared, receive: (done: WorkerDone) => void) {
    this.pool = pool;
    this.receive = receive;
    this.running = workers.length;
    for (const worker of workers) {
      const { port1, port2 } = new MessageChannel();
      // Replies are taken synchronously by `take` between conversions on the main thread, and
      // come as events while it waits.
      port1.on('message', (reply: WorkerReply) => {
        this.handle(reply);
        this.wake?.();
      });
      this.ports.push(port1);
      worker.postMessage({ inputs, shared, port: port2 } satisfies WorkerJob, [port2]);
    }
  }

  /** Whether some worker still converts. */
  get active(): boolean {
    return this.running > 0;
  }

  /**
   * Take every reply that has come, without waiting.
   *
   * @throws When a worker died.
   */
  take(): void {
    this.pool.throwIfFailed();
    for (const port of this.ports) {
      for (let message = receiveMessageOnPort(port); message !== undefined; message = receiveMessageOnPort(port)) {
        this.handle(message.message as WorkerReply);
      }
    }
  }

  /** Wait until a reply comes (or a worker dies). */
  async waitForReply(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.wake = resolve;
      this.pool.onFailure = resolve;
    });
    this.wake = undefined;
    this.pool.onFailure = undefined;
    this.pool.throwIfFailed();
  }

  /** Stop listening: the conversion is over, or failed (replies that still come are dropped). */
  close(): void {
    for (const port of this.ports) port.close();
  }

  private handle(reply: WorkerReply): void {
    if ('done' in reply) this.running--;
    else for (const done of reply.results) this.receive(done);
  }
}

/**
 * The worker threads of `--jobs N`: N - 1 of them, since the main thread converts too. A
 * conversion is handed to all of them at once ({@link ConversionPool.start}); they take its inputs
 * one at a time from the state they share with the main thread.
 */
export class ConversionPool {
  /** How many threads convert: the workers and the main thread. */
  readonly size: number;
  /** How every document is converted. */
  readonly options: ConversionOptions;
  /** Called when a worker dies. */
  onFailure: (() => void) | undefined;
  private readonly workers: Worker[] = [];
  private failure: Error | undefined;
  private closing = false;

  /**
   * @param size How many threads convert: `size - 1` worker threads are started.
   * @param options How every document is converted.
   */
  constructor(size: number, options: ConversionOptions) {
    this.size = size;
    this.options = options;
    for (let index = 1; index < size; index++) {
      const worker = new Worker(workerUrl, { workerData: options });
      const fail = (error: Error): void => {
        if (this.closing) return;
        this.failure ??= error;
        this.onFailure?.();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`a worker thread stopped (exit code ${code})`)));
      this.workers.push(worker);
    }
  }

  /**
   * Hand a conversion to every worker.
   *
   * @param inputs The inputs, every one resolved.
   * @param shared The state the workers share with the main thread.
   * @param receive Called with each input a worker converted, when its reply is taken.
   * @returns The conversion, to take the workers' replies from.
   */
  start(inputs: TaskInput[], shared: Shared, receive: (done: WorkerDone) => void): PoolJob {
    return new PoolJob(this, this.workers, inputs, shared, receive);
  }

  /** @throws The error of a worker that died. */
  throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}
