/**
 * Who a figure is about. Parties are the countries (ISO3) or organisations (whole IGO code) of the
 * actor mentions in the figure's clause (or, when the clause names fewer than two, in its
 * sentence); an actor introduced by a comparison ("after Russia", "than Japan") or inside an aside
 * ("amid the war with Russia", "despite sanctions on Iran") is not a party. With more than two countries, the article's dyad
 * wins when both of its countries are there, else the two nearest the figure. Only when the
 * sentence names fewer than two countries, none outside the dyad, and names the relation itself
 * ("bilateral", "the two countries", "trade exchange") do the parties come from the article's dyad.
 */
import type { ActorMention } from '../core/types.js';
import { findPhrases, phraseEndingAt, tokenGap } from './phrases.js';
import { clauseAt, type Placed, type SentenceView } from './sentence-view.js';
import type { WordSets } from './types.js';

const ISO3 = /^[A-Z]{3}$/;
const IGO = /^IGO[A-Z0-9]{2,}$/;

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

/**
 * The party code of an actor: its ISO3 country, or, with `organisations`, the whole IGO code of an
 * organisation ("IGOEUREEC" for "the EU lent Ukraine..."); null otherwise.
 */
export function partyOf(mention: ActorMention, organisations = false): string | null {
  const { country, code } = mention.actor;
  if (country && ISO3.test(country)) return country;
  return organisations && code && IGO.test(code) ? code : null;
}

/**
 * Actor mentions of a sentence that may be parties: countries (and organisations when asked), not
 * inside `exclude`, not introduced by a comparison ("after Russia").
 */
export function countryActors(
  view: SentenceView,
  words: WordSets,
  exclude: Range | null,
  organisations = false,
): Placed<ActorMention>[] {
  return view.actors.filter((a) => {
    if (!partyOf(a.mention, organisations)) return false;
    if (exclude && a.start < exclude.end && exclude.start < a.end) return false;
    if (insideQuantity(view, a)) return false;
    if (phraseEndingAt(words.comparison, view.tokens, beforeModifiers(view, a.start), view.first))
      return false;
    return !inAside(view, a, words);
  });
}

/**
 * Whether the actor is part of a quantity: a currency prefix ("US$105 billion") or the counted head
 * ("1.4 billion Chinese"); a modifier of the counted noun ("2,000 Chinese companies") still counts.
 */
function insideQuantity(view: SentenceView, actor: Placed<ActorMention>): boolean {
  return view.quantities.some((q) => {
    if (!(q.mention.start < actor.mention.end && actor.mention.start < q.mention.end)) return false;
    const money = q.mention.quantity.currency !== undefined || /^[A-Z]{3}$/.test(q.mention.quantity.unit);
    return money || actor.mention.end >= q.mention.end;
  });
}

/** How far back (tokens) an "amid"/"despite" phrase reaches over an actor. */
const ASIDE_REACH = 5;

/** Whether the actor sits in an "amid ..."/"despite ..." phrase ("amid the war with Russia"). */
function inAside(view: SentenceView, actor: Range, words: WordSets): boolean {
  const from = Math.max(view.first, actor.start - ASIDE_REACH);
  for (const m of findPhrases(words.aside, view.tokens, from, actor.start)) {
    const between = view.tokens.slice(m.end, actor.start);
    if (!between.some((t) => t.pos === 'PUNCT' || t.pos === 'VERB')) return true;
  }
  return false;
}

function distinctCountries(actors: readonly Placed<ActorMention>[]): string[] {
  const seen: string[] = [];
  for (const a of actors) {
    const c = partyOf(a.mention, true);
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
  const actors = countryActors(view, words, exclude, true);
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
        Math.min(...pool.filter((a) => partyOf(a.mention, true) === c).map((a) => tokenGap(a, anchor)));
      chosen = [...countries].sort((a, b) => distance(a) - distance(b)).slice(0, 2);
    }
    const ordered = countries.filter((c) => chosen.includes(c));
    const mentions = pool.filter((a) => ordered.includes(partyOf(a.mention, true) ?? ''));
    return { parties: ordered, from: 'sentence', mentions };
  }
  if (!dyad || !countries.every((c) => dyad.includes(c)) || !hasDyadMarker(view, words)) return null;
  return { parties: [...dyad], from: 'article', mentions: [] };
}
