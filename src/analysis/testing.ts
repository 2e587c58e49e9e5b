/** Synthetic per-period rows for the analytics tests. */
import type { MetricsPoint } from '../store/types.js';

export interface EventSpec {
  readonly quad: 1 | 2 | 3 | 4;
  readonly goldstein: number | null;
  readonly mentions?: number;
  readonly root?: string;
}

/** The store's row for a period holding these events (weights as the store computes them). */
export function metrics(period: string, events: readonly EventSpec[]): MetricsPoint {
  const quads: [number, number, number, number] = [0, 0, 0, 0];
  const weightedQuads: [number, number, number, number] = [0, 0, 0, 0];
  const roots: Record<string, number> = {};
  let gSum = 0;
  let gCount = 0;
  let weight = 0;
  let wg = 0;
  let wgWeight = 0;
  let mentions = 0;
  for (const e of events) {
    const m = e.mentions ?? 1;
    const w = 1 + Math.log(m);
    quads[e.quad - 1] = quads[e.quad - 1]! + 1;
    weightedQuads[e.quad - 1] = weightedQuads[e.quad - 1]! + w;
    const root = e.root ?? ['04', '07', '11', '17'][e.quad - 1]!;
    roots[root] = (roots[root] ?? 0) + 1;
    weight += w;
    mentions += m;
    if (e.goldstein !== null) {
      gSum += e.goldstein;
      gCount += 1;
      wg += w * e.goldstein;
      wgWeight += w;
    }
  }
  return {
    period,
    events: events.length,
    quads,
    roots,
    goldstein: { sum: gSum, mean: gCount > 0 ? gSum / gCount : null, count: gCount },
    weight,
    weightedQuads,
    weightedGoldstein: { sum: wg, weight: wgWeight },
    mentions,
    articles: 0,
  };
}
