/**
 * A dyad's time series with every period present: the store leaves out periods without
 * events, charts and baselines need them as zeros.
 */
import type { MetricsPoint, SeriesInterval } from '../store/types.js';
import { periodEnd, periodsBetween } from './periods.js';

/** One period of a dyad, with its last day. */
export interface DyadPeriod extends MetricsPoint {
  readonly end: string;
}

export function emptyPeriod(period: string, interval: SeriesInterval): DyadPeriod {
  return {
    period,
    end: periodEnd(period, interval),
    events: 0,
    quads: [0, 0, 0, 0],
    roots: {},
    goldstein: { sum: 0, mean: null, count: 0 },
    weight: 0,
    weightedQuads: [0, 0, 0, 0],
    weightedGoldstein: { sum: 0, weight: 0 },
    mentions: 0,
    articles: 0,
  };
}

/**
 * Every period from `from` (default: the first period with events) to `to` (default: the
 * last), with the store's points in place and zeros elsewhere. Points outside the range
 * are dropped. No points and no range: an empty series.
 */
export function fillSeries(
  points: readonly MetricsPoint[],
  interval: SeriesInterval,
  range: { readonly from?: string; readonly to?: string } = {},
): DyadPeriod[] {
  const from = range.from ?? points[0]?.period;
  const to = range.to ?? points.at(-1)?.period;
  if (from === undefined || to === undefined) return [];
  const byPeriod = new Map(points.map((p) => [p.period, p]));
  return periodsBetween(from, to, interval).map((period) => {
    const found = byPeriod.get(period);
    return found ? { ...found, end: periodEnd(period, interval) } : emptyPeriod(period, interval);
  });
}

/** Share of a period's events that are cooperative (quad classes 1 and 2), or null without events. */
export function cooperativeShare(p: MetricsPoint): number | null {
  return p.events === 0 ? null : (p.quads[0] + p.quads[1]) / p.events;
}
