/** A value, or what was thrown while working it out: how a stage over a group of items keeps one item's failure apart. */
export type Attempt<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/** Runs `f`, returning its value or what it threw. */
export function attempt<T>(f: () => T): Attempt<T> {
  try {
    return { ok: true, value: f() };
  } catch (error) {
    return { ok: false, error };
  }
}
