/**
 * What every pure dictionary parser returns. `errors` are lines that break the
 * format (the loader refuses the file); `warnings` are lines PETRARCH itself
 * would have accepted or skipped with a message (kept so `dyad` can show them).
 * Both are `file:line: problem` strings, every bad line of the file in one run.
 */
export interface ParseResult<T> {
  readonly value: T;
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
}

/** Deep-freezes plain data (objects, arrays); Maps and class instances are frozen shallowly. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    if (Array.isArray(value)) {
      for (const v of value) deepFreeze(v);
    } else if (Object.getPrototypeOf(value) === Object.prototype) {
      for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
    }
  }
  return value;
}
