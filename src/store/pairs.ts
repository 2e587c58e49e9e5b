import type { ActorRef } from '../core/types.js';

/** One directed source→target pair of an event, for dyadic tables. */
export interface EventPair {
  readonly source: string;
  readonly target: string;
  /** True for the reversed direction added because the event is reciprocal. */
  readonly mirrored: boolean;
}

/**
 * The key an actor has in dyadic tables: its country, or for actors without one
 * (IGOs, NGOs) the whole actor code. Null when neither is known.
 */
export function actorKey(actor: Pick<ActorRef, 'code' | 'country'>): string | null {
  return actor.country ?? actor.code ?? null;
}

/**
 * Expands an event's actor lists into distinct directed pairs. A reciprocal event
 * ("A and B met", listed as sources [A, B] and targets [A, B]) also yields each reversed
 * pair, marked `mirrored`, and never pairs an actor with itself. This is the
 * only place lists become pairs: the event itself stays one record.
 */
export function expandPairs(
  sources: readonly Pick<ActorRef, 'code' | 'country'>[],
  targets: readonly Pick<ActorRef, 'code' | 'country'>[],
  reciprocal: boolean,
): readonly EventPair[] {
  const sourceKeys = distinctKeys(sources);
  const targetKeys = distinctKeys(targets);
  const seen = new Set<string>();
  const pairs: EventPair[] = [];
  const add = (source: string, target: string, mirrored: boolean): void => {
    const key = `${source}\u0000${target}`;
    if (seen.has(key)) return;
    seen.add(key);
    pairs.push({ source, target, mirrored });
  };
  // a reciprocal event lists its actors on both sides ("A and B met"): an actor paired
  // with itself there is no dyad
  for (const s of sourceKeys) for (const t of targetKeys) if (!reciprocal || s !== t) add(s, t, false);
  if (reciprocal) for (const s of sourceKeys) for (const t of targetKeys) if (s !== t) add(t, s, true);
  return pairs;
}

function distinctKeys(actors: readonly Pick<ActorRef, 'code' | 'country'>[]): string[] {
  const keys: string[] = [];
  for (const actor of actors) {
    const key = actorKey(actor);
    if (key !== null && !keys.includes(key)) keys.push(key);
  }
  return keys;
}
