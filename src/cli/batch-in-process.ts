import { parseInput, writeDocument, type ConversionOptions } from './batch-convert.js';
import { inputName, readInput, type Outcome, type OutcomeSource } from './batch-outcome.js';

/**
 * Convert the inputs one after the other in this thread (`--jobs 1`, or a single input). Each
 * tree is written out as it is serialized, by the caller, before the next input is read.
 *
 * @param source The inputs and where to read them.
 * @param conversion How to convert.
 * @returns The outcomes, in input order.
 */
export async function* convertInProcess(source: OutcomeSource, conversion: ConversionOptions): AsyncGenerator<Outcome> {
  for (const input of source.inputs) {
    const read = await readInput(input, source.io);
    if ('error' in read) {
      yield { input, error: read.error };
      continue;
    }
    const parsed = parseInput(read.bytes, conversion.encoding);
    if ('decodeError' in parsed) {
      yield { input, error: `${inputName(input)}: cannot decode: ${parsed.decodeError}` };
      continue;
    }
    yield { input, write: (sink) => writeDocument(parsed.tree, conversion, sink) };
  }
}
