/**
 * Reads for the analytics, the API and the brief: per-period metrics of a dyad, top
 * events, event reports, facts, designations and actor keys. As in read.ts, every user
 * value is a bound parameter; SQL text is assembled from fixed fragments only.
 */
import { LIST, VARCHAR, listValue, type DuckDBConnection } from '@duckdb/node-api';
import { DyadError } from '../../core/errors.js';
import type { Modality } from '../../core/types.js';
import {
  checkActorKeyQuery,
  checkDesignationQuery,
  checkFactQuery,
  checkMetricsQuery,
  checkTopEventsQuery,
} from '../analytics-query.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type {
  ActorKeyCount,
  ActorKeyQuery,
  ArticleRef,
  DesignationQuery,
  EventReportQuery,
  FactQuery,
  MetricsPoint,
  MetricsQuery,
  Page,
  StoredDesignation,
  StoredEvent,
  StoredEventReport,
  StoredFact,
  TopEventsQuery,
} from '../types.js';
import {
  EVENT_SELECT,
  TRUNCATE,
  modalityCondition,
  page,
  pairCondition,
  rows,
  snapshot,
  whereClause,
  type Params,
} from './read.js';
import {
  codedEventFrom,
  designationFrom,
  factFrom,
  num,
  sentenceFrom,
  storedEventFrom,
  str,
  type RowObject,
} from './records.js';

/** The weight of an event reported `num_mentions` times (see MetricsPoint). */
const WEIGHT = '(1 + ln(greatest(coalesce(p.num_mentions, 1), 1)))';

/**
 * Conditions on event_pairs `p` for a dyad (or one actor), dated events, dates, modalities,
 * roots and dataset. Every user value is bound as a parameter.
 */
function pairFilter(
  query: {
    readonly dyad?: readonly [string, string];
    readonly undirected?: boolean;
    readonly actor?: string;
    readonly notWith?: string;
    readonly from?: string;
    readonly to?: string;
    readonly modalities?: readonly Modality[];
    readonly roots?: readonly string[];
    readonly dataset?: string;
  },
  params: Params,
): string[] {
  const pairs = ['p.date_start IS NOT NULL'];
  if (query.dyad) {
    params.dyadA = query.dyad[0];
    params.dyadB = query.dyad[1];
    pairs.push(pairCondition(query.undirected));
  } else if (query.actor !== undefined) {
    params.actor = query.actor;
    pairs.push('(p.source_country = $actor OR p.target_country = $actor)');
    if (query.notWith !== undefined) {
      params.notWith = query.notWith;
      pairs.push(`p.event_id NOT IN (SELECT q.event_id FROM event_pairs q
        WHERE (q.source_country = $actor AND q.target_country = $notWith)
           OR (q.source_country = $notWith AND q.target_country = $actor))`);
    }
  }
  if (query.from !== undefined) {
    params.from = query.from;
    pairs.push('p.date_start >= $from::DATE');
  }
  if (query.to !== undefined) {
    params.to = query.to;
    pairs.push('p.date_start <= $to::DATE');
  }
  if (query.modalities !== undefined) pairs.push(modalityCondition('p', query.modalities, params));
  if (query.roots !== undefined) {
    const names = query.roots.map((r, i) => {
      params[`r${i}`] = r;
      return `$r${i}`;
    });
    pairs.push(names.length > 0 ? `p.root IN (${names.join(', ')})` : 'false');
  }
  if (query.dataset !== undefined) {
    params.dataset = query.dataset;
    pairs.push('p.dataset = $dataset');
  }
  return pairs;
}

export function dyadMetrics(conn: DuckDBConnection, query: MetricsQuery): Promise<MetricsPoint[]> {
  checkMetricsQuery(query);
  return snapshot(conn, () => readMetrics(conn, query));
}

