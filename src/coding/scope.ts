import { mapPacked } from '../core/packed.js';
import type {
  ActorMention,
  DateMention,
  EventActor,
  Mention,
  PlaceMention,
  Sentence,
  Token,
} from '../core/types.js';
import type { Dictionaries } from '../dict/index.js';
import {
  articleCountryVia,
  groupMeaning,
  officeOf,
  type ActorIndex,
  type GroupRole,
  type Salience,
} from './actors.js';
import { uniqueCodes, withAddresses } from './addresses.js';
import { afterLocative, conjunctCountry } from './clause-rules.js';
import { makeEventActor, reviseActor } from './event-actor.js';
import type { CopularTable } from './constructions.js';
import type { ContentNouns } from './content-nouns.js';
import { parseSentence, type NounGroup, type SentenceStructure } from './parse/structure.js';
import { chunkIndex, leadingWords, presentWords, type MatchContext } from './patterns.js';
import { findFrameVerb, type VerbHit } from './verb-lookup.js';
import type { VerbDictionary } from './verbs/index.js';

/**
 * What one sentence's coding reads, built once per sentence and passed explicitly to every
 * stage of the coder (frames, refinements, combination, events, salience). The stages are
 * top-level functions over this record rather than closures inside one function: V8 compiles
 * small functions quickly and once, where one function of a thousand lines took seconds to
 * compile and was compiled again after each deoptimisation.
 */
export interface SentenceScope {
  readonly text: string;
  readonly published: string | null;
  readonly tokens: readonly Token[];
  readonly sentence: Sentence;
  /** The sentence's token range [from, to). */
  readonly from: number;
  readonly to: number;
  readonly dates: readonly DateMention[];
  /** Actor mentions, after addresses ("in Tarsk, Ruritania") were made places (addresses.ts). */
  readonly actorMentions: readonly ActorMention[];
  readonly places: readonly PlaceMention[];
  readonly index: ActorIndex;
  readonly structure: SentenceStructure;
  /** What patterns are matched over; null when no frame has a dictionary verb (nothing to match). */
  readonly matchCtx: MatchContext | null;
  /** The dictionary verb of each frame of `structure` (verb-lookup.ts), by frame index. */
  readonly verbHits: readonly (VerbHit | null)[];
  /** What pronouns and role nouns may refer to, from the sentences before. */
  readonly salience: Salience;
  /** The place the sentence is about: the first place after a locative preposition. */
  readonly governedPlace: PlaceMention | undefined;
  /** The country a role noun without a country belongs to (the governed place's, else the article's). */
  readonly localCountry: string | null;
  readonly tracing: boolean;
}

/** The coder's fixed tables, the same for every article. */
export interface CoderSetup {
  readonly dicts: Dictionaries;
  readonly verbs: VerbDictionary;
  readonly futureAsIntent: boolean;
  readonly copular: CopularTable;
  readonly contentNouns: ContentNouns;
}

