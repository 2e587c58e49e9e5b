import { mapPacked } from '../core/packed.js';
import { synsetPhrases } from './verbs/index.js';
import type { Term, VerbDictionary } from './verbs/index.js';

/**
 * Matching one pattern term (a word with its `_`-joined alternatives, or a synset) against
 * the upper-case words of a sentence. A term's word sequences are split once per dictionary
 * and kept (dictionaries are frozen after loading, so the memo never goes stale).
 */

/** A term's word sequences, and for a synset its phrases by their first word. */
export interface CompiledTerm {
  readonly sequences: readonly (readonly string[])[];
  /** Synsets only (they hold up to a few hundred phrases): phrases by first word, in order. */
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]> | null;
}

/** Per dictionary, per term: the term compiled. */
const COMPILED = new WeakMap<VerbDictionary, WeakMap<Term, CompiledTerm>>();

/**
 * The term compiled (memoised per dictionary): a matcher trying one term at many positions
 * looks it up once, then calls `compiledLength` per position.
 */
export function compiledTerm(dict: VerbDictionary, term: Term): CompiledTerm {
  let byTerm = COMPILED.get(dict);
  if (!byTerm) {
    byTerm = new WeakMap();
    COMPILED.set(dict, byTerm);
  }
  let compiled = byTerm.get(term);
  if (!compiled) {
    if (term.kind === 'word') {
      compiled = { sequences: mapPacked(term.anyOf, (alt) => alt.split('_')), byFirst: null };
    } else {
      const sequences = synsetPhrases(dict, term.name).filter((phrase) => phrase.length > 0);
      const byFirst = new Map<string, (readonly string[])[]>();
      for (const phrase of sequences) {
        const list = byFirst.get(phrase[0]!);
        if (list) list.push(phrase);
        else byFirst.set(phrase[0]!, [phrase]);
      }
      compiled = { sequences, byFirst };
    }
    byTerm.set(term, compiled);
  }
  return compiled;
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

/**
 * The dictionary words a sentence word can be under `wordMatches`: itself and its singulars
 * (-S, -ES, -IES -> Y). A superset: `wordMatches` still decides (-ES only after a sibilant or O).
 */
export function baseForms(w: string): string[] {
  if (!w.endsWith('S')) return [w];
  const forms = [w, w.slice(0, -1)];
  if (w.endsWith('ES')) forms.push(w.slice(0, -2));
  if (w.endsWith('IES')) forms.push(`${w.slice(0, -3)}Y`);
  return forms;
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
  return compiledLength(compiledTerm(dict, term), words, t, end);
}

/** `termLength` for a term already compiled (`compiledTerm`). */
export function compiledLength(
  compiled: CompiledTerm,
  words: readonly string[],
  t: number,
  end: number,
): number {
  if (compiled.byFirst === null) {
    for (const parts of compiled.sequences) {
      if (t + parts.length <= end && sequenceMatches(words, parts, t)) return parts.length;
    }
    return 0;
  }
  // only the phrases whose first word the sentence word can be
  const w = words[t];
  if (w === undefined) return 0;
  let longest = 0;
  for (const form of baseForms(w)) longest = longestFrom(compiled.byFirst.get(form), words, t, end, longest);
  return longest;
}

/** The longest of `phrases` matching at `t` (within `end`), if longer than `longest`. */
function longestFrom(
  phrases: readonly (readonly string[])[] | undefined,
  words: readonly string[],
  t: number,
  end: number,
  longest: number,
): number {
  if (!phrases) return longest;
  let best = longest;
  for (const phrase of phrases)
    if (phrase.length > best && t + phrase.length <= end && sequenceMatches(words, phrase, t))
      best = phrase.length;
  return best;
}