async function readMetrics(conn: DuckDBConnection, query: MetricsQuery): Promise<MetricsPoint[]> {
  const params: Params = {};
  const where = pairFilter(query, params);
  const part = TRUNCATE[query.interval ?? 'month'];
  // j: the dyad's events, each once (its pairs carry the same event columns), with period and weight.
  const found = await rows(
    conn,
    `WITH j AS MATERIALIZED (
       SELECT DISTINCT p.event_id, date_trunc(${part}, p.date_start) AS period, p.quad, p.root, p.goldstein,
         coalesce(p.num_mentions, 1) AS num_mentions, ${WEIGHT} AS w
       FROM event_pairs p WHERE ${where.join(' AND ')}
     ), arts AS (
       SELECT j.period, count(DISTINCT m.article_id) AS articles
       FROM j JOIN event_mentions m ON m.event_id = j.event_id
       WHERE m.article_id IS NOT NULL GROUP BY j.period
     ), agg AS (
       SELECT period, count(*) AS events,
         count(*) FILTER (WHERE quad = 1) AS q1, count(*) FILTER (WHERE quad = 2) AS q2,
         count(*) FILTER (WHERE quad = 3) AS q3, count(*) FILTER (WHERE quad = 4) AS q4,
         histogram(root) FILTER (WHERE root IS NOT NULL) AS roots,
         sum(goldstein) AS g_sum, avg(goldstein) AS g_mean, count(goldstein) AS g_count,
         sum(w) AS w, sum(w) FILTER (WHERE quad = 1) AS w1, sum(w) FILTER (WHERE quad = 2) AS w2,
         sum(w) FILTER (WHERE quad = 3) AS w3, sum(w) FILTER (WHERE quad = 4) AS w4,
         sum(w * goldstein) AS wg_sum, sum(w) FILTER (WHERE goldstein IS NOT NULL) AS wg_weight,
         sum(num_mentions) AS mentions
       FROM j GROUP BY period
     )
     SELECT strftime(agg.period, '%Y-%m-%d') AS period, agg.* EXCLUDE (period), coalesce(arts.articles, 0) AS articles
     FROM agg LEFT JOIN arts ON arts.period = agg.period ORDER BY agg.period`,
    params,
  );
  return found.map(metricsFrom);
}

function metricsFrom(r: RowObject): MetricsPoint {
  const n = (key: string): number => num(r[key]) ?? 0;
  const roots: Record<string, number> = {};
  if (Array.isArray(r.roots)) {
    for (const entry of r.roots as { key: string; value: string | number }[]) {
      roots[String(entry.key)] = Number(entry.value);
    }
  }
  return {
    period: String(r.period),
    events: n('events'),
    quads: [n('q1'), n('q2'), n('q3'), n('q4')],
    roots,
    goldstein: { sum: n('g_sum'), mean: num(r.g_mean), count: n('g_count') },
    weight: n('w'),
    weightedQuads: [n('w1'), n('w2'), n('w3'), n('w4')],
    weightedGoldstein: { sum: n('wg_sum'), weight: n('wg_weight') },
    mentions: n('mentions'),
    articles: n('articles'),
  };
}

const TOP_ORDER: Record<NonNullable<TopEventsQuery['order']>, string> = {
  salience: 'num_mentions DESC, abs(goldstein) DESC NULLS LAST',
  cooperative: `(1 + ln(greatest(num_mentions, 1))) * goldstein DESC NULLS LAST`,
  conflictual: `(1 + ln(greatest(num_mentions, 1))) * goldstein ASC NULLS LAST`,
};

/** Events read one (day, id) at a time: DuckDB prunes each by its day instead of scanning every row group. */
const POINT_READS = 64;

/**
 * Two steps, as listEvents: rank the events on the narrow event_pairs (which carries
 * mentions and Goldstein), then read the chosen rows.
 */
