import type { ActorMention, Mention, PlaceMention } from '../../core/types.js';
import type { ReadContext } from '../context.js';
import { governedAsPlace } from '../places/prepositions.js';
import { actorRef } from './codes.js';

/**
 * Actors, stage 3: capitals. A capital governed by a locative preposition is a place
 * ("met in Beijing"); otherwise it stands for its government ("Beijing recognized",
 * "Official Minsk") and becomes ISO + GOV.
 */
export function resolveCapital(ctx: ReadContext, m: ActorMention, tokenStart: number): Mention {
  if (m.form !== 'capital' || m.actor.country === null) return m;
  const sentence = ctx.sentences[m.sentence]!;
  if (governedAsPlace(ctx.tokens, tokenStart, sentence.tokenStart)) {
    const country = ctx.dicts.countries.get(m.actor.country);
    const candidates = ctx.dicts.gazetteer.lookup(m.text).filter((p) => p.country === m.actor.country);
    const place = candidates.find((p) => p.geonameId === country?.capital?.geonameId) ?? candidates[0];
    const mention: PlaceMention = {
      kind: 'place',
      text: m.text,
      start: m.start,
      end: m.end,
      sentence: m.sentence,
      rule: 'places/capital',
      entry: place?.id ?? m.entry,
      reason: `capital of ${m.actor.country} after a locative preposition`,
      place: {
        name: place?.name ?? m.text,
        country: m.actor.country,
        lat: place?.lat ?? null,
        lon: place?.lon ?? null,
        ...(place?.geonameId ? { geonameId: place.geonameId } : {}),
        ...(place ? { featureClass: place.featureCode } : {}),
      },
    };
    return mention;
  }
  const code = `${m.actor.country}GOV`;
  return {
    ...m,
    rule: 'actors/capital',
    reason: `${m.reason ?? ''}; capital standing for the government of ${m.actor.country}`,
    actor: actorRef(code, m.actor.name, ctx.dicts.countries),
  };
}
