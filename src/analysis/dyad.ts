/**
 * Dyad views: the store's per-period rows turned into series, index and changes. The
 * only functions here that read the store; the arithmetic is in the pure modules.
 */
import { DyadError } from '../core/errors.js';
import type { Modality } from '../core/types.js';
import type { Partnerships } from '../dict/partnerships.js';
import type { Dataset, SeriesInterval, Store, StoredDesignation, StoredEvent } from '../store/types.js';
import { CHANGE_PARAMS, detectChanges, type ChangeParams, type ChangePoint } from './changes.js';
import { relationshipIndex, type IndexPoint } from './index-score.js';
import { designationEntries, levelAt, referenceEntries, type LevelEntry } from './level.js';
import { countPeriods, periodEnd } from './periods.js';
import { fillSeries, type DyadPeriod } from './series.js';

/** Most periods one view returns (e.g. 27 years of days). */
export const MAX_PERIODS = 10_000;

export type Direction = 'both' | 'ab' | 'ba';

export interface DyadQuery {
  readonly dyad: readonly [string, string];
  /** both (default): either direction; ab: a → b; ba: b → a. */
  readonly direction?: Direction;
  readonly interval?: SeriesInterval;
  readonly from?: string;
  readonly to?: string;
  /** Default: asserted and future (negated and hypothetical events did not happen). */
  readonly modalities?: readonly Modality[];
  readonly dataset?: Dataset;
}

export const DEFAULT_MODALITIES: readonly Modality[] = Object.freeze(['asserted', 'future']);

function storeDyad(q: DyadQuery): { dyad: readonly [string, string]; undirected: boolean } {
  const [a, b] = q.dyad;
  return { dyad: q.direction === 'ba' ? [b, a] : [a, b], undirected: (q.direction ?? 'both') === 'both' };
}

function checkSpan(from: string, to: string, interval: SeriesInterval): void {
  if (countPeriods(from, to, interval) > MAX_PERIODS) {
    throw new DyadError(
      'interval',
      `${interval} periods from ${from} to ${to} are more than ${MAX_PERIODS}: use a longer interval or a shorter range`,
    );
  }
}

/** Every period of the dyad's series, empty ones included (range: from/to, else the data's). */
export async function dyadPeriods(store: Store, q: DyadQuery): Promise<DyadPeriod[]> {
  const interval = q.interval ?? 'month';
  const points = await store.dyadMetrics({
    ...storeDyad(q),
    interval,
    modalities: q.modalities ?? DEFAULT_MODALITIES,
    ...(q.from !== undefined ? { from: q.from } : {}),
    ...(q.to !== undefined ? { to: q.to } : {}),
    ...(q.dataset !== undefined ? { dataset: q.dataset } : {}),
  });
  const from = q.from ?? points[0]?.period;
  const to = q.to ?? points.at(-1)?.period;
  if (from !== undefined && to !== undefined) checkSpan(from, to, interval);
  return fillSeries(points, interval, { ...(from ? { from } : {}), ...(to ? { to } : {}) });
}

/** Every designation between the two keys (either order), oldest first. */
export async function dyadDesignations(
  store: Store,
  dyad: readonly [string, string],
  kind?: StoredDesignation['kind'],
): Promise<StoredDesignation[]> {
  const out: StoredDesignation[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listDesignations({ dyad, limit: 1000, cursor, ...(kind ? { kind } : {}) });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return out;
}

/** The partnership entries of a dyad: its stored designations and, given the table, the reference rows. */
export async function levelEntries(
  store: Store,
  dyad: readonly [string, string],
  partnerships: Partnerships | null,
): Promise<LevelEntry[]> {
  const stored = designationEntries(await dyadDesignations(store, dyad, 'partnership'), dyad);
  return partnerships ? [...stored, ...referenceEntries(partnerships, dyad)] : stored;
}

export interface IndexView {
  readonly periods: readonly DyadPeriod[];
  readonly points: readonly IndexPoint[];
}

/** The relationship index per period. `partnerships`: the reference table, or null to use designations only. */
export async function dyadIndex(
  store: Store,
  q: DyadQuery,
  partnerships: Partnerships | null,
): Promise<IndexView> {
  const periods = await dyadPeriods(store, q);
  const entries = await levelEntries(store, q.dyad, partnerships);
  return { periods, points: relationshipIndex(periods, (day) => levelAt(entries, day)) };
}

/** The index of several dyads over the same periods (the union of their ranges). */
export async function compareDyads(
  store: Store,
  queries: readonly DyadQuery[],
  partnerships: Partnerships | null,
): Promise<IndexView[]> {
  const first = await Promise.all(queries.map((q) => dyadPeriods(store, q)));
  const starts = first.map((p) => p[0]?.period).filter((x): x is string => x !== undefined);
  const ends = first.map((p) => p.at(-1)?.period).filter((x): x is string => x !== undefined);
  if (starts.length === 0) return Promise.all(queries.map(() => ({ periods: [], points: [] })));
  const from = starts.reduce((a, b) => (a < b ? a : b));
  const last = ends.reduce((a, b) => (a > b ? a : b));
  return Promise.all(
    queries.map((q) =>
      dyadIndex(store, { ...q, from, to: periodEnd(last, q.interval ?? 'month') }, partnerships),
    ),
  );
}

export interface ChangeView extends ChangePoint {
  readonly drivers: readonly StoredEvent[];
}

/** The periods that depart from their baseline, each with the events that drive it. */
export async function dyadChanges(
  store: Store,
  q: DyadQuery,
  partnerships: Partnerships | null,
  options: { readonly params?: Partial<ChangeParams>; readonly drivers?: number } = {},
): Promise<ChangeView[]> {
  const { periods, points } = await dyadIndex(store, q, partnerships);
  const params = { ...CHANGE_PARAMS, ...options.params };
  const changes = detectChanges(periods, points, params);
  const driverCount = options.drivers ?? 5;
  return Promise.all(
    changes.map(async (c) => ({
      ...c,
      drivers: await store.topEvents({
        ...storeDyad(q),
        from: c.period,
        to: c.end,
        modalities: q.modalities ?? DEFAULT_MODALITIES,
        order: c.driverOrder,
        limit: driverCount,
        ...(q.dataset !== undefined ? { dataset: q.dataset } : {}),
      }),
    })),
  );
}

/** The leading events of a dyad in a date range. */
export function dyadTopEvents(
  store: Store,
  q: DyadQuery & { readonly order?: 'salience' | 'cooperative' | 'conflictual'; readonly limit?: number },
): Promise<readonly StoredEvent[]> {
  return store.topEvents({
    ...storeDyad(q),
    modalities: q.modalities ?? DEFAULT_MODALITIES,
    ...(q.from !== undefined ? { from: q.from } : {}),
    ...(q.to !== undefined ? { to: q.to } : {}),
    ...(q.dataset !== undefined ? { dataset: q.dataset } : {}),
    ...(q.order !== undefined ? { order: q.order } : {}),
    ...(q.limit !== undefined ? { limit: q.limit } : {}),
  });
}