export async function topEvents(conn: DuckDBConnection, query: TopEventsQuery): Promise<StoredEvent[]> {
  const limit = checkTopEventsQuery(query);
  const params: Params = { limit };
  const where = pairFilter(query, params);
  const ranked = await rows(
    conn,
    `SELECT event_id, strftime(date_start, '%Y-%m-%d') AS day FROM (
       SELECT DISTINCT p.event_id, p.date_start, coalesce(p.num_mentions, 1) AS num_mentions, p.goldstein
       FROM event_pairs p WHERE ${where.join(' AND ')}
     ) ORDER BY ${TOP_ORDER[query.order ?? 'salience']}, date_start DESC, event_id
     LIMIT $limit::INTEGER`,
    params,
  );
  return readEventsByKey(
    conn,
    ranked.map((r) => ({ id: String(r.event_id), day: String(r.day) })),
  );
}

/** Full events for (id, day) keys, in the keys' order. */
async function readEventsByKey(
  conn: DuckDBConnection,
  keys: readonly { readonly id: string; readonly day: string }[],
): Promise<StoredEvent[]> {
  if (keys.length === 0) return [];
  const params: Params = {};
  let sql: string;
  if (keys.length <= POINT_READS) {
    const reads = keys.map((k, i) => {
      params[`i${i}`] = k.id;
      params[`d${i}`] = k.day;
      return `SELECT * FROM events WHERE date_start = $d${i}::DATE AND event_id = $i${i}`;
    });
    sql = `SELECT e.*, a.id AS a_id, a.title AS a_title, a.url AS a_url, a.published AS a_published
      FROM (${reads.join('\nUNION ALL\n')}) e LEFT JOIN articles a ON a.id = e.first_article_id`;
  } else {
    const days = keys.map((k) => k.day).sort();
    Object.assign(params, { lo: days[0]!, hi: days.at(-1)!, ids: listValue(keys.map((k) => k.id)) });
    sql = `${EVENT_SELECT} WHERE e.date_start BETWEEN $lo::DATE AND $hi::DATE AND e.event_id IN (SELECT unnest($ids))`;
  }
  const found = await conn.runAndReadAll(sql, params, 'ids' in params ? { ids: LIST(VARCHAR) } : undefined);
  const byId = new Map((found.getRowObjectsJson() as RowObject[]).map((r) => [String(r.event_id), r]));
  return keys
    .map((k) => byId.get(k.id))
    .filter((r): r is RowObject => r !== undefined)
    .map(storedEventFrom);
}

function articleRefFrom(r: RowObject): ArticleRef | null {
  return r.a_id === null || r.a_id === undefined
    ? null
    : { id: String(r.a_id), title: str(r.a_title), url: str(r.a_url), published: str(r.a_published) };
}

export async function listEventReports(
  conn: DuckDBConnection,
  query: EventReportQuery,
): Promise<StoredEventReport[]> {
  const params: Params = {};
  const where: string[] = [];
  if (query.eventId !== undefined) {
    where.push('m.event_id = $eventId');
    params.eventId = query.eventId;
  }
  if (query.eventIds !== undefined) {
    if (query.eventIds.length === 0) return [];
    if (query.eventIds.length > 1000) throw new DyadError('eventIds', 'at most 1000 events at a time');
    const names = query.eventIds.map((id, i) => {
      params[`e${i}`] = id;
      return `$e${i}`;
    });
    where.push(`m.event_id IN (${names.join(', ')})`);
  }
  if (query.articleId !== undefined) {
    where.push('m.article_id = $articleId');
    params.articleId = query.articleId;
  }
  if (where.length === 0) return [];
  // Sentence columns are prefixed s_ so they do not collide with the mention's.
  const found = await rows(
    conn,
    `SELECT m.*, a.id AS a_id, a.title AS a_title, a.url AS a_url, a.published AS a_published,
       s.sentence AS s_sentence, s.span_start AS s_start, s.span_end AS s_end, s.paragraph AS s_paragraph,
       s.token_start AS s_token_start, s.token_end AS s_token_end, s.text AS s_text
     FROM event_mentions m
     LEFT JOIN articles a ON a.id = m.article_id
     LEFT JOIN sentences s ON s.article_id = m.article_id AND s.sentence = m.sentence
     ${whereClause(where)}
     ORDER BY a.published NULLS LAST, m.article_id, m.ordinal`,
    params,
  );
  return found.map((r) => ({
    id: String(r.mention_id),
    eventId: String(r.event_id),
    articleId: str(r.article_id),
    event: codedEventFrom(r),
    article: articleRefFrom(r),
    sentence:
      r.s_sentence === null || r.s_sentence === undefined
        ? null
        : sentenceFrom({
            sentence: r.s_sentence,
            span_start: r.s_start ?? null,
            span_end: r.s_end ?? null,
            paragraph: r.s_paragraph ?? null,
            token_start: r.s_token_start ?? null,
            token_end: r.s_token_end ?? null,
            text: r.s_text ?? null,
          }),
  }));
}

