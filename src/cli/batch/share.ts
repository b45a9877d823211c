// The state the threads of `jyparse --jobs N` share: which input is next to convert, which is next
// to be written out, and how much input is held converted but not yet written out. Every thread
// (the main one too) takes the next input itself, one at a time, so no thread waits for another
// to hand it work, and the faster ones simply take more.

/** Slots of the shared `Int32Array`. */
const next = 0;
const emitted = 1;
const heldKb = 2;
const stopped = 3;
const slots = 4;

/**
 * How far converting may run ahead of writing out, in inputs and in kilobytes of input: enough
 * that no thread waits for another while the one whose turn it is finishes, little enough to bound
 * the memory of outputs that wait for their turn (an output is several times its input).
 */
const windowInputs = 64;
const windowKb = 16 * 1024;

/** The shared state of one conversion. */
export type Shared = Int32Array;

/** A new shared state, all zero: nothing taken, nothing written out, nothing held. */
export const createShared = (): Shared => new Int32Array(new SharedArrayBuffer(slots * Int32Array.BYTES_PER_ELEMENT));

const kilobytes = (bytes: number): number => Math.ceil(bytes / 1024);

/** Converting is too far ahead of writing out: wait until the input due is no longer `due`. */
export interface Full {
  due: number;
}

/**
 * Take the next input to convert.
 *
 * @param shared The shared state.
 * @param count How many inputs there are.
 * @returns Its index; {@link Full} when converting is too far ahead of writing out (the input
 *   whose turn it is can always be taken); `'done'` when every input is taken or the conversion
 *   stopped.
 */
export function claim(shared: Shared, count: number): number | Full | 'done' {
  for (;;) {
    if (Atomics.load(shared, stopped) !== 0) return 'done';
    const index = Atomics.load(shared, next);
    if (index >= count) return 'done';
    const due = Atomics.load(shared, emitted);
    if (index > due && (index >= due + windowInputs || Atomics.load(shared, heldKb) >= windowKb)) return { due };
    if (Atomics.compareExchange(shared, next, index, index + 1) === index) return index;
  }
}

/** Count an input's bytes as held until it is written out. */
export function hold(shared: Shared, bytes: number): void {
  if (bytes > 0) Atomics.add(shared, heldKb, kilobytes(bytes));
}

/**
 * Record that an input has been written out, and wake the threads that wait for room.
 *
 * @param shared The shared state.
 * @param count How many inputs have been written out (the index of the next one).
 * @param bytes The bytes of the input just written out (as given to {@link hold}).
 */
export function release(shared: Shared, count: number, bytes: number): void {
  if (bytes > 0) Atomics.sub(shared, heldKb, kilobytes(bytes));
  Atomics.store(shared, emitted, count);
  Atomics.notify(shared, emitted);
}

/**
 * Whether an input is the one whose turn it is to be written out: the main thread waits for it.
 *
 * @param shared The shared state.
 * @param index The input's index.
 */
export function isDue(shared: Shared, index: number): boolean {
  return Atomics.load(shared, emitted) === index;
}

/**
 * Block this (worker) thread until the input due changes, the conversion stops, or a while passes.
 */
export function waitForRoom(shared: Shared, full: Full): void {
  Atomics.wait(shared, emitted, full.due, 100);
}

/** Stop the conversion: no thread takes another input. */
export function stop(shared: Shared): void {
  Atomics.store(shared, stopped, 1);
  Atomics.notify(shared, emitted);
}
