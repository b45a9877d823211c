import { resolve } from 'node:path';
import { parseInput, writeDocument, type ConversionOptions } from './convert.js';
import { inputName, internalError, readInput, type FileTarget, type Outcome, type OutcomeSource } from './outcome.js';
import type { ConversionPool, WorkerDone } from './pool.js';
import { claim, createShared, hold, release, stop } from './share.js';
import { fsError, performTask, type TaskInput, type TaskResult } from './task.js';

/**
 * Convert the inputs on the main thread and the pool's workers together, and give their outcomes
 * in input order, exactly as the in-process conversion would.
 *
 * Every thread takes the next input from the state they share, reads it, converts it and writes
 * its output file (when no other input writes to the same file); the workers send back, several
 * at a time, what became of their inputs, with the text for standard output. This thread takes
 * those replies between its own conversions, and gives each outcome when its turn comes. Standard
 * input is read here, when its turn comes; two inputs with the same output file are left to the
 * caller, which writes them in order.
 *
 * @param source The inputs, where to read them and where their outputs go.
 * @param pool The workers, and how to convert.
 * @returns The outcomes, in input order.
 */
export async function* convertOnWorkers(source: OutcomeSource, pool: ConversionPool): AsyncGenerator<Outcome> {
  const { inputs, io } = source;
  const { options } = pool;
  const targets = inputs.map((input) => source.targetOf(input));
  const writers = new Map<string, number>();
  for (const target of targets) if (target) writers.set(target.path, (writers.get(target.path) ?? 0) + 1);
  const tasks: TaskInput[] = inputs.map((input, index) => {
    const target = targets[index];
    const own = target !== undefined && writers.get(target.path) === 1;
    return { path: input === '-' ? input : resolve(io.cwd, input), shown: input, ...(own ? { target: { path: target.path, isInput: target.isInput, followLinks: target.followLinks } } : {}) };
  });

  const shared = createShared();
  const converted: Array<WorkerDone | undefined> = [];
  const job = pool.start(tasks, shared, (done) => {
    converted[done.index] = done;
  });
  try {
    for (let index = 0; index < inputs.length; ) {
      job.take();
      const done = converted[index];
      if (done !== undefined) {
        converted[index] = undefined;
        yield await toOutcome(inputs[index] as string, done.result, targets[index], source, options);
        release(shared, ++index, done.bytes);
        continue;
      }
      // The input due is not converted yet: convert the next one here meanwhile, unless this
      // thread is too far ahead of writing out, or every input is taken.
      const next = claim(shared, inputs.length);
      if (typeof next === 'number') {
        const { result, bytes } = await performTask(tasks[next] as TaskInput, options);
        hold(shared, bytes);
        converted[next] = { index: next, result, bytes };
        continue;
      }
      if (!job.active) throw new Error(`no thread converts ${inputName(inputs[index] as string)}`);
      await job.waitForReply();
    }
  } finally {
    stop(shared);
    job.close();
  }
}

async function toOutcome(input: string, result: TaskResult, target: FileTarget | undefined, source: OutcomeSource, options: ConversionOptions): Promise<Outcome> {
  switch (result.kind) {
    case 'text': {
      const { chunks } = result;
      return {
        input,
        write: async (sink) => {
          for (const chunk of chunks) sink(chunk);
        },
      };
    }
    case 'written':
      return { input, written: true };
    case 'stdin':
      return convertHere(input, source, options);
    case 'decodeError':
      return { input, error: `${inputName(input)}: cannot decode: ${result.message}` };
    case 'refused':
      return { input, error: `${(target as FileTarget).shown}: refusing to write over an input file` };
    case 'readError': {
      const { describeFsError } = await import('../files.js');
      return { input, error: `cannot read ${describeFsError(inputName(input), fsError(result.error))}` };
    }
    case 'writeError': {
      const { describeFsError } = await import('../files.js');
      return { input, error: `cannot write ${describeFsError((target as FileTarget).shown, fsError(result.error))}` };
    }
    case 'internalError':
      // Reported against its input, as in-process: the batch goes on.
      return { input, error: `${inputName(input)}: ${result.message}` };
  }
}

// Standard input, converted here as in-process conversion does (the caller writes its output).
async function convertHere(input: string, source: OutcomeSource, options: ConversionOptions): Promise<Outcome> {
  const read = await readInput(input, source.io, options.maxSize);
  if ('error' in read) return { input, error: read.error };
  let parsed: Awaited<ReturnType<typeof parseInput>>;
  try {
    parsed = await parseInput(read.bytes, options.encoding, undefined, options.from);
  } catch (error) {
    return { input, error: internalError(input, error) };
  }
  if ('decodeError' in parsed) return { input, error: `${inputName(input)}: cannot decode: ${parsed.decodeError}` };
  return { input, write: (sink) => writeDocument(parsed.tree, options, sink) };
}