/** The sort day of undated rows without an article date: after every real day. */
const LAST_DAY = "DATE '9999-12-31'";

function partyConditions(
  alias: string,
  query: { readonly dyad?: readonly [string, string]; readonly party?: string; readonly articleId?: string },
  params: Params,
): string[] {
  const where: string[] = [];
  if (query.dyad !== undefined) {
    where.push(`list_contains(${alias}.parties, $dyadA) AND list_contains(${alias}.parties, $dyadB)`);
    Object.assign(params, { dyadA: query.dyad[0], dyadB: query.dyad[1] });
  }
  if (query.party !== undefined) {
    where.push(`list_contains(${alias}.parties, $party)`);
    params.party = query.party;
  }
  if (query.articleId !== undefined) {
    where.push(`${alias}.article_id = $articleId`);
    params.articleId = query.articleId;
  }
  return where;
}

/** Keyset condition after (day, article, ordinal) in ascending order. */
function afterCursor(tag: string, cursor: string, sortKey: string, alias: string, params: Params): string {
  const [day, article, ordinal] = decodeCursor(tag, cursor, ['string', 'string', 'number']);
  Object.assign(params, { cDay: day as string, cArticle: article as string, cOrdinal: ordinal as number });
  return `(${sortKey} > $cDay::DATE OR (${sortKey} = $cDay::DATE AND (${alias}.article_id > $cArticle
    OR (${alias}.article_id = $cArticle AND ${alias}.ordinal > $cOrdinal::INTEGER))))`;
}

const CONTEXT_COLUMNS = `a.id AS a_id, a.title AS a_title, a.url AS a_url, a.published AS a_published,
  s.text AS sentence_text`;

export async function listFacts(conn: DuckDBConnection, query: FactQuery): Promise<Page<StoredFact>> {
  const limit = checkFactQuery(query);
  const params: Params = { limit };
  const where = partyConditions('f', query, params);
  const sortKey = `coalesce(f.period_start, a.published, ${LAST_DAY})`;
  if (query.kind !== undefined) {
    where.push('f.kind = $kind');
    params.kind = query.kind;
  }
  if (query.from !== undefined) {
    where.push('coalesce(f.period_end, a.published) >= $from::DATE');
    params.from = query.from;
  }
  if (query.to !== undefined) {
    where.push('coalesce(f.period_start, a.published) <= $to::DATE');
    params.to = query.to;
  }
  if (query.cursor) where.push(afterCursor('facts', query.cursor, sortKey, 'f', params));
  const found = await rows(
    conn,
    `SELECT f.*, ${CONTEXT_COLUMNS}, strftime(${sortKey}, '%Y-%m-%d') AS sort_day
     FROM facts f JOIN articles a ON a.id = f.article_id
     LEFT JOIN sentences s ON s.article_id = f.article_id AND s.sentence = f.sentence
     ${whereClause(where)}
     ORDER BY ${sortKey}, f.article_id, f.ordinal LIMIT $limit::INTEGER + 1`,
    params,
  );
  return page(
    found,
    limit,
    (r) => ({
      ...factFrom(r),
      articleId: String(r.article_id),
      ordinal: num(r.ordinal) ?? 0,
      article: articleRefFrom(r)!,
      sentenceText: str(r.sentence_text),
    }),
    (r) => encodeCursor('facts', [String(r.sort_day), String(r.article_id), num(r.ordinal) ?? 0]),
  );
}

