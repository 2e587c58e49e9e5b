/**
 * Grouping reports into events. Reports are compared pairwise (only those sharing a
 * candidate key and close enough in date), then taken in lead order (lead.ts): the
 * first report not yet grouped leads a new group and takes every ungrouped report
 * compatible with it. Every member is compatible with its lead (so the lead explains
 * each merge) and no two leads are compatible. Groups never chain: three daily reports
 * of one story make one group around the middle day, a fourth day a second group.
 *
 * The result depends only on the set of reports, never on their order.
 */
import { compareLead } from './lead.js';
import { matches, prepare, type Prepared } from './prepared.js';
import type { Cluster, DedupItem } from './types.js';
import { DAY_TOLERANCE } from './window.js';

/** For each report (by id), the reports it may be one event with. */
export function compatibilityGraph<T extends DedupItem>(items: readonly T[]): Map<string, T[]> {
  const neighbours = new Map<string, T[]>(items.map((item) => [item.id, []]));
  const buckets = new Map<string, Prepared<T>[]>();
  for (const item of items) {
    if (item.date === null) continue;
    const p = prepare(item);
    for (const key of p.keys) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(p);
      else buckets.set(key, [p]);
    }
  }
  const seen = new Set<string>();
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    bucket.sort((a, b) => a.start - b.start);
    for (let i = 0; i < bucket.length; i += 1) {
      const a = bucket[i]!;
      // A compatible report starts at most a day's tolerance after `a` ends.
      const reach = a.end + DAY_TOLERANCE;
      for (let j = i + 1; j < bucket.length; j += 1) {
        const b = bucket[j]!;
        if (b.start > reach) break;
        const x = a.item.id;
        const y = b.item.id;
        if (x === y) continue;
        const edge = x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
        if (seen.has(edge)) continue;
        seen.add(edge);
        if (!matches(a, b)) continue;
        neighbours.get(x)!.push(b.item);
        neighbours.get(y)!.push(a.item);
      }
    }
  }
  return neighbours;
}

/** Groups reports of the same happening; groups come in lead order. Ids must be distinct. */
export function clusterItems<T extends DedupItem>(items: readonly T[]): Cluster<T>[] {
  const graph = compatibilityGraph(items);
  const degree = (item: DedupItem) => graph.get(item.id)?.length ?? 0;
  const order = [...items].sort((a, b) => compareLead(a, b, degree));
  const grouped = new Set<string>();
  const clusters: Cluster<T>[] = [];
  for (const lead of order) {
    if (grouped.has(lead.id)) continue;
    grouped.add(lead.id);
    const others = (graph.get(lead.id) ?? []).filter((n) => !grouped.has(n.id));
    for (const n of others) grouped.add(n.id);
    others.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    clusters.push({ lead, members: [lead, ...others] });
  }
  return clusters;
}
