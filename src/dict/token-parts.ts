/**
 * The folded parts (see text.ts) of the tokens of a token array, split once per array and
 * shared by every phrase index and the vocabulary: a sentence is matched at every token by the
 * actor, agent, country, place and discard indexes, and splits once.
 *
 * A memo keyed by the caller's array (it holds nothing else and goes away with the array), which
 * also keeps the array's start masks (see vocabulary.ts). The vocabulary fills it for a whole
 * article at once, with the parts it keeps per word, so that the indexes walk the same string
 * objects every time a word comes back: their maps then find those keys by identity, with the
 * hash already worked out, instead of hashing and comparing freshly made strings.
 */
import { normParts } from './text.js';

/** What is kept of one token array: its tokens' parts, and its start masks once asked. */
export interface TokenMemo {
  /** Slot i: token i's parts once split, else undefined. */
  readonly parts: (readonly string[] | undefined)[];
  /** The start masks (see vocabulary.ts), and the vocabulary (an identity token) they are of. */
  starts: Uint8Array | null;
  vocabulary: object | null;
}

// one entry per array for every user: WeakMap entries are costly to add (and for the collector)
const MEMO = new WeakMap<readonly string[], TokenMemo>();

/** The memo of `norms` (see TokenMemo). */
export function tokenMemo(norms: readonly string[]): TokenMemo {
  let memo = MEMO.get(norms);
  if (!memo) {
    memo = { parts: new Array<readonly string[] | undefined>(norms.length), starts: null, vocabulary: null };
    MEMO.set(norms, memo);
  }
  return memo;
}

/** The memo of `norms`' token parts: slot i is token i's parts once split, else undefined. */
export function tokenPartsMemo(norms: readonly string[]): (readonly string[] | undefined)[] {
  return tokenMemo(norms).parts;
}

/** The parts of token `i` of `norms`, from `memo` (see tokenPartsMemo), split on first use. */
export function partsAt(
  memo: (readonly string[] | undefined)[],
  norms: readonly string[],
  i: number,
): readonly string[] {
  return (memo[i] ??= normParts(norms[i] ?? ''));
}
