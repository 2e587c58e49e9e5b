/**
 * Who a figure is about. Parties are the countries of the actor mentions in the figure's clause (or,
 * when the clause names fewer than two, in its sentence); an actor introduced by a comparison
 * ("after Russia", "than Japan") is not a party. With more than two countries, the article's dyad
 * wins when both of its countries are there, else the two nearest the figure. Only when the
 * sentence names fewer than two countries, none outside the dyad, and names the relation itself
 * ("bilateral", "the two countries", "trade exchange") do the parties come from the article's dyad.
 */
import type { ActorMention } from '../core/types.js';
import { findPhrases, phraseEndingAt, tokenGap } from './phrases.js';
import { clauseAt, type Placed, type SentenceView } from './sentence-view.js';
import type { WordSets } from './types.js';

const ISO3 = /^[A-Z]{3}$/;

export interface PartyChoice {
  /** ISO3 countries, in text order (article dyad order when from the article). */
  readonly parties: readonly string[];
  readonly from: 'sentence' | 'article';
  /** For each party taken from the sentence, its mentions there. */
  readonly mentions: readonly Placed<ActorMention>[];
}

type Range = { readonly start: number; readonly end: number };

/** Index of the token before `at`, skipping determiners and adjectives (at most three). */
export function beforeModifiers(view: SentenceView, at: number): number {
  let k = at;
  let skipped = 0;
  while (k > view.first && skipped < 3) {
    const pos = view.tokens[k - 1]?.pos;
    if (pos !== 'DET' && pos !== 'ADJ') break;
    k--;
    skipped++;
  }
  return k;
}

/** Country actor mentions of a sentence that may be parties (not inside `exclude`, not compared). */
export function countryActors(
  view: SentenceView,
  words: WordSets,
  exclude: Range | null,
): Placed<ActorMention>[] {
  return view.actors.filter((a) => {
    const country = a.mention.actor.country;
    if (!country || !ISO3.test(country)) return false;
    if (exclude && a.start < exclude.end && exclude.start < a.end) return false;
    return !phraseEndingAt(words.comparison, view.tokens, beforeModifiers(view, a.start), view.first);
  });
}

function distinctCountries(actors: readonly Placed<ActorMention>[]): string[] {
  const seen: string[] = [];
  for (const a of actors) {
    const c = a.mention.actor.country;
    if (c && !seen.includes(c)) seen.push(c);
  }
  return seen;
}

/** Whether the sentence names the relation without its parties ("bilateral", "the two countries"). */
export function hasDyadMarker(view: SentenceView, words: WordSets): boolean {
  return findPhrases(words['dyad-marker'], view.tokens, view.first, view.last).length > 0;
}

/**
 * The two parties of something anchored at `anchor` (token range) in `view`, or null.
 * `exclude` is a token range whose actor mentions do not count (the figure itself: "1.4 billion Chinese").
 */
export function chooseParties(
  view: SentenceView,
  anchor: Range,
  exclude: Range | null,
  dyad: readonly [string, string] | null,
  words: WordSets,
  extra: readonly Placed<ActorMention>[] = [],
): PartyChoice | null {
  const actors = countryActors(view, words, exclude);
  const clause = clauseAt(view, anchor.start);
  const inClause = actors.filter((a) => clauseAt(view, a.start) === clause);
  let pool = distinctCountries(inClause).length >= 2 ? inClause : actors;
  if (distinctCountries(pool).length < 2 && extra.length > 0) pool = [...pool, ...extra];
  const countries = distinctCountries(pool);
  if (countries.length >= 2) {
    let chosen: string[];
    if (countries.length === 2) chosen = countries;
    else if (dyad && countries.includes(dyad[0]) && countries.includes(dyad[1])) chosen = [...dyad];
    else {
      const distance = (c: string): number =>
        Math.min(...pool.filter((a) => a.mention.actor.country === c).map((a) => tokenGap(a, anchor)));
      chosen = [...countries].sort((a, b) => distance(a) - distance(b)).slice(0, 2);
    }
    const ordered = countries.filter((c) => chosen.includes(c));
    const mentions = pool.filter((a) => ordered.includes(a.mention.actor.country ?? ''));
    return { parties: ordered, from: 'sentence', mentions };
  }
  if (!dyad || !countries.every((c) => dyad.includes(c)) || !hasDyadMarker(view, words)) return null;
  return { parties: [...dyad], from: 'article', mentions: [] };
}
