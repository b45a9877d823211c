/** String methods a scan reads text with; each call counts as one step. */
const stringMethods = [
  'at', 'charAt', 'charCodeAt', 'codePointAt', 'endsWith', 'includes', 'indexOf', 'lastIndexOf', 'match', 'matchAll',
  'normalize', 'padEnd', 'padStart', 'repeat', 'replace', 'replaceAll', 'search', 'slice', 'split', 'startsWith',
  'substring', 'toLowerCase', 'toUpperCase', 'trim', 'trimEnd', 'trimStart',
] as const;

/**
 * Count the steps `run` takes: calls of the string methods above and of `RegExp.prototype.exec`
 * (which `test`, `match`, `replace`, `split` and `search` with a regular expression go through
 * once `exec` is replaced). A count of work, not a time, so it is the same on any machine under any
 * load: a parse that is linear takes 4 times the steps on 4 times the input, one that restarts a
 * scan at every line or marker takes 16 times. The methods are restored before this returns.
 *
 * @param run What to count, called once.
 * @returns The number of steps.
 */
export function countSteps(run: () => void): number {
  let steps = 0;
  const restore: Array<() => void> = [];
  const replace = (owner: object, name: string): void => {
    const original = Reflect.get(owner, name) as (...args: unknown[]) => unknown;
    Reflect.set(owner, name, function counted(this: unknown, ...args: unknown[]): unknown {
      steps++;
      return original.apply(this, args);
    });
    restore.push(() => Reflect.set(owner, name, original));
  };
  for (const name of stringMethods) replace(String.prototype, name);
  replace(RegExp.prototype, 'exec');
  try {
    run();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
  return steps;
}
