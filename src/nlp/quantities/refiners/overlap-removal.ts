/**
 * Settles overlapping candidates: the parser listed first in config.ts wins ("$5 million" is money,
 * not a count of "million"; "three hours" is a duration, not a count), then the longer span, then the
 * earlier one. Returns the survivors in text order.
 */
import type { Candidate, QuantityRefiner } from '../types.js';

function preferred(a: Candidate, b: Candidate): number {
  return a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

export const overlapRemovalRefiner: QuantityRefiner = {
  id: 'quantities/overlap-removal',
  refine(candidates: readonly Candidate[]): readonly Candidate[] {
    if (candidates.length < 2) return candidates;
    const kept: Candidate[] = [];
    for (const candidate of [...candidates].sort(preferred)) {
      if (!kept.some((k) => candidate.start < k.end && k.start < candidate.end)) kept.push(candidate);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
