/**
 * A bounded table from strings to values, for the one lookup per token of the vocabulary.
 *
 * Why not a Map: token norms are freshly made strings (one per token of every article), and a
 * Map first has V8 work out and store each one's hash through a runtime call, then compares it
 * with the stored key through another; here the hash is a short loop the JIT inlines and the
 * comparison a plain `===`. Open addressing over an Int32Array keeps the probe in one dense
 * array. Keys are only added, never removed; past `max` keys, `set` is ignored (callers work
 * the value out again, with the same answer).
 */
export class StringTable<V> {
  /** Per slot, 1 + the index of its key in `keys`, or 0 when empty. */
  private slots = new Int32Array(1024);
  private readonly keys: string[] = [];
  private readonly values: V[] = [];

  constructor(private readonly max: number) {}

  get size(): number {
    return this.keys.length;
  }

  get(key: string): V | undefined {
    const mask = this.slots.length - 1;
    for (let s = hashOf(key) & mask; ; s = (s + 1) & mask) {
      const k = this.slots[s]!;
      if (k === 0) return undefined;
      if (this.keys[k - 1] === key) return this.values[k - 1];
    }
  }

  /** Adds a key not in the table (ignored once the table holds `max` keys). */
  set(key: string, value: V): void {
    if (this.keys.length >= this.max) return;
    this.keys.push(key);
    this.values.push(value);
    // at most half full, so that probes stay short
    if (this.keys.length * 2 > this.slots.length) this.grow();
    else this.place(key, this.keys.length);
  }

  private place(key: string, entry: number): void {
    const mask = this.slots.length - 1;
    let s = hashOf(key) & mask;
    while (this.slots[s] !== 0) s = (s + 1) & mask;
    this.slots[s] = entry;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let k = 0; k < this.keys.length; k++) this.place(this.keys[k]!, k + 1);
  }
}

/** FNV-1a over the UTF-16 code units, then mixed so that the low bits (the slot) vary. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}
