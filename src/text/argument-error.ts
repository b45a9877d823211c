/**
 * A library function was given an argument it cannot use (`parse(null)`, an unknown rule level):
 * misuse, thrown, unlike what a document gets wrong, which is data. A `TypeError`, so code that
 * catches those catches it too.
 */
export class ArgumentError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'ArgumentError';
  }
}

/** How a value is shown in an {@link ArgumentError}'s message. */
export function showValue(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return Array.isArray(value) ? 'an array' : `an object (${Object.prototype.toString.call(value).slice(8, -1)})`;
  return String(value);
}
