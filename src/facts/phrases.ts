/**
 * Phrases of the word lists, matched against tokens. A phrase is split the way the tokenizer splits
 * text: on spaces, with hyphens as tokens of their own ("all-weather" → all, -, weather). A word
 * matches a token's lower-case form or (for verbs) its lemma; dashes of every kind are one hyphen.
 */
import type { Token } from '../core/types.js';
import type { Phrase } from './types.js';

const DASHES = /[\u2010-\u2015\u2212-]/g;
const CURLY_APOSTROPHES = /[\u2018\u2019\u02bc]/g;

/** The form words and tokens are compared in. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(CURLY_APOSTROPHES, "'").replace(DASHES, '-');
}

function splitWords(text: string): string[] {
  return text
    .trim()
    .split(/\s+/)
    .flatMap((chunk) => chunk.replace(DASHES, '-').split(/(-)/))
    .filter((w) => w.length > 0);
}

const CAPITALS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** Compiles one phrase. Names written in capitals ("SCO", "U.N.") match case-sensitively. */
export function compilePhrase(text: string, entry: string, value: string | null = null): Phrase {
  const caseSensitive = CAPITALS.test(text);
  const words = splitWords(text).map((w) => (caseSensitive ? w.replace(DASHES, '-') : comparable(w)));
  return Object.freeze({ text, words: Object.freeze(words), caseSensitive, value, entry });
}

const DASH_TOKEN = /^[\u2010-\u2015\u2212-]$/;

/** Token norms are already lower-case with straight apostrophes (tokenize.ts); only dashes differ. */
function wordMatches(word: string, token: Token, caseSensitive: boolean): boolean {
  if (word === '-') return DASH_TOKEN.test(token.text);
  if (caseSensitive) return token.text === word;
  return token.norm === word || token.lemma === word;
}

/** A phrase found at tokens [start, end) (indices into the token array given). */
export interface PhraseMatch {
  readonly phrase: Phrase;
  readonly start: number;
  readonly end: number;
}

const HYPHEN_TOKEN = /^[-\u2010\u2011]$/;

/** Whether tokens a and b are joined by a hyphen with no space ("low-cost", "non-member"). */
function glued(hyphen: Token | undefined, word: Token | undefined, after: boolean): boolean {
  if (!hyphen || !word || hyphen.text.length !== 1 || !HYPHEN_TOKEN.test(hyphen.text)) return false;
  return after ? word.end === hyphen.start : hyphen.end === word.start;
}

/**
 * Whether `phrase` occurs at token `at` (within [.., limit)) as whole words: not as the tail or
 * head of a hyphenated compound ("cost" in "low-cost", "member" in "non-member"), unless the caller
 * has consumed the hyphen before it (`afterHyphen`: "4th-biggest").
 */
export function matchesAt(
  phrase: Phrase,
  tokens: readonly Token[],
  at: number,
  limit: number,
  afterHyphen = false,
): boolean {
  if (phrase.words.length === 0 || at < 0 || at + phrase.words.length > limit) return false;
  for (let k = 0; k < phrase.words.length; k++) {
    const token = tokens[at + k];
    if (!token || !wordMatches(phrase.words[k] ?? '', token, phrase.caseSensitive)) return false;
  }
  const last = at + phrase.words.length - 1;
  if (!afterHyphen && phrase.words[0] !== '-' && glued(tokens[at - 1], tokens[at], false)) return false;
  return phrase.words[phrase.words.length - 1] === '-' || !glued(tokens[last + 1], tokens[last], true);
}

/**
 * The phrases of a list by their first word, as positions in the list: `wordMatches` compares a
 * first word with a token's text (case-sensitive phrases), its norm or lemma (the others), or any
 * dash (a phrase starting with "-"), so only the phrases under those keys can start at a token.
 */
interface FirstWords {
  readonly dash: readonly number[];
  readonly exact: ReadonlyMap<string, readonly number[]>;
  readonly folded: ReadonlyMap<string, readonly number[]>;
}

