import { DyadError } from '../core/errors.js';
import {
  checkEventQuery,
  checkModalities,
  checkSeriesQuery,
  isIsoDay,
  nonEmpty,
  pageLimit,
} from './query.js';
import type { ActorKeyQuery, DesignationQuery, FactQuery, MetricsQuery, TopEventsQuery } from './types.js';

/** Parameter checks for the analytics reads; each throws DyadError naming the bad parameter. */

export function checkMetricsQuery(query: MetricsQuery): void {
  const { modalities, ...rest } = query ?? ({} as MetricsQuery);
  checkSeriesQuery(rest);
  checkModalities(modalities);
}

export function checkTopEventsQuery(query: TopEventsQuery): number {
  if ((query?.dyad === undefined) === (query?.actor === undefined)) {
    throw new DyadError('dyad', 'top events need either a dyad or an actor');
  }
  const { dyad, undirected, actor, from, to, modalities, dataset } = query;
  checkEventQuery({
    ...(dyad ? { dyad } : {}),
    ...(actor !== undefined ? { actor } : {}),
    undirected,
    from,
    to,
    modalities,
    dataset,
  });
  if (query.notWith !== undefined && !nonEmpty(query.notWith))
    throw new DyadError('notWith', 'must not be empty');
  if (
    query.roots !== undefined &&
    (!Array.isArray(query.roots) || !query.roots.every((r) => /^\d{2}$/.test(r)))
  ) {
    throw new DyadError('roots', 'must be a list of two-digit CAMEO roots');
  }
  if (query.order !== undefined && !['salience', 'cooperative', 'conflictual'].includes(query.order)) {
    throw new DyadError(
      'order',
      `must be salience, cooperative or conflictual; got "${String(query.order)}"`,
    );
  }
  return pageLimit({ limit: query.limit ?? 10 });
}

function checkDyadAndDates(query: {
  readonly dyad?: readonly [string, string];
  readonly party?: string;
  readonly articleId?: string;
  readonly from?: string;
  readonly to?: string;
}): void {
  if (query.dyad !== undefined) {
    const [a, b] = query.dyad;
    if (query.dyad.length !== 2 || !nonEmpty(a) || !nonEmpty(b)) {
      throw new DyadError('dyad', 'must be two actor keys, e.g. ["CHN", "BLR"]');
    }
  }
  if (query.party !== undefined && !nonEmpty(query.party)) throw new DyadError('party', 'must not be empty');
  if (query.articleId !== undefined && !nonEmpty(query.articleId)) {
    throw new DyadError('articleId', 'must not be empty');
  }
  for (const name of ['from', 'to'] as const) {
    const value = query[name];
    if (value !== undefined && !isIsoDay(value)) {
      throw new DyadError(name, `must be a day YYYY-MM-DD, got "${value}"`);
    }
  }
}

export function checkFactQuery(query: FactQuery): number {
  checkDyadAndDates(query);
  if (query.kind !== undefined && !nonEmpty(query.kind)) throw new DyadError('kind', 'must not be empty');
  return pageLimit(query);
}

export function checkDesignationQuery(query: DesignationQuery): number {
  checkDyadAndDates(query);
  if (query.kind !== undefined && !['partnership', 'membership', 'initiative'].includes(query.kind)) {
    throw new DyadError('kind', `must be partnership, membership or initiative; got "${String(query.kind)}"`);
  }
  return pageLimit(query);
}

export function checkActorKeyQuery(query: ActorKeyQuery): number {
  if (query.prefix !== undefined && typeof query.prefix !== 'string') {
    throw new DyadError('prefix', 'must be a string');
  }
  if (query.keys !== undefined && (!Array.isArray(query.keys) || !query.keys.every(nonEmpty))) {
    throw new DyadError('keys', 'must be a list of actor keys');
  }
  return pageLimit({ limit: query.limit ?? 20 });
}
