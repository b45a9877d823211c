import { parseInput, writeDocument, type ConversionOptions } from './batch-convert.js';
import { inputName, readInput, type Outcome, type OutcomeSource } from './batch-outcome.js';

// Files read ahead of the one being converted (and held meanwhile): reading waits on the file
// system, converting does not, so the two overlap.
const readAhead = 4;

/**
 * Convert the inputs one after the other in this thread (`--jobs 1`, or a single input). Each
 * tree is written out as it is serialized, by the caller, before the next one is parsed; the next
 * few files are read meanwhile (standard input only when its turn comes).
 *
 * @param source The inputs and where to read them.
 * @param conversion How to convert.
 * @returns The outcomes, in input order.
 */
export async function* convertInProcess(source: OutcomeSource, conversion: ConversionOptions): AsyncGenerator<Outcome> {
  const { inputs, io } = source;
  const reads: Array<ReturnType<typeof readInput> | undefined> = [];
  for (let index = 0; index < inputs.length; index++) {
    for (let next = index; next < Math.min(inputs.length, index + 1 + readAhead); next++) {
      if (reads[next] === undefined && (next === index || inputs[next] !== '-')) reads[next] = readInput(inputs[next] as string, io);
    }
    const input = inputs[index] as string;
    const read = await (reads[index] as ReturnType<typeof readInput>);
    reads[index] = undefined;
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
