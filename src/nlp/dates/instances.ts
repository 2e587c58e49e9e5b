/**
 * Choosing which occurrence of a year-less period is meant ("March", "Tuesday", "the summer",
 * "the third quarter"), relative to the reference date.
 */
import type { DateValue } from '../../core/types.js';

/**
 * - `past`: the latest occurrence that has started on or before the reference date (the current one counts);
 * - `future`: the earliest occurrence that has not ended before the reference date (the current one counts);
 * - `last`: the latest occurrence that ended before the reference date ("last March");
 * - `next`: the earliest occurrence that starts after the reference date ("next March");
 * - `nearest`: the one holding the reference date, else the one closest to it (the earlier on a tie).
 */
export type Pick = 'past' | 'future' | 'last' | 'next' | 'nearest';

/** Days from the reference date to the occurrence (0 when it holds the reference date). */
function distance(o: DateValue, referenceIso: string): number {
  if (o.start <= referenceIso && referenceIso <= o.end) return 0;
  const ref = Date.parse(`${referenceIso}T00:00:00Z`);
  const edge = Date.parse(`${o.start > referenceIso ? o.start : o.end}T00:00:00Z`);
  return Math.abs(edge - ref) / 86_400_000;
}

/** The occurrence `pick` selects among `options` (any order; nulls ignored), or null. */
export function pickOccurrence(
  options: readonly (DateValue | null)[],
  referenceIso: string,
  pick: Pick,
): DateValue | null {
  let best: DateValue | null = null;
  for (const o of options) {
    if (!o) continue;
    switch (pick) {
      case 'past':
        if (o.start <= referenceIso && (!best || o.start > best.start)) best = o;
        break;
      case 'future':
        if (o.end >= referenceIso && (!best || o.start < best.start)) best = o;
        break;
      case 'last':
        if (o.end < referenceIso && (!best || o.end > best.end)) best = o;
        break;
      case 'next':
        if (o.start > referenceIso && (!best || o.start < best.start)) best = o;
        break;
      case 'nearest': {
        const d = distance(o, referenceIso);
        const b = best ? distance(best, referenceIso) : Infinity;
        if (d < b || (d === b && best && o.start < best.start)) best = o;
        break;
      }
    }
  }
  return best;
}

/**
 * `make(year)` for the years within `radius` of the reference year, for `pickOccurrence`. Days need a
 * radius of 8 so that February 29 always has an occurrence either side (1900 and 2100 are not leap years).
 */
export function aroundYear(
  referenceYear: number,
  make: (year: number) => DateValue | null,
  radius = 2,
): (DateValue | null)[] {
  const out: (DateValue | null)[] = [];
  for (let y = referenceYear - radius; y <= referenceYear + radius; y += 1) out.push(make(y));
  return out;
}
