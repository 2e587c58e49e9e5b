/**
 * `list.map(f)` built by push. V8's `map` makes a packed array while the calling function runs in
 * the interpreter and a holey one once the JIT has inlined it: every function such an array flows
 * into was compiled for the kind it had seen, and deoptimised, then compiled again, at the other.
 * An array built by push is packed in every tier. The coder and the reader map with this.
 */
export function mapPacked<T, U>(list: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < list.length; i++) out.push(f(list[i]!, i));
  return out;
}
