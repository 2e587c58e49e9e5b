import { mapPacked } from '../core/packed.js';
import type { ActorMention, EventActor, PlaceMention } from '../core/types.js';
import { hasArticleCountry } from './actors.js';
import { reviseActor } from './event-actor.js';

/**
 * The people a foreign force hits are those of the place it hits. A role noun with no
 * country of its own ("people", "civilians") takes the article's main country (coder.ts,
 * `localize`); in "Israeli airstrikes on southern Lebanon kill 32 people" that is the
 * attacker's, which would make an attack abroad look like one at home. For force (18x-20x),
 * a victim given the source's country only by that guess takes instead the one other
 * country the sentence names (as an actor or through a place); with none, or several, it is
 * left as it was.
 */

/** CAMEO roots of force: assault, fight, mass violence. */
const FORCE_ROOTS: ReadonlySet<string> = new Set(['18', '19', '20']);

/**
 * Sectors of people a force strikes where they are (civilians, police, refugees); fighters
 * ("killed dozens of RSF fighters") are as often the attacker's own countrymen.
 */
const VICTIM_SECTORS: ReadonlySet<string> = new Set(['PPL', 'CVL', 'COP', 'REF']);

/** The one country the sentence names other than `own`, or null. */
function otherCountry(
  actors: readonly ActorMention[],
  places: readonly PlaceMention[],
  own: ReadonlySet<string>,
): string | null {
  const found = new Set<string>();
  for (const m of actors) if (m.actor.country && !own.has(m.actor.country)) found.add(m.actor.country);
  for (const p of places) if (p.place.country && !own.has(p.place.country)) found.add(p.place.country);
  return found.size === 1 ? [...found][0]! : null;
}

/** The targets of a force event, its guessed victims moved to the country attacked (see above). */
export function victimsWhereHit(
  root: string,
  sources: readonly EventActor[],
  targets: readonly EventActor[],
  actors: readonly ActorMention[],
  places: readonly PlaceMention[],
): readonly EventActor[] {
  if (!FORCE_ROOTS.has(root)) return targets;
  const own = new Set(mapPacked(sources, (a) => a.country).filter((c): c is string => c !== null));
  const guessed = (a: EventActor): boolean =>
    a.country !== null &&
    own.has(a.country) &&
    a.sector !== null &&
    VICTIM_SECTORS.has(a.sector) &&
    hasArticleCountry(a);
  if (!targets.some(guessed)) return targets;
  const country = otherCountry(actors, places, own);
  if (!country) return targets;
  return mapPacked(targets, (a) =>
    guessed(a)
      ? reviseActor(a, {
          code: `${country}${a.sector}`,
          country,
          via: `"${a.text}" where the force struck: ${country}`,
        })
      : a,
  );
}
