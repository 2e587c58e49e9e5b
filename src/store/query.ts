import { DyadError } from '../core/errors.js';
import type { EventQuery, PageQuery, SeriesQuery } from './types.js';
import { DATASETS } from './types.js';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const MODALITIES = new Set(['asserted', 'negated', 'future', 'hypothetical']);
const MENTION_KINDS = new Set(['actor', 'date', 'place', 'quantity']);

/** The page size a query asks for, checked. */
export function pageLimit(query: PageQuery | undefined): number {
  const limit = query?.limit ?? DEFAULT_LIMIT;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new DyadError('limit', `must be an integer from 1 to ${MAX_LIMIT}, got ${String(limit)}`);
  }
  return limit;
}

/** True when `value` is a real calendar day written YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

export function checkMentionKind(kind: string | undefined): void {
  if (kind !== undefined && !MENTION_KINDS.has(kind)) {
    throw new DyadError('kind', `must be one of actor, date, place, quantity; got "${kind}"`);
  }
}

/** Checks an event query's filters, throwing DyadError naming the bad parameter. */
export function checkEventQuery(query: EventQuery): void {
  pageLimit(query);
  if (query.dyad !== undefined) {
    const [a, b] = query.dyad;
    if (query.dyad.length !== 2 || !nonEmpty(a) || !nonEmpty(b)) {
      throw new DyadError('dyad', 'must be two actor keys, e.g. ["CHN", "BLR"]');
    }
  }
  if (query.actor !== undefined && !nonEmpty(query.actor)) throw new DyadError('actor', 'must not be empty');
  for (const name of ['from', 'to'] as const) {
    const value = query[name];
    if (value !== undefined && !isIsoDay(value))
      throw new DyadError(name, `must be a day YYYY-MM-DD, got "${value}"`);
  }
  if (query.root !== undefined && !/^\d{2}$/.test(query.root)) {
    throw new DyadError('root', `must be a two-digit CAMEO root, got "${query.root}"`);
  }
  if (query.code !== undefined && !/^\d{2,4}$/.test(query.code)) {
    throw new DyadError('code', `must be a CAMEO code of 2 to 4 digits, got "${query.code}"`);
  }
  if (query.quad !== undefined && ![1, 2, 3, 4].includes(query.quad)) {
    throw new DyadError('quad', `must be 1, 2, 3 or 4, got ${String(query.quad)}`);
  }
  if (query.modality !== undefined && !MODALITIES.has(query.modality)) {
    throw new DyadError(
      'modality',
      `must be asserted, negated, future or hypothetical; got "${query.modality}"`,
    );
  }
  if (query.dataset !== undefined && !DATASETS.includes(query.dataset)) {
    throw new DyadError('dataset', `must be one of ${DATASETS.join(', ')}; got "${query.dataset}"`);
  }
  checkModalities(query.modalities);
  if (query.text !== undefined && (typeof query.text !== 'string' || query.text.length > 1000)) {
    throw new DyadError('text', 'must be a string of at most 1000 characters');
  }
  if (query.order !== undefined && query.order !== 'asc' && query.order !== 'desc') {
    throw new DyadError('order', `must be asc or desc, got "${String(query.order)}"`);
  }
}

/** Checks a list of modalities (undefined: no filter). */
export function checkModalities(modalities: readonly string[] | undefined): void {
  if (modalities === undefined) return;
  if (!Array.isArray(modalities) || modalities.length === 0) {
    throw new DyadError('modalities', 'must be a non-empty list');
  }
  for (const m of modalities) {
    if (!MODALITIES.has(m)) {
      throw new DyadError('modalities', `must be asserted, negated, future or hypothetical; got "${m}"`);
    }
  }
}

export function nonEmpty(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

const INTERVALS = new Set(['day', 'week', 'month', 'quarter', 'year']);

/** Checks a time-series query, throwing DyadError naming the bad parameter. */
export function checkSeriesQuery(query: SeriesQuery): void {
  if (query?.dyad === undefined) throw new DyadError('dyad', 'is required for a time series');
  const { dyad, from, to, modality, dataset, undirected } = query;
  checkEventQuery({ dyad, from, to, modality, dataset, undirected });
  if (query.interval !== undefined && !INTERVALS.has(query.interval)) {
    throw new DyadError(
      'interval',
      `must be day, week, month, quarter or year; got "${String(query.interval)}"`,
    );
  }
}
