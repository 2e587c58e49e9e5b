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
 * Every occurrence of any of `phrases` in tokens [from, to), longest first at each position; an
 * occurrence inside a longer one is dropped ("trade" inside "trade deficit").
 */
export function findPhrases(
  phrases: readonly Phrase[],
  tokens: readonly Token[],
  from: number,
  to: number,
): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (let at = from; at < to; at++) {
    for (const phrase of phrases) {
      if (matchesAt(phrase, tokens, at, to)) found.push({ phrase, start: at, end: at + phrase.words.length });
    }
  }
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
