import { parseInput, writeDocument, type ConversionOptions } from './convert.js';
import { inputName, internalError, readInput, type Outcome, type OutcomeSource } from './outcome.js';

/**
 * Convert the inputs one after the other in this thread (`--jobs 1`, or a single input). Each
 * input is read when its turn comes (a file at once, which costs less than the promise API's
 * round trips), and each tree is written out as it is serialized, by the caller, before the next
 * one is parsed.
 *
 * @param source The inputs and where to read them.
 * @param conversion How to convert.
 * @returns The outcomes, in input order.
 */
export async function* convertInProcess(source: OutcomeSource, conversion: ConversionOptions): AsyncGenerator<Outcome> {
  const { inputs, io } = source;
  for (const input of inputs) {
    const read = await readInput(input, io, conversion.maxSize);
    if ('error' in read) {
      yield { input, error: read.error };
      continue;
    }
    let parsed: Awaited<ReturnType<typeof parseInput>>;
    try {
      parsed = await parseInput(read.bytes, conversion.encoding, input === '-' ? undefined : input, conversion.from);
    } catch (error) {
      // A bug met on one input is reported against it; the others are still converted.
      yield { input, error: internalError(input, error) };
      continue;
    }
    if ('decodeError' in parsed) {
      yield { input, error: `${inputName(input)}: cannot decode: ${parsed.decodeError}` };
      continue;
    }
    yield { input, write: (sink) => writeDocument(parsed.tree, conversion, sink) };
  }
}
