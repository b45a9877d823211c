import { inputName, readInput, type Outcome, type OutcomeSource } from './batch-outcome.js';
import type { ConversionPool, WorkerResult } from './batch-pool.js';

// How many inputs are read and handed out ahead of the one whose outcome is due, per worker:
// enough to keep every worker busy, few enough to bound the memory of outputs that wait.
const aheadPerWorker = 8;

/**
 * Convert the inputs on worker threads and give their outcomes in input order, exactly as the
 * in-process conversion would: inputs are read here (standard input once after the other),
 * workers parse and write their output files; text for standard output comes back in chunks.
 * Two inputs with the same output file are left to the caller, which writes them in order.
 *
 * @param source The inputs, where to read them and where their outputs go.
 * @param pool The workers, which know how to convert.
 * @returns The outcomes, in input order.
 */
export async function* convertOnWorkers(source: OutcomeSource, pool: ConversionPool): AsyncGenerator<Outcome> {
  const { inputs, io } = source;
  const targets = inputs.map((input) => source.targetOf(input));
  const seen = new Map<string, number>();
  for (const target of targets) if (target) seen.set(target.path, (seen.get(target.path) ?? 0) + 1);

  let stdin: Promise<unknown> = Promise.resolve();
  const start = async (index: number): Promise<Outcome> => {
    const input = inputs[index] as string;
    const pending = input === '-' ? stdin.then(() => readInput(input, io)) : readInput(input, io);
    if (input === '-') stdin = pending;
    const read = await pending;
    if ('error' in read) return { input, error: read.error };
    const target = targets[index];
    const own = target !== undefined && seen.get(target.path) === 1;
    const result = await pool.convert({ bytes: read.bytes, ...(own ? { target: { path: target.path, isInput: target.isInput } } : {}) });
    return toOutcome(input, result, own ? target.shown : undefined);
  };

  const started: Array<Promise<Outcome> | undefined> = [];
  let next = 0;
  const ahead = aheadPerWorker * pool.size;
  for (let index = 0; index < inputs.length; index++) {
    while (next < inputs.length && next <= index + ahead) {
      const outcome = start(next);
      // A failure that waits for its turn is not unhandled meanwhile; it is raised at its turn.
      outcome.catch(() => undefined);
      started[next++] = outcome;
    }
    const outcome = await (started[index] as Promise<Outcome>);
    started[index] = undefined;
    yield outcome;
  }
}

async function toOutcome(input: string, result: WorkerResult, target: string | undefined): Promise<Outcome> {
  if ('decodeError' in result) return { input, error: `${inputName(input)}: cannot decode: ${result.decodeError}` };
  if ('written' in result) return { input, written: true };
  if ('refused' in result) return { input, error: `${target}: refusing to write over an input file` };
  if ('writeError' in result) {
    const { describeFsError } = await import('./files.js');
    const error = Object.assign(new Error(result.writeError.message), { code: result.writeError.code });
    return { input, error: `cannot write ${describeFsError(target as string, error)}` };
  }
  const { chunks } = result;
  return {
    input,
    write: async (sink) => {
      for (const chunk of chunks) sink(chunk);
    },
  };
}