/** The token of the sentence [from, to) holding character `offset` (the last one when past it). */
function tokenIn(tokens: readonly Token[], from: number, to: number, offset: number): number {
  // the first token ending after `offset` (token ends only grow): a binary search
  let lo = from;
  let hi = Math.max(from, to - 1);
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The scope's token holding character `offset`. */
export function tokenAt(s: SentenceScope, offset: number): number {
  return tokenIn(s.tokens, s.from, s.to, offset);
}

/** Builds one sentence's scope: its mentions, actor index, sparse parse and match context. */
export function createScope(
  text: string,
  published: string | null,
  tokens: readonly Token[],
  sentence: Sentence,
  mentions: readonly Mention[],
  words: readonly string[],
  salience: Salience,
  home: string | null,
  verbs: VerbDictionary,
  tracing: boolean,
): SentenceScope {
  const from = sentence.tokenStart;
  const to = sentence.tokenEnd;
  const at = (offset: number): number => tokenIn(tokens, from, to, offset);
  const dates = mentions.filter((m): m is DateMention => m.kind === 'date');
  // ("in Tarsk, Ruritania": an address names a place, not an actor; addresses.ts)
  const { actorMentions, places } = withAddresses(tokens, from, to, mentions, at);
  const ranges = new Map<ActorMention, readonly [number, number]>();
  const byToken = new Map<number, ActorMention>();
  for (const m of actorMentions) {
    const a = at(m.start);
    let b = a;
    while (b < to && tokens[b]!.start < m.end) b++;
    ranges.set(m, [a, b]);
    byToken.set(a, m);
  }
  const units = mapPacked(
    [...ranges.values(), ...mapPacked(places, (p) => [at(p.start), at(p.end - 1) + 1] as const)],
    ([start, end]) => ({ start, end }),
  );
  const structure = parseSentence(tokens, from, to, units);
  const verbHits = mapPacked(structure.frames, (f) => findFrameVerb(tokens, words, f, verbs, to));
  // (most sentences' verbs are not in the verb dictionary: no pattern is matched in them)
  const present = verbHits.some((hit) => hit !== null) ? presentWords(words, from, to) : null;
  const matchCtx: MatchContext | null = present && {
    tokens,
    words,
    present,
    leading: leadingWords(verbs, present),
    chunks: structure.chunks,
    dict: verbs,
    dateStarts: new Set(mapPacked(dates, (d) => at(d.start))),
    chunkOf: chunkIndex(structure.chunks, from, to),
  };
  // a role noun without a country ("police", "the ministry") belongs to the place the
  // sentence is about, else to the article's main country (of its pair, or the only one it names)
  const governedPlace = places.find((p) => afterLocative(tokens, at(p.start)));
  return {
    text,
    published,
    tokens,
    sentence,
    from,
    to,
    dates,
    actorMentions,
    places,
    index: { byToken, ranges },
    structure,
    matchCtx,
    verbHits,
    salience,
    governedPlace,
    localCountry: governedPlace?.place.country ?? salience.pair?.[0] ?? home,
    tracing,
  };
}

/**
 * Gives role nouns without a country their country: the office's last holder named ("the
 * president" after "President Donald Trump"), the one country of the actors they are listed
 * with ("Fabius and a group of deputies"), else the sentence's local country.
 */
export function localize(s: SentenceScope, actors: EventActor[]): EventActor[] {
  // (most groups hold no role noun without a code: nothing to give a country to)
  if (!actors.some((a) => a.code === null && a.sector)) return actors;
  const with_ = conjunctCountry(actors);
  const country = with_ ?? s.localCountry;
  return mapPacked(actors, (a) => {
    const office = a.code === null && a.sector && !with_ ? officeOf(a.text) : null;
    const holder = office ? s.salience.offices.get(office) : undefined;
    if (holder?.country && a.sector) {
      const person = holder.person && !/^an?\b/i.test(a.text) ? holder.person : undefined;
      return reviseActor(a, {
        code: `${holder.country}${a.sector}`,
        country: holder.country,
        person,
        via: `"${a.text}" -> the last ${office} named (${holder.text})`,
      });
    }
    return a.code === null && a.sector && LOCAL_SECTORS.has(a.sector) && country
      ? reviseActor(a, {
          code: `${country}${a.sector}`,
          country,
          via: with_
            ? `"${a.text}" listed with actors of ${with_}`
            : s.governedPlace
              ? `"${a.text}" in ${s.governedPlace.text} -> ${country}`
              : articleCountryVia(a.text, country),
        })
      : a;
  });
}

/** The actors a noun group names, role nouns localised. */
export function meaning(s: SentenceScope, group: NounGroup | null, role: GroupRole = 'any'): EventActor[] {
  return localize(s, groupMeaning(s.tokens, s.index, group, s.salience, role));
}

/** The countries of the places a noun group names, as actors. */
export function placeActors(s: SentenceScope, group: NounGroup): EventActor[] {
  const first = s.tokens[group.start]!.start;
  const last = s.tokens[group.end - 1]!.end;
  return uniqueCodes(
    mapPacked(
      s.places.filter((p) => p.place.country && p.start >= first && p.end <= last),
      (p) =>
        makeEventActor(
          p.place.country,
          p.place.country,
          null,
          p.place.name,
          p.text,
          p.start,
          p.end,
          undefined,
          `place ${p.place.name} -> ${p.place.country}`,
        ),
    ),
  );
}

/** Role nouns that belong to the place they act in: people and institutions, not "industry" or "media". */
const LOCAL_SECTORS = new Set([
  'GOV',
  'MIL',
  'COP',
  'OPP',
  'REB',
  'CVL',
  'JUD',
  'LEG',
  'REF',
  'LAB',
  'EDU',
  'ELI',
  'SPY',
  'UAF',
  'PPL',
  'CRM',
  'IGO',
  'NGO',
  'MOD',
  'RAD',
  'INS',
  'SEP',
]);
