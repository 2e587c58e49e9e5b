import { mixBits, stringHash } from './hash.js';

/**
 * A set of hash codes that answers "no" or "maybe": one bit per code in a bit array with about
 * 16 bits a code, so that a code never added is answered "maybe" about once in 16. The phrase
 * index asks it before its maps: most words and keys it is asked about begin no phrase, and
 * reading a bit of an array of a few hundred kilobytes at most is much cheaper than probing a
 * map of tens of thousands of strings (which, for a string never seen, also hashes it first).
 *
 * The bit array is made on the first question; codes added after it are set in it, and once
 * it is too full it is made again, larger, from the codes kept.
 */
export class CodeFilter {
  private readonly codes: number[] = [];
  private bits: Int32Array | null = null;

  /** Adds a code (from `mixHash`). */
  add(code: number): void {
    // (dictionaries are mostly sorted: a code is often the one just added)
    if (this.codes[this.codes.length - 1] === code) return;
    this.codes.push(code);
    const bits = this.bits;
    if (bits === null) return;
    if (this.codes.length * BITS_PER_CODE > bits.length * 32 * 2) this.bits = null;
    else setBit(bits, code);
  }

  /** False when `code` was never added; true when it was, and now and then when it was not. */
  mayHave(code: number): boolean {
    const bits = (this.bits ??= bitsOf(this.codes));
    const bit = code & (bits.length * 32 - 1);
    return (bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

const BITS_PER_CODE = 16;

/** A bit array of a power-of-two size with at least BITS_PER_CODE bits a code, with `codes` set. */
function bitsOf(codes: readonly number[]): Int32Array {
  let size = 32;
  while (size < codes.length * BITS_PER_CODE) size *= 2;
  const bits = new Int32Array(size / 32);
  for (const code of codes) setBit(bits, code);
  return bits;
}

function setBit(bits: Int32Array, code: number): void {
  const bit = code & (bits.length * 32 - 1);
  bits[bit >>> 5]! |= 1 << (bit & 31);
}

/**
 * The code of a hash for a CodeFilter: the hash mixed (see `mixBits`) before it picks a bit, and
 * 30 bits, so that the codes are small integers (no boxed numbers in the list).
 */
export function mixHash(h: number): number {
  return mixBits(h) >>> 2;
}

/** The code of a whole string. */
export function stringCode(s: string): number {
  return stringHash(s) >>> 2;
}