/** The first day of a designation's stated date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn...), else null. */
const DESIGNATION_STATED_DAY = `CASE
  WHEN regexp_matches(d.date_value, '^\\d{4}-\\d{2}-\\d{2}') THEN try_cast(left(d.date_value, 10) AS DATE)
  WHEN regexp_matches(d.date_value, '^\\d{4}-\\d{2}') THEN try_cast(left(d.date_value, 7) || '-01' AS DATE)
  WHEN regexp_matches(d.date_value, '^\\d{4}-Q[1-4]') THEN
    try_cast(left(d.date_value, 4) || '-' || lpad(((d.date_value[7]::INTEGER - 1) * 3 + 1)::VARCHAR, 2, '0') || '-01' AS DATE)
  WHEN regexp_matches(d.date_value, '^\\d{4}') THEN try_cast(left(d.date_value, 4) || '-01-01' AS DATE)
  ELSE NULL END`;

export async function listDesignations(
  conn: DuckDBConnection,
  query: DesignationQuery,
): Promise<Page<StoredDesignation>> {
  const limit = checkDesignationQuery(query);
  const params: Params = { limit };
  const where = partyConditions('d', query, params);
  const day = `coalesce(${DESIGNATION_STATED_DAY}, a.published)`;
  const sortKey = `coalesce(${day}, ${LAST_DAY})`;
  if (query.kind !== undefined) {
    where.push('d.kind = $kind');
    params.kind = query.kind;
  }
  if (query.from !== undefined) {
    where.push(`${day} >= $from::DATE`);
    params.from = query.from;
  }
  if (query.to !== undefined) {
    where.push(`${day} <= $to::DATE`);
    params.to = query.to;
  }
  if (query.cursor) where.push(afterCursor('designations', query.cursor, sortKey, 'd', params));
  const found = await rows(
    conn,
    `SELECT d.*, ${CONTEXT_COLUMNS}, strftime(${day}, '%Y-%m-%d') AS day,
       strftime(${sortKey}, '%Y-%m-%d') AS sort_day
     FROM designations d JOIN articles a ON a.id = d.article_id
     LEFT JOIN sentences s ON s.article_id = d.article_id AND s.sentence = d.sentence
     ${whereClause(where)}
     ORDER BY ${sortKey}, d.article_id, d.ordinal LIMIT $limit::INTEGER + 1`,
    params,
  );
  return page(
    found,
    limit,
    (r) => ({
      ...designationFrom(r),
      articleId: String(r.article_id),
      ordinal: num(r.ordinal) ?? 0,
      day: str(r.day),
      article: articleRefFrom(r)!,
      sentenceText: str(r.sentence_text),
    }),
    (r) => encodeCursor('designations', [String(r.sort_day), String(r.article_id), num(r.ordinal) ?? 0]),
  );
}

export async function actorKeys(conn: DuckDBConnection, query: ActorKeyQuery): Promise<ActorKeyCount[]> {
  const limit = checkActorKeyQuery(query);
  const params: Params = { limit };
  const where: string[] = [];
  if (query.prefix !== undefined) {
    where.push('starts_with(k, $prefix)');
    params.prefix = query.prefix;
  }
  if (query.keys !== undefined) {
    if (query.keys.length === 0) return [];
    const names = query.keys.map((key, i) => {
      params[`k${i}`] = key;
      return `$k${i}`;
    });
    where.push(`k IN (${names.join(', ')})`);
  }
  const found = await rows(
    conn,
    `SELECT k, count(*) AS n FROM (SELECT unnest(actor_keys) AS k FROM events)
     ${whereClause(where)} GROUP BY k ORDER BY n DESC, k LIMIT $limit::INTEGER`,
    params,
  );
  return found.map((r) => ({ key: String(r.k), events: num(r.n) ?? 0 }));
}
