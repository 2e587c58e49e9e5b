import type { ActorMention, Mention, PlaceMention } from '../../core/types.js';
import { reviseActorMention } from '../../core/actor-mention.js';
import type { Place } from '../../dict/index.js';
import type { ReadContext } from '../context.js';
import { governedAsPlace } from '../places/prepositions.js';
import { actorRef } from './codes.js';

/**
 * The gazetteer's place for a capital named `name` in `country`: the one the countries table
 * gives as its capital, else the most populous of that name in the country. (Loops, not
 * filter/find: an empty filtered list has another array map than a full one, and the optimised
 * code was thrown away each time the other one came.)
 */
function capitalPlace(ctx: ReadContext, name: string, country: string): Place | undefined {
  const capitalId = ctx.dicts.countries.get(country)?.capital?.geonameId;
  let first: Place | undefined;
  for (const p of ctx.dicts.gazetteer.lookup(name)) {
    if (p.country !== country) continue;
    if (p.geonameId === capitalId) return p;
    first ??= p;
  }
  return first;
}

/**
 * Actors, stage 3: capitals. A capital governed by a locative preposition is a place
 * ("met in Beijing"); otherwise it stands for its government ("Beijing recognized",
 * "Official Minsk") and becomes ISO + GOV.
 */
export function resolveCapital(ctx: ReadContext, m: ActorMention, tokenStart: number): Mention {
  if (m.form !== 'capital' || m.actor.country === null) return m;
  const sentence = ctx.sentences[m.sentence]!;
  if (governedAsPlace(ctx.tokens, tokenStart, sentence.tokenStart)) {
    const country = m.actor.country;
    const place = capitalPlace(ctx, m.text, country);
    const mention: PlaceMention = {
      kind: 'place',
      text: m.text,
      start: m.start,
      end: m.end,
      sentence: m.sentence,
      rule: 'places/capital',
      entry: place?.id ?? m.entry,
      reason: `capital of ${country} after a locative preposition`,
      // the same fields in the same order as ever: geonameId only for GeoNames places,
      // featureClass only for a place the gazetteer knows
      place:
        place === undefined
          ? { name: m.text, country, lat: null, lon: null }
          : place.geonameId
            ? {
                name: place.name,
                country,
                lat: place.lat,
                lon: place.lon,
                geonameId: place.geonameId,
                featureClass: place.featureCode,
              }
            : { name: place.name, country, lat: place.lat, lon: place.lon, featureClass: place.featureCode },
    };
    return mention;
  }
  const code = `${m.actor.country}GOV`;
  return reviseActorMention(
    m,
    'actors/capital',
    `${m.reason ?? ''}; capital standing for the government of ${m.actor.country}`,
    actorRef(code, m.actor.name, ctx.dicts.countries),
  );
}
