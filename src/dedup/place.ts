/**
 * The place check: two reports located in different places are different happenings
 * (strikes on two cities the same day, two rallies), so they merge only when at least
 * one is unlocated or their places lie within MAX_PLACE_KM of each other. A report's
 * place is its event's location (the place mention governed by the event, with the
 * gazetteer's coordinates); places without coordinates are compared by name.
 */
import type { DedupPlace } from './types.js';

/** Farther apart than this, two located reports are two happenings (a city and its suburbs are one place). */
export const MAX_PLACE_KM = 75;

const EARTH_RADIUS_KM = 6371;
const RADIANS = Math.PI / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = (b.lat - a.lat) * RADIANS;
  const dLon = (b.lon - a.lon) * RADIANS;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface PlaceVerdict {
  readonly ok: boolean;
  /** Kilometres between the two places; null when either is unlocated or has no coordinates. */
  readonly km: number | null;
  readonly text: string;
}

const label = (p: DedupPlace): string => p.name ?? `${p.lat},${p.lon}`;

/** The place check alone, without its explanation (for grouping many reports). */
export function placesAgree(a: DedupPlace | null, b: DedupPlace | null): { ok: boolean; km: number | null } {
  if (a === null || b === null) return { ok: true, km: null };
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) {
    return { ok: a.name === null || b.name === null || a.name === b.name, km: null };
  }
  const km = distanceKm({ lat: a.lat, lon: a.lon }, { lat: b.lat, lon: b.lon });
  return { ok: km <= MAX_PLACE_KM, km };
}

/** Whether two reports' places allow them to be one happening, and why. */
export function comparePlaces(a: DedupPlace | null, b: DedupPlace | null): PlaceVerdict {
  const { ok, km } = placesAgree(a, b);
  if (a === null || b === null) {
    return { ok, km, text: a === null && b === null ? 'neither is located' : 'only one is located' };
  }
  if (km === null) {
    const same = a.name !== null && a.name === b.name;
    return {
      ok,
      km,
      text: same ? `both at ${a.name}` : `places ${label(a)} and ${label(b)} without coordinates`,
    };
  }
  const rounded = Math.round(km);
  return {
    ok,
    km,
    text: ok
      ? rounded === 0
        ? `both at ${label(a)}`
        : `${label(a)} and ${label(b)} are ${rounded} km apart, within ${MAX_PLACE_KM} km`
      : `places differ: ${label(a)} and ${label(b)} are ${rounded} km apart (more than ${MAX_PLACE_KM} km)`,
  };
}
