/**
 * The folded parts (see text.ts) of the tokens of a token array, split once per array and
 * shared by every phrase index and the vocabulary: a sentence is matched at every token by the
 * actor, agent, country, place and discard indexes, and splits once.
 *
 * A memo keyed by the caller's array (it holds nothing else and goes away with the array). The
 * vocabulary fills it for a whole article at once, with the parts it keeps per word, so that
 * the indexes walk the same string objects every time a word comes back: their maps then find
 * those keys by identity, with the hash already worked out, instead of hashing and comparing
 * freshly made strings.
 */
import { normParts } from './text.js';

const PARTS = new WeakMap<readonly string[], (readonly string[] | undefined)[]>();

/** The memo of `norms`' token parts: slot i is token i's parts once split, else undefined. */
export function tokenPartsMemo(norms: readonly string[]): (readonly string[] | undefined)[] {
  let memo = PARTS.get(norms);
  if (!memo) {
    memo = new Array<readonly string[] | undefined>(norms.length);
    PARTS.set(norms, memo);
  }
  return memo;
}

/** The parts of token `i` of `norms`, from `memo` (see tokenPartsMemo), split on first use. */
export function partsAt(
  memo: (readonly string[] | undefined)[],
  norms: readonly string[],
  i: number,
): readonly string[] {
  return (memo[i] ??= normParts(norms[i] ?? ''));
}
