import { mapPacked } from '../core/packed.js';
import type { ActorMention, EventActor, Mention, PlaceMention, Token } from '../core/types.js';

/**
 * Addresses: "in Tarsk, Northern Province, Ruritania". A comma chain of proper-noun segments
 * that ends in a country, where every named segment lies in that same country, says where
 * something happened, not who did it: none of its names is an actor of the clause ("a bomb
 * in Tarsk, Ruritania" was not set by Ruritania; "signed in Tarsk, Ruritania" is not signed
 * with Ruritania). The coder takes such mentions as places, so that the country still gives
 * the location and the authorities of "was arrested in Tarsk, Ruritania".
 *
 * A chain is an address when it follows a preposition of place ("in", "near", "on", ...) or
 * when one of its segments before the country is a gazetteer place or names a part of that
 * country. A list of countries ("Ruritania, Freedonia") is no address: its segments name
 * different countries, and a coordinator ("and", "or") ends a chain.
 */

const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'near',
  'outside',
  'on',
  'off',
  'inside',
  'around',
  'across',
  'throughout',
  'within',
  'into',
  'from',
  'to',
]);

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** One comma-separated segment of a possible address: its token range and what it names. */
interface Segment {
  readonly start: number;
  readonly end: number;
  /** Countries the segment's mentions name (actors and places). */
  readonly countries: readonly (string | null)[];
  /** True when the segment holds a gazetteer place. */
  readonly place: boolean;
  readonly actors: readonly ActorMention[];
}

/** Marks and particles inside a place name ("Oke-Ode", "Ras al-Ain", "Santa Cruz de la Sierra"). */
const NAME_INNER = new Set(['-', '–', "'", '’', 'al', 'el', 'de', 'del', 'da', 'la', 'le']);

function capitalised(token: Token): boolean {
  const c = token.text[0] ?? '';
  return c !== c.toLowerCase();
}

/** True when a token can be part of a place name: capitalised, or a mark or particle inside it. */
function namePart(tokens: readonly Token[], t: number, from: number): boolean {
  const token = tokens[t]!;
  if (capitalised(token)) return true;
  return NAME_INNER.has(token.norm) && t + 1 < tokens.length && t > from && capitalised(tokens[t - 1]!);
}

/**
 * The actor mentions of sentence tokens `[from, to)` that are part of an address. `actorAt`
 * and `placeAt` give the mention starting at a token and its end token (exclusive).
 */
export function addressActors(
  tokens: readonly Token[],
  from: number,
  to: number,
  actorAt: ReadonlyMap<number, readonly [ActorMention, number]>,
  placeAt: ReadonlyMap<number, readonly [PlaceMention, number]>,
): Set<ActorMention> {
  const found = new Set<ActorMention>();
  for (const [start, [m, end]] of actorAt) {
    // the last segment: a country named alone ("Ruritania"), right after a comma, heading no
    // phrase of its own ("Smith, Ruritania's envoy", "Smith, Ruritanian envoy")
    if (m.form !== 'country' || m.actor.sector !== null || m.actor.country === null) continue;
    if (start - 1 < from || tokens[start - 1]!.text !== ',') continue;
    const next = end < to ? tokens[end]! : null;
    if (next && (NOMINAL.has(next.pos) || next.norm === "'s" || next.norm === "'")) continue;
    const country = m.actor.country;
    const chain: Segment[] = [];
    let k = start - 1; // the comma before the current segment
    while (k > from && tokens[k]!.text === ',') {
      const segment = segmentBefore(tokens, from, k, actorAt, placeAt);
      if (!segment) break;
      if (segment.countries.some((c) => c !== country)) break;
      chain.push(segment);
      k = segment.start - 1;
    }
    if (chain.length === 0) continue;
    const first = chain[chain.length - 1]!;
    const before = tokens[first.start - 1];
    const governed = before !== undefined && first.start - 1 >= from && PLACE_PREPOSITIONS.has(before.norm);
    // (a person of that country before it is no place: "the president, Ruritania's ...")
    const named = chain.some((s) => s.place || s.actors.some((a) => a.form === 'country'));
    if (!governed && !named) continue;
    found.add(m);
    for (const s of chain) for (const a of s.actors) found.add(a);
  }
  return found;
}

