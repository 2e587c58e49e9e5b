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

/** A token norm met before: its folded parts and its start mask. */
interface Word {
  readonly parts: readonly string[];
  readonly starts: number;
}

const MAX_WORDS = 200_000;

export function buildVocabulary(tests: readonly StartTest[]): Vocabulary {
  const known = new Map<string, number>();
  const startsOf = (first: string): number => {
    let mask = known.get(first);
    if (mask === undefined) {
      mask = 0;
      for (const t of tests) if (t.begins(first)) mask |= t.bit;
      if (known.size < MAX_WORDS) known.set(first, mask);
    }
    return mask;
  };
  const words = new StringTable<Word>(MAX_WORDS);
  const wordOf = (norm: string): Word => {
    let word = words.get(norm);
    if (word === undefined) {
      const parts = normParts(norm);
      const first = parts[0];
      word = { parts, starts: first === undefined ? 0 : startsOf(first) };
      words.set(norm, word);
    }
    return word;
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
      const word = wordOf(norms[i] ?? '');
      parts[i] = word.parts;
      out[i] = word.starts;
    }
    memo.starts = out;
    memo.vocabulary = self;
    return out;
  };
  return Object.freeze({ startsOf, tokenStarts });
}
