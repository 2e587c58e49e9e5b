/**
 * One lookup per token for every dictionary: which of the phrase indexes (actors, countries,
 * agents, places, discards) may start a phrase at a token, as a bit mask. A recognizer asks its
 * dictionary only at the tokens whose mask has its bit; elsewhere the dictionary's `matchAt`
 * would find nothing (each bit is the dictionary's own `begins` answer for the token's first
 * part, so skipping changes no result).
 *
 * The masks of a token array are kept while the array lives (with its parts, see token-parts.ts).
 * The words met are remembered (they depend only on the dictionaries), up to `MAX_WORDS` words,
 * each with its folded parts and its mask: one map lookup per token gives both, and the parts
 * go to the token-parts memo every index walks (see token-parts.ts), so that a word's parts are
 * the same string objects in every article. Further words are worked out each time, with the
 * same answer.
 */
import { StringTable } from './string-table.js';
import { normParts } from './text.js';
import { tokenMemo } from './token-parts.js';

/** The bit of each dictionary in a start mask. */
export const Starts = Object.freeze({
  ACTOR: 1,
  COUNTRY: 2,
  AGENT: 4,
  PLACE: 8,
  DISCARD: 16,
});

/** A dictionary's part in the vocabulary: its bit and its `begins` test. */
export interface StartTest {
  readonly bit: number;
  begins(first: string): boolean;
}

export interface Vocabulary {
  /** The start mask of a token whose first folded part is `first`. */
  startsOf(first: string): number;
  /**
   * The start mask of every token of `norms` (parallel to it), worked out once per array: the
   * reader and the coder share one article's masks.
   */
  tokenStarts(norms: readonly string[]): ArrayLike<number>;
}

const MAX_WORDS = 200_000;

export function buildVocabulary(tests: readonly StartTest[]): Vocabulary {
  const maskOf = (first: string): number => {
    let mask = 0;
    for (const t of tests) if (t.begins(first)) mask |= t.bit;
    return mask;
  };
  const known = new Map<string, number>();
  const startsOf = (first: string): number => {
    let mask = known.get(first);
    if (mask === undefined) {
      mask = maskOf(first);
      if (known.size < MAX_WORDS) known.set(first, mask);
    }
    return mask;
  };
  // The token norms met, and per entry (see StringTable) its folded parts and its start mask: kept
  // in arrays rather than one object per word, so that a token's mask is read from a small dense
  // array instead of from an object somewhere in the heap.
  const words = new StringTable(MAX_WORDS);
  const wordParts: (readonly string[])[] = [];
  let wordStarts = new Uint8Array(1024);
  /** Works out the parts and mask of a norm not met before (or not kept), puts them at slot i. */
  const learn = (
    norm: string,
    i: number,
    parts: (readonly string[] | undefined)[],
    out: Uint8Array,
  ): void => {
    const own = normParts(norm);
    const first = own[0];
    // a word that is its own only part (most) is remembered by `words` already: its first part
    // is not remembered a second time
    const mask =
      first === undefined ? 0 : own.length === 1 && first === norm ? maskOf(first) : startsOf(first);
    const entry = words.add(norm);
    if (entry >= 0) {
      if (entry >= wordStarts.length) {
        const grown = new Uint8Array(wordStarts.length * 2);
        grown.set(wordStarts);
        wordStarts = grown;
      }
      wordParts.push(own);
      wordStarts[entry] = mask;
    }
    parts[i] = own;
    out[i] = mask;
  };
  // the identity the masks kept with a token array are tagged with (another set of
  // dictionaries reading the same array works its own out)
  const self = {};
  const tokenStarts = (norms: readonly string[]): ArrayLike<number> => {
    const memo = tokenMemo(norms);
    if (memo.starts !== null && memo.vocabulary === self) return memo.starts;
    const out = new Uint8Array(norms.length);
    const parts = memo.parts;
    for (let i = 0; i < norms.length; i++) {
      const norm = norms[i] ?? '';
      const entry = words.find(norm);
      if (entry < 0) {
        learn(norm, i, parts, out);
      } else {
        parts[i] = wordParts[entry];
        out[i] = wordStarts[entry]!;
      }
    }
    memo.starts = out;
    memo.vocabulary = self;
    return out;
  };
  return Object.freeze({ startsOf, tokenStarts });
}