/**
 * The segment of capitalised words (and the mentions among them) ending right before the
 * comma at `comma`, or null when a word there is not part of a name.
 */
function segmentBefore(
  tokens: readonly Token[],
  from: number,
  comma: number,
  actorAt: ReadonlyMap<number, readonly [ActorMention, number]>,
  placeAt: ReadonlyMap<number, readonly [PlaceMention, number]>,
): Segment | null {
  // the segment's start: walk back over capitalised words to a comma, a lower-case word or
  // the sentence start
  let start = comma;
  while (start - 1 >= from) {
    if (tokens[start - 1]!.text === ',' || !namePart(tokens, start - 1, from)) break;
    start--;
  }
  // (an empty run, or one opening the sentence, which is its subject, is no address)
  if (start === comma || start === from) return null;
  const countries: (string | null)[] = [];
  const actors: ActorMention[] = [];
  let place = false;
  for (let t = start; t < comma;) {
    const a = actorAt.get(t);
    if (a) {
      if (a[1] > comma) return null;
      actors.push(a[0]);
      countries.push(a[0].actor.country);
      t = a[1];
      continue;
    }
    const p = placeAt.get(t);
    if (p) {
      if (p[1] > comma) return null;
      place = true;
      countries.push(p[0].place.country);
      t = p[1];
      continue;
    }
    t++;
  }
  return { start, end: comma, countries, place, actors };
}

/**
 * A sentence's actor and place mentions for the coder, the actors of an address turned into
 * places of their country (`rule` "places/address").
 */
export function withAddresses(
  tokens: readonly Token[],
  from: number,
  to: number,
  mentions: readonly Mention[],
  tokenAt: (offset: number) => number,
): { actorMentions: ActorMention[]; places: PlaceMention[] } {
  const actorMentions = mentions.filter((m): m is ActorMention => m.kind === 'actor');
  const places = mentions.filter((m): m is PlaceMention => m.kind === 'place');
  // only a country named right after a comma can end an address
  const ends = actorMentions.some((m) => {
    const t = tokenAt(m.start);
    return t > from && tokens[t - 1]!.text === ',' && m.form === 'country';
  });
  if (!ends) return { actorMentions, places };
  const span = (m: Mention): number => {
    let b = tokenAt(m.start);
    while (b < to && tokens[b]!.start < m.end) b++;
    return b;
  };
  const actorAt = new Map(mapPacked(actorMentions, (m) => [tokenAt(m.start), [m, span(m)] as const]));
  const placeAt = new Map(mapPacked(places, (p) => [tokenAt(p.start), [p, span(p)] as const]));
  const address = addressActors(tokens, from, to, actorAt, placeAt);
  if (address.size === 0) return { actorMentions, places };
  const asPlaces = mapPacked([...address], (m): PlaceMention => ({
    kind: 'place',
    text: m.text,
    start: m.start,
    end: m.end,
    sentence: m.sentence,
    rule: 'places/address',
    entry: m.entry,
    reason: `part of an address ending in ${m.actor.country ?? 'a country'}`,
    place: { name: m.text, country: m.actor.country, lat: null, lon: null },
  }));
  return {
    actorMentions: actorMentions.filter((m) => !address.has(m)),
    places: [...places, ...asPlaces].sort((a, b) => a.start - b.start),
  };
}

/** Actors with their first mention of each code ("Tarsk, Ruritania" -> one Ruritania). */
export function uniqueCodes(actors: EventActor[]): EventActor[] {
  const seen = new Set<string | null>();
  return actors.filter((a) => !seen.has(a.code) && seen.add(a.code) !== undefined);
}
