/**
 * Reads that may fall past the end of an array or a string, made without doing so. `list[k]` and
 * `text.charCodeAt(k)` out of range give undefined and NaN, but the JIT compiles them for reads in
 * range and throws the compiled function away at the first that is not, then compiles it again;
 * in the parser and the quantity recognizers such a read happens at the end of nearly every
 * sentence, first after the function was compiled. These read with the range checked.
 */

/** `list[k]`: undefined when `k` is out of range. */
export function itemAt<T>(list: readonly T[], k: number): T | undefined {
  return k >= 0 && k < list.length ? list[k] : undefined;
}

/**
 * `text.charCodeAt(k)`, or -1 when `k` is out of range (no character has that code). Not NaN, as
 * `charCodeAt` gives: NaN is no small integer, and a function whose codes had all been small
 * integers would be thrown away at the first NaN just the same.
 */
export function codeAt(text: string, k: number): number {
  return k >= 0 && k < text.length ? text.charCodeAt(k) : -1;
}
