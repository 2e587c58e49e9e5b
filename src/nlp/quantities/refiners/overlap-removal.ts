/**
 * Settles overlapping candidates: the parser listed first in config.ts wins ("$5 million" is money,
 * not a count of "million"; "three hours" is a duration, not a count), then the longer span, then the
 * earlier one. Returns the survivors in text order. Works cluster by cluster (runs of candidates that
 * overlap one another), so a sentence with thousands of numbers stays linear.
 */
import type { Candidate, QuantityRefiner } from '../types.js';

function preferred(a: Candidate, b: Candidate): number {
  return a.priority - b.priority || b.end - b.start - (a.end - a.start) || a.start - b.start;
}

function settle(cluster: readonly Candidate[]): Candidate[] {
  if (cluster.length === 1) return [...cluster];
  const kept: Candidate[] = [];
  for (const candidate of [...cluster].sort(preferred)) {
    if (!kept.some((k) => candidate.start < k.end && k.start < candidate.end)) kept.push(candidate);
  }
  return kept;
}

export const overlapRemovalRefiner: QuantityRefiner = {
  id: 'quantities/overlap-removal',
  refine(candidates: readonly Candidate[]): readonly Candidate[] {
    if (candidates.length < 2) return candidates;
    const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Candidate[] = [];
    let cluster: Candidate[] = [];
    let clusterEnd = -1;
    for (const candidate of sorted) {
      if (cluster.length > 0 && candidate.start >= clusterEnd) {
        out.push(...settle(cluster));
        cluster = [];
      }
      cluster.push(candidate);
      clusterEnd = Math.max(clusterEnd, candidate.end);
    }
    out.push(...settle(cluster));
    return out.sort((a, b) => a.start - b.start);
  },
};
