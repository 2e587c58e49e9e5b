/**
 * The article's dyad: the two countries its actor mentions name most often. Every actor mention
 * with an ISO3 country counts once (a demonym, a capital, a leader and a ministry all count for
 * their country; organisations have no country and do not count). Ties go to the country
 * mentioned first. Null unless two countries are each mentioned at least MIN_MENTIONS times: a
 * one-line news item naming Ukraine and Russia once each has no dyad to fall back on.
 */
import type { Mention } from '../core/types.js';

const ISO3 = /^[A-Z]{3}$/;
export const MIN_MENTIONS = 2;

export function dominantDyad(mentions: readonly Mention[]): [string, string] | null {
  const counts = new Map<string, { count: number; first: number }>();
  for (const m of mentions) {
    if (m.kind !== 'actor') continue;
    const country = m.actor.country;
    if (!country || !ISO3.test(country)) continue;
    const entry = counts.get(country);
    if (entry) entry.count++;
    else counts.set(country, { count: 1, first: m.start });
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first);
  const [a, b] = ranked;
  return a && b && b[1].count >= MIN_MENTIONS ? [a[0], b[0]] : null;
}
