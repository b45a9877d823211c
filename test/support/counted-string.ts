/**
 * A string that counts how much of it is read, for tests that a scan is linear: the count is of
 * work done, not of time, so it is the same on any machine under any load.
 *
 * Each method call, index or `length` read costs 1, plus the length of any string it returns
 * (`slice`); turning the whole string into a primitive (a regular expression, `String(value)`,
 * `for…of` over it) costs its length. A scan that restarts at every character, or runs a regular
 * expression over the rest of the text at each step, reads a quadratic amount.
 */
export function countedString(value: string): { text: string; reads: () => number } {
  let reads = 0;
  const whole = (): string => {
    reads += value.length;
    return value;
  };
  const proxy = new Proxy(new String(value), {
    get(target, key) {
      if (key === Symbol.toPrimitive) return whole;
      if (key === 'toString' || key === 'valueOf') return whole;
      if (key === Symbol.iterator) return () => whole()[Symbol.iterator]();
      if (key === 'length') {
        reads++;
        return value.length;
      }
      if (typeof key === 'string' && /^\d+$/u.test(key)) {
        reads++;
        return value[Number(key)];
      }
      const member = Reflect.get(String.prototype, key) as unknown;
      if (typeof member !== 'function') return Reflect.get(target, key) as unknown;
      return (...args: unknown[]): unknown => {
        const result = (member as (...rest: unknown[]) => unknown).apply(value, args);
        reads += 1 + (typeof result === 'string' ? result.length : 0);
        return result;
      };
    },
  });
  return { text: proxy as unknown as string, reads: () => reads };
}
