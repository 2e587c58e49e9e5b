import { synsetPhrases } from './verbs/index.js';
import type { Term, VerbDictionary } from './verbs/index.js';

/**
 * Matching one pattern term (a word with its `_`-joined alternatives, or a synset) against
 * the upper-case words of a sentence. A term's word sequences are split once per dictionary
 * and kept (dictionaries are frozen after loading, so the memo never goes stale).
 */

/** Per dictionary, per term: its word sequences (alternatives, or the synset's phrases). */
const SEQUENCES = new WeakMap<VerbDictionary, WeakMap<Term, readonly (readonly string[])[]>>();

function sequencesOf(dict: VerbDictionary, term: Term): readonly (readonly string[])[] {
  let byTerm = SEQUENCES.get(dict);
  if (!byTerm) {
    byTerm = new WeakMap();
    SEQUENCES.set(dict, byTerm);
  }
  let sequences = byTerm.get(term);
  if (!sequences) {
    sequences =
      term.kind === 'word'
        ? term.anyOf.map((alt) => alt.split('_'))
        : synsetPhrases(dict, term.name).filter((phrase) => phrase.length > 0);
    byTerm.set(term, sequences);
  }
  return sequences;
}

/**
 * A dictionary word against a sentence word, allowing the regular plurals TABARI/PETRARCH
 * allowed: the word itself, +S, +ES, and Y -> IES. English adds -ES only after a sibilant or
 * an O (BOX -> BOXES, MARCH -> MARCHES, VETO -> VETOES, as verbs/inflect.ts generates it), so
 * +ES is allowed only there: PLAN must not match "planes", AID "aides", WAR "wares".
 */
/** Endings after which the plural is -ES. */
const TAKES_ES = /(?:S|X|Z|CH|SH|O)$/;

export function wordMatches(w: string | undefined, word: string): boolean {
  if (w === undefined) return false;
  const n = word.length;
  switch (w.length - n) {
    case 0:
      return w === word;
    case 1:
      return w.charCodeAt(n) === 83 /* S */ && w.startsWith(word);
    case 2:
      if (w.charCodeAt(n + 1) !== 83 /* S */) return false;
      if (w.charCodeAt(n) === 69 /* E */ && w.startsWith(word)) return TAKES_ES.test(word);
      return (
        word.endsWith('Y') &&
        w.charCodeAt(n - 1) === 73 /* I */ &&
        w.startsWith(word.slice(0, -1)) &&
        w.endsWith('IES')
      );
    default:
      return false;
  }
}

function sequenceMatches(words: readonly string[], sequence: readonly string[], t: number): boolean {
  for (let k = 0; k < sequence.length; k++) if (!wordMatches(words[t + k], sequence[k]!)) return false;
  return true;
}

/**
 * How many tokens term `term` matches starting at `t` (within `end`), 0 when it does not: a
 * word term takes its first alternative that matches, a synset its longest phrase.
 */
export function termLength(
  dict: VerbDictionary,
  words: readonly string[],
  term: Term,
  t: number,
  end: number,
): number {
  const sequences = sequencesOf(dict, term);
  if (term.kind === 'word') {
    for (const parts of sequences) {
      if (t + parts.length <= end && sequenceMatches(words, parts, t)) return parts.length;
    }
    return 0;
  }
  let longest = 0;
  for (const phrase of sequences) {
    if (phrase.length > longest && t + phrase.length <= end && sequenceMatches(words, phrase, t))
      longest = phrase.length;
  }
  return longest;
}
