/**
 * dates/overlap-removal — where candidates overlap, the longest wins ("March of this year" over
 * "March", "between 2000 and 2019" over "2000"); between equally long ones, the earlier parser in the
 * configuration. The result is in text order.
 */
import { mapPacked } from '../../../core/packed.js';
import { refiner } from '../refiner.js';
import type { DateCandidate } from '../types.js';

export const overlapRemovalRefiner = refiner(
  'dates/overlap-removal',
  (_context, candidates): readonly DateCandidate[] => {
    const ranked = mapPacked(candidates, (c, order) => ({ c, order })).sort(
      (a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.order - b.order,
    );
    const kept: DateCandidate[] = [];
    for (const { c } of ranked) {
      if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
);
