/**
 * A bounded table from strings to entry numbers (0, 1, 2... in the order keys were added), for
 * the one lookup per token of the vocabulary, which keeps what it knows of each entry in arrays
 * of its own.
 *
 * Why not a Map: token norms are freshly made strings (one per token of every article), and a
 * Map first has V8 work out and store each one's hash through a runtime call, then compares it
 * with the stored key through another; here the hash is a short loop the JIT inlines and the
 * comparison a plain `===`. Open addressing over an Int32Array keeps the probe in one dense
 * array; each slot holds its key's hash beside the entry number, so that a probe passing other
 * keys compares numbers in the same cache line and reads no other key's string. Keys are only
 * added, never removed; past `max` keys, `add` is ignored (callers work the value out again,
 * with the same answer).
 */
import { stringHash } from './hash.js';
export class StringTable {
  /** Per slot, two numbers: 1 + the entry number of its key (0 when empty), and the key's hash. */
  private slots = new Int32Array(2 * 1024);
  private readonly keys: string[] = [];

  constructor(private readonly max: number) {}

  get size(): number {
    return this.keys.length;
  }

  /** The entry number of `key`, or -1 when it is not in the table. */
  find(key: string): number {
    const slots = this.slots;
    const mask = (slots.length >>> 1) - 1;
    const h = stringHash(key);
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const k = slots[2 * s]!;
      if (k === 0) return -1;
      if (slots[2 * s + 1] === h && this.keys[k - 1] === key) return k - 1;
    }
  }

  /** Adds a key not in the table: its entry number, or -1 once the table holds `max` keys. */
  add(key: string): number {
    if (this.keys.length >= this.max) return -1;
    this.keys.push(key);
    // at most half full, so that probes stay short
    if (this.keys.length * 2 > this.slots.length >>> 1) this.grow();
    this.place(stringHash(key), this.keys.length);
    return this.keys.length - 1;
  }

  private place(h: number, entry: number): void {
    const slots = this.slots;
    const mask = (slots.length >>> 1) - 1;
    let s = h & mask;
    while (slots[2 * s] !== 0) s = (s + 1) & mask;
    slots[2 * s] = entry;
    slots[2 * s + 1] = h;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let s = 0; s < old.length; s += 2) if (old[s] !== 0) this.place(old[s + 1]!, old[s]!);
  }
}
