/**
 * `list.map(f)` built by push. V8's `map` makes a holey array until the JIT inlines it and a
 * packed one after; every function such an array flows into was compiled for one kind and
 * deoptimised at the change. An array built by push is packed from the start, always.
 */
export function mapPacked<T, U>(list: readonly T[], f: (item: T) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < list.length; i++) out.push(f(list[i]!));
  return out;
}