function indexFirstWords(phrases: readonly Phrase[]): FirstWords {
  const dash: number[] = [];
  const exact = new Map<string, number[]>();
  const folded = new Map<string, number[]>();
  phrases.forEach((phrase, i) => {
    const first = phrase.words[0];
    if (first === undefined) return;
    if (first === '-') dash.push(i);
    else {
      const map = phrase.caseSensitive ? exact : folded;
      const list = map.get(first);
      if (list) list.push(i);
      else map.set(first, [i]);
    }
  });
  return { dash, exact, folded };
}

/**
 * First-word indexes of the phrase lists seen, keyed by the (frozen, loaded once) list itself: a
 * memo of a pure function of immutable data, never of an article's state.
 */
const FIRST_WORDS = new WeakMap<readonly Phrase[], FirstWords>();

function firstWordsOf(phrases: readonly Phrase[]): FirstWords {
  let index = FIRST_WORDS.get(phrases);
  if (!index) {
    index = indexFirstWords(phrases);
    FIRST_WORDS.set(phrases, index);
  }
  return index;
}

const NONE: readonly number[] = [];

const PHRASES_OF = new WeakMap<readonly { readonly phrase: Phrase }[], readonly Phrase[]>();

/**
 * The phrases of a list of named entries (organisations, initiatives), as one list that stays the
 * same object for the same entries, so that its first-word index is built once.
 */
export function phrasesOf(items: readonly { readonly phrase: Phrase }[]): readonly Phrase[] {
  let phrases = PHRASES_OF.get(items);
  if (!phrases) {
    phrases = Object.freeze(items.map((i) => i.phrase));
    PHRASES_OF.set(items, phrases);
  }
  return phrases;
}

/** Positions in the list of the phrases whose first word matches `token`, in list order. */
function startingAt(index: FirstWords, token: Token): readonly number[] {
  const lists: (readonly number[])[] = [];
  if (index.dash.length > 0 && DASH_TOKEN.test(token.text)) lists.push(index.dash);
  const exact = index.exact.size > 0 ? index.exact.get(token.text) : undefined;
  if (exact) lists.push(exact);
  const byNorm = index.folded.get(token.norm);
  if (byNorm) lists.push(byNorm);
  const byLemma = token.lemma !== token.norm ? index.folded.get(token.lemma) : undefined;
  if (byLemma) lists.push(byLemma);
  if (lists.length <= 1) return lists[0] ?? NONE;
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}

/**
 * Every occurrence of any of `phrases` in tokens [from, to), longest first at each position; an
 * occurrence inside a longer one is dropped ("trade" inside "trade deficit"). Only the phrases
 * whose first word matches a token are tried there (`firstWordsOf`), in the list's order.
 */
export function findPhrases(
  phrases: readonly Phrase[],
  tokens: readonly Token[],
  from: number,
  to: number,
): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  const index = firstWordsOf(phrases);
  for (let at = Math.max(from, 0); at < to; at++) {
    const token = tokens[at];
    if (!token) continue;
    for (const i of startingAt(index, token)) {
      const phrase = phrases[i]!;
      if (matchesAt(phrase, tokens, at, to)) found.push({ phrase, start: at, end: at + phrase.words.length });
    }
  }
  if (found.length <= 1) return found;
  return found.filter(
    (m) =>
      !found.some(
        (o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
      ),
  );
}

/** The longest phrase that ends exactly at token `end` (exclusive) and starts at or after `from`. */
export function phraseEndingAt(
  phrases: readonly Phrase[],
  tokens: readonly Token[],
  end: number,
  from: number,
): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  for (const phrase of phrases) {
    const start = end - phrase.words.length;
    if (start < from) continue;
    if (matchesAt(phrase, tokens, start, end) && (!best || phrase.words.length > best.end - best.start)) {
      best = { phrase, start, end };
    }
  }
  return best;
}

/** Token gap between two token ranges (0 when they touch or overlap). */
export function tokenGap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  if (a.end <= b.start) return b.start - a.end;
  if (b.end <= a.start) return a.start - b.end;
  return 0;
}
