/**
 * The string hash the dictionaries' own tables use (the string table, the code filters):
 * FNV-1a over the UTF-16 code units, then mixed so that the low bits vary with all of them.
 */

/** FNV-1a's offset basis: `hashStep` over the characters of a string from it hashes the string. */
export const HASH_BASIS = 0x811c9dc5;
const HASH_PRIME = 0x01000193;

/** One step of FNV-1a: the hash `h` followed by the character code `c`. */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, HASH_PRIME);
}

/** FNV's low bits depend on the low bits of the characters only: mixes the high ones into them. */
export function mixBits(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** The mixed FNV-1a hash of a whole string. */
export function stringHash(s: string): number {
  let h = HASH_BASIS;
  for (let k = 0; k < s.length; k++) h = hashStep(h, s.charCodeAt(k));
  return mixBits(h);
}
