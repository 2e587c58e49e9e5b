import type { EventActor } from '../core/types.js';

/**
 * Every event actor the coder makes is made here, with its fields always in one order: the seven
 * fields every actor has, then `person` and `via` when it has them. V8 gives an object literal a
 * hidden class per shape, and an object spread (`{ ...a, via }`) one that changes as the spread's
 * inline cache warms up, so actors copied by spread had hundreds of hidden classes; every function
 * reading them was compiled for the ones it had seen, thrown away at the next, and compiled again.
 * Made here, an actor has one of four.
 */
export function makeEventActor(
  code: string | null,
  country: string | null,
  sector: string | null,
  name: string | null,
  text: string,
  start: number,
  end: number,
  person: string | undefined,
  via: string | undefined,
): EventActor {
  if (person === undefined) {
    return via === undefined
      ? { code, country, sector, name, text, start, end }
      : { code, country, sector, name, text, start, end, via };
  }
  return via === undefined
    ? { code, country, sector, name, text, start, end, person }
    : { code, country, sector, name, text, start, end, person, via };
}

/**
 * What a revision of an actor changes. A field left out keeps the actor's value; `person: null`
 * drops the person (the actor no longer names one).
 */
export interface ActorRevision {
  readonly code?: string | null;
  readonly country?: string | null;
  readonly sector?: string | null;
  readonly text?: string;
  readonly start?: number;
  readonly end?: number;
  readonly person?: string | null;
  readonly via?: string;
}

/** `a` with the fields of `r` changed (see `ActorRevision`). */
export function reviseActor(a: EventActor, r: ActorRevision): EventActor {
  return makeEventActor(
    r.code === undefined ? a.code : r.code,
    r.country === undefined ? a.country : r.country,
    r.sector === undefined ? a.sector : r.sector,
    a.name,
    r.text ?? a.text,
    r.start ?? a.start,
    r.end ?? a.end,
    r.person === undefined ? a.person : (r.person ?? undefined),
    r.via ?? a.via,
  );
}
