/**
 * Read queries. Every user value reaches SQL as a bound parameter; the SQL text is
 * assembled only from fixed fragments.
 */
import { LIST, VARCHAR, listValue, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { dyadEventId } from '../ids.js';
import { checkEventQuery, checkMentionKind, checkSeriesQuery, pageLimit } from '../query.js';
import type {
  EventQuery,
  ExportQuery,
  IntegrityReport,
  MentionQuery,
  Page,
  PageQuery,
  SeriesInterval,
  SeriesPoint,
  SeriesQuery,
  StoredArticle,
  StoredArticleSummary,
  StoredBundle,
  StoredEvent,
  StoredEventMention,
  StoredMention,
  StoreStats,
} from '../types.js';
import {
  articleFrom,
  articleSummaryFrom,
  codedEventFrom,
  designationFrom,
  factFrom,
  mentionFrom,
  num,
  sentenceFrom,
  storedEventFrom,
  storedMentionFrom,
  str,
  type RowObject,
} from './records.js';

export type Params = Record<string, DuckDBValue>;

export async function rows(conn: DuckDBConnection, sql: string, params: Params = {}): Promise<RowObject[]> {
  return (await conn.runAndReadAll(sql, params)).getRowObjectsJson() as RowObject[];
}

/** Runs several reads on one snapshot, so a write committing meanwhile is seen by all or none. */
export async function snapshot<T>(conn: DuckDBConnection, body: () => Promise<T>): Promise<T> {
  await conn.run('BEGIN TRANSACTION');
  try {
    return await body();
  } finally {
    await conn.run('ROLLBACK');
  }
}

const ARTICLE_SUMMARY_COLUMNS = `id, title, source, url, published, reader_version, epoch_ms(ingested_at) AS ingested_ms,
  n_sentences, n_mentions, n_events, n_facts, n_designations`;

export async function getArticle(conn: DuckDBConnection, id: string): Promise<StoredArticle | null> {
  const [r] = await rows(
    conn,
    `SELECT *, epoch_ms(ingested_at) AS ingested_ms FROM articles WHERE id = $id`,
    { id },
  );
  return r ? { ...articleSummaryFrom(r), article: articleFrom(r) } : null;
}

export function getBundle(conn: DuckDBConnection, id: string): Promise<StoredBundle | null> {
  return snapshot(conn, () => readBundle(conn, id));
}

async function readBundle(conn: DuckDBConnection, id: string): Promise<StoredBundle | null> {
  const [a] = await rows(
    conn,
    `SELECT *, epoch_ms(ingested_at) AS ingested_ms FROM articles WHERE id = $id`,
    { id },
  );
  if (!a) return null;
  const child = (table: string, order: string) =>
    rows(conn, `SELECT * FROM ${table} WHERE article_id = $id ORDER BY ${order}`, { id });
  const summary = articleSummaryFrom(a);
  return {
    article: articleFrom(a),
    readerVersion: summary.readerVersion,
    ingestedAt: summary.ingestedAt,
    sentences: (await child('sentences', 'sentence')).map(sentenceFrom),
    mentions: (await child('mentions', 'ordinal')).map(mentionFrom),
    events: (await child('event_mentions', 'ordinal')).map(codedEventFrom),
    facts: (await child('facts', 'ordinal')).map(factFrom),
    designations: (await child('designations', 'ordinal')).map(designationFrom),
  };
}

/** Articles, newest publication first (undated last), then by id. */
export async function listArticles(
  conn: DuckDBConnection,
  query: PageQuery,
): Promise<Page<StoredArticleSummary>> {
  const limit = pageLimit(query);
  const params: Params = { limit };
  let where = '';
  if (query.cursor) {
    const [day, id] = decodeCursor('articles', query.cursor, ['string', 'string']);
    where = `WHERE ${keyset('published', 'id', true, day as string, id as string, params)}`;
  }
  const found = await rows(
    conn,
    `SELECT ${ARTICLE_SUMMARY_COLUMNS} FROM articles ${where}
     ORDER BY published DESC NULLS LAST, id DESC LIMIT $limit::INTEGER + 1`,
    params,
  );
  return page(found, limit, articleSummaryFrom, (r) =>
    encodeCursor('articles', [str(r.published) ?? '', String(r.id)]),
  );
}

/**
 * The keyset condition for rows after (day, id) in the order `day` DESC NULLS LAST,
 * `id` DESC (or ASC NULLS FIRST, ASC). An empty `day` stands for a null date.
 */
function keyset(
  dayColumn: string,
  idColumn: string,
  desc: boolean,
  day: string,
  id: string,
  params: Params,
): string {
  params.cId = id;
  if (day !== '') params.cDay = day;
  if (desc) {
    return day === ''
      ? `(${dayColumn} IS NULL AND ${idColumn} < $cId)`
      : `(${dayColumn} < $cDay::DATE OR (${dayColumn} = $cDay::DATE AND ${idColumn} < $cId) OR ${dayColumn} IS NULL)`;
  }
  return day === ''
    ? `((${dayColumn} IS NULL AND ${idColumn} > $cId) OR ${dayColumn} IS NOT NULL)`
    : `(${dayColumn} > $cDay::DATE OR (${dayColumn} = $cDay::DATE AND ${idColumn} > $cId))`;
}

/** Mentions by article id then position in the article. */
export async function listMentions(
  conn: DuckDBConnection,
  query: MentionQuery,
): Promise<Page<StoredMention>> {
  const limit = pageLimit(query);
  checkMentionKind(query.kind);
  const params: Params = { limit };
  const where: string[] = [];
  if (query.articleId !== undefined) {
    where.push('article_id = $articleId');
    params.articleId = query.articleId;
  }
  if (query.kind !== undefined) {
    where.push('kind = $kind');
    params.kind = query.kind;
  }
  if (query.cursor) {
    const [articleId, ordinal] = decodeCursor('mentions', query.cursor, ['string', 'number']);
    where.push('(article_id > $cArticle OR (article_id = $cArticle AND ordinal > $cOrdinal::INTEGER))');
    Object.assign(params, { cArticle: articleId as string, cOrdinal: ordinal as number });
  }
  const found = await rows(
    conn,
    `SELECT * FROM mentions ${whereClause(where)} ORDER BY article_id, ordinal LIMIT $limit::INTEGER + 1`,
    params,
  );
  return page(found, limit, storedMentionFrom, (r) =>
    encodeCursor('mentions', [String(r.article_id), Number(r.ordinal)]),
  );
}

export const EVENT_SELECT = `SELECT e.*, a.id AS a_id, a.title AS a_title, a.url AS a_url, a.published AS a_published
  FROM events e LEFT JOIN articles a ON a.id = e.first_article_id`;

export async function getEvent(conn: DuckDBConnection, id: string): Promise<StoredEvent | null> {
  const [r] = await rows(conn, `${EVENT_SELECT} WHERE e.event_id = $id`, { id });
  return r ? storedEventFrom(r) : null;
}

/**
 * The reports of an event with their articles and sentences. The lead is the report
 * whose stable id names the event (merge.ts); an event from before merging, whose id
 * was salted, falls back to the report holding its evidence.
 */
export function listEventMentions(conn: DuckDBConnection, eventId: string): Promise<StoredEventMention[]> {
  return snapshot(conn, async () => {
    const found = await rows(
      conn,
      `SELECT m.*, s.text AS sentence_text, a.title AS a_title, a.source AS a_source, a.url AS a_url,
         a.published AS a_published, a.reader_version AS a_reader_version
       FROM event_mentions m
       LEFT JOIN articles a ON a.id = m.article_id
       LEFT JOIN sentences s ON s.article_id = m.article_id AND s.sentence = m.sentence
       WHERE m.event_id = $id
       ORDER BY m.published NULLS LAST, m.article_id, m.ordinal`,
      { id: eventId },
    );
    if (found.length === 0) return [];
    const isLead = (r: RowObject) =>
      dyadEventId(String(r.article_id), text(r.a_reader_version), num(r.ordinal) ?? 0) === eventId;
    let lead = found.findIndex(isLead);
    if (lead < 0) {
      const [e] = await rows(
        conn,
        'SELECT evidence_article_id, evidence_sentence, evidence_start FROM events WHERE event_id = $id',
        { id: eventId },
      );
      lead = found.findIndex(
        (r) =>
          e !== undefined &&
          r.article_id === e.evidence_article_id &&
          r.sentence === e.evidence_sentence &&
          r.evidence_start === e.evidence_start,
      );
    }
    const ordered = lead > 0 ? [found[lead]!, ...found.filter((_, i) => i !== lead)] : found;
    return ordered.map((r, i) => ({
      id: String(r.mention_id),
      eventId,
      articleId: String(r.article_id),
      ordinal: num(r.ordinal) ?? 0,
      coded: codedEventFrom(r),
      sentenceText: str(r.sentence_text),
      article: {
        title: str(r.a_title),
        source: str(r.a_source),
        url: str(r.a_url),
        published: str(r.a_published),
        readerVersion: text(r.a_reader_version),
      },
      lead: lead >= 0 && i === 0,
    }));
  });
}

const text = (value: RowObject[string] | undefined): string =>
  value === null || value === undefined ? '' : String(value);

/**
 * Events matching every filter given, by event date (then id), with keyset
 * pagination. Two steps, because DuckDB sorts narrow rows far faster than wide
 * ones: find the page's ids (from event_pairs when a dyad is asked for, which
 * holds every column the filters need), then read those events.
 */
export function listEvents(conn: DuckDBConnection, query: EventQuery): Promise<Page<StoredEvent>> {
  checkEventQuery(query);
  return snapshot(conn, () => readEvents(conn, query));
}

/**
 * The filter conditions of an event query over `event_pairs p` (when a dyad is asked for)
 * or `events e`; values are added to `params`. Shared by listing and export.
 */
export function eventConditions(query: ExportQuery, params: Params): { table: 'p' | 'e'; where: string[] } {
  const t = query.dyad ? 'p' : 'e';
  const where: string[] = [];
  const add = (sql: string, values: Params): void => {
    where.push(sql);
    Object.assign(params, values);
  };
  if (query.dyad) add(pairCondition(query.undirected), { dyadA: query.dyad[0], dyadB: query.dyad[1] });
  if (query.actor !== undefined) {
    add(
      query.dyad
        ? 'p.event_id IN (SELECT event_id FROM events WHERE list_contains(actor_keys, $actor))'
        : 'list_contains(e.actor_keys, $actor)',
      { actor: query.actor },
    );
  }
  if (query.from !== undefined) add(`${t}.date_start >= $from::DATE`, { from: query.from });
  if (query.to !== undefined) add(`${t}.date_start <= $to::DATE`, { to: query.to });
  if (query.root !== undefined) add(`${t}.root = $root`, { root: query.root });
  if (query.code !== undefined) add(`${t}.code = $code`, { code: query.code });
  if (query.quad !== undefined) add(`${t}.quad = $quad::TINYINT`, { quad: query.quad });
  if (query.modality !== undefined) add(`${t}.modality = $modality`, { modality: query.modality });
  if (query.dataset !== undefined) add(`${t}.dataset = $dataset`, { dataset: query.dataset });
  if (query.modalities !== undefined) add(modalityCondition(t, query.modalities, params), {});
  if (query.text !== undefined) {
    const match = (alias: string) => `contains(lower(${alias}evidence_text), lower($text))`;
    add(query.dyad ? `p.event_id IN (SELECT event_id FROM events WHERE ${match('')})` : match('e.'), {
      text: query.text,
    });
  }
  return { table: t, where };
}

/** The WHERE clause over `events e` for an export query (a dyad through `event_pairs`). */
export function exportFilter(query: ExportQuery, params: Params): string {
  const { table, where } = eventConditions(query, params);
  if (where.length === 0) return '';
  return table === 'p'
    ? `WHERE e.event_id IN (SELECT p.event_id FROM event_pairs p WHERE ${where.join(' AND ')})`
    : `WHERE ${where.join(' AND ')}`;
}

/**
 * Every event matching the query, in listEvents' ascending order (undated first, then by
 * date and id), from ONE streaming query on `conn` (one snapshot), a DuckDB chunk at a time.
 * For exports: unlike paging, the cost does not grow with the number of pages.
 */
export async function* streamEvents(
  conn: DuckDBConnection,
  query: ExportQuery,
): AsyncGenerator<StoredEvent[]> {
  checkEventQuery(query);
  const params: Params = {};
  const filter = exportFilter(query, params);
  // Each row comes as one JSON text (DuckDB's to_json, parsed by V8): far cheaper than
  // converting every cell through the Node API, and the same values (DATE as YYYY-MM-DD,
  // `extra` kept as text) as the row objects listEvents reads.
  const result = await conn.stream(
    `SELECT CAST(to_json(r) AS VARCHAR) AS j FROM (
       SELECT e.* EXCLUDE (actor_keys, created_at, extra), CAST(e.extra AS VARCHAR) AS extra,
         a.id AS a_id, a.title AS a_title, a.url AS a_url, a.published AS a_published
       FROM events e LEFT JOIN articles a ON a.id = e.first_article_id
       ${filter}
       ORDER BY e.date_start ASC NULLS FIRST, e.event_id ASC) r`,
    params,
  );
  for await (const rows of result.yieldRows()) {
    if (rows.length > 0) yield rows.map((r) => storedEventFrom(JSON.parse(String(r[0])) as RowObject));
  }
}

async function readEvents(conn: DuckDBConnection, query: EventQuery): Promise<Page<StoredEvent>> {
  const limit = pageLimit(query);
  const desc = (query.order ?? 'desc') === 'desc';
  const params: Params = {};
  const { table: t, where } = eventConditions(query, params);
  if (query.cursor) {
    const [day, id] = decodeCursor('events', query.cursor, ['string', 'string']);
    where.push(keyset(`${t}.date_start`, `${t}.event_id`, desc, day as string, id as string, params));
  }
  const dir = desc ? 'DESC' : 'ASC';
  // A directed dyad matches at most one pair row per event; an undirected one at most two,
  // adjacent in this order: fetch twice the rows and drop repeats (no DISTINCT, which would
  // stop DuckDB from pruning the sort by date).
  const perEvent = query.dyad && query.undirected ? 2 : 1;
  params.fetch = perEvent * (limit + 1);
  const found = await rows(
    conn,
    `SELECT ${t}.event_id, ${t}.date_start
     FROM ${query.dyad ? 'event_pairs p' : 'events e'} ${whereClause(where)}
     ORDER BY ${t}.date_start ${dir} NULLS ${desc ? 'LAST' : 'FIRST'}, ${t}.event_id ${dir}
     LIMIT $fetch::INTEGER`,
    params,
  );
  const seen = new Set<string>();
  const keys = found
    .filter((k) => !seen.has(String(k.event_id)) && seen.add(String(k.event_id)))
    .slice(0, limit + 1);
  const ids = keys.slice(0, limit).map((k) => String(k.event_id));
  const byId = new Map<string, RowObject>();
  if (ids.length > 0) {
    // Bounding the read by the page's dates lets DuckDB skip row groups by date.
    const days = keys.slice(0, limit).map((k) => str(k.date_start));
    const dated = days.filter((d): d is string => d !== null).sort();
    const bounds: string[] = [];
    const fetchParams: Params = { ids: listValue(ids) };
    if (dated.length > 0) {
      bounds.push('e.date_start BETWEEN $lo::DATE AND $hi::DATE');
      Object.assign(fetchParams, { lo: dated[0]!, hi: dated.at(-1)! });
    }
    if (dated.length < days.length) bounds.push('e.date_start IS NULL');
    const found = await conn.runAndReadAll(
      `${EVENT_SELECT} WHERE (${bounds.join(' OR ')}) AND e.event_id IN (SELECT unnest($ids))`,
      fetchParams,
      { ids: LIST(VARCHAR) },
    );
    for (const r of found.getRowObjectsJson() as RowObject[]) byId.set(String(r.event_id), r);
  }
  const items = ids.map((id) => byId.get(id)).filter((r): r is RowObject => r !== undefined);
  const last = keys[limit - 1];
  return {
    items: items.map(storedEventFrom),
    nextCursor:
      keys.length > limit && last
        ? encodeCursor('events', [str(last.date_start) ?? '', String(last.event_id)])
        : null,
  };
}

/** `alias.modality IN ($m0, $m1...)`, binding each modality as a parameter. */
export function modalityCondition(alias: string, modalities: readonly string[], params: Params): string {
  const names = modalities.map((m, i) => {
    params[`m${i}`] = m;
    return `$m${i}`;
  });
  return `${alias}.modality IN (${names.join(', ')})`;
}

/** Matches event_pairs rows `p` of the dyad ($dyadA, $dyadB), in one or both directions. */
export function pairCondition(undirected: boolean | undefined): string {
  return undirected
    ? `((p.source_country = $dyadA AND p.target_country = $dyadB)
        OR (p.source_country = $dyadB AND p.target_country = $dyadA))`
    : '(p.source_country = $dyadA AND p.target_country = $dyadB)';
}

/** The DuckDB date part for each interval: fixed fragments, never user text. */
export const TRUNCATE: Record<SeriesInterval, string> = {
  day: "'day'",
  week: "'week'",
  month: "'month'",
  quarter: "'quarter'",
  year: "'year'",
};

export async function dyadSeries(conn: DuckDBConnection, query: SeriesQuery): Promise<SeriesPoint[]> {
  checkSeriesQuery(query);
  const [a, b] = query.dyad;
  const params: Params = { dyadA: a, dyadB: b };
  const where = [pairCondition(query.undirected), 'p.date_start IS NOT NULL'];
  if (query.from !== undefined) {
    where.push('p.date_start >= $from::DATE');
    params.from = query.from;
  }
  if (query.to !== undefined) {
    where.push('p.date_start <= $to::DATE');
    params.to = query.to;
  }
  if (query.modality !== undefined) {
    where.push('p.modality = $modality');
    params.modality = query.modality;
  }
  if (query.dataset !== undefined) {
    where.push('p.dataset = $dataset');
    params.dataset = query.dataset;
  }
  const part = TRUNCATE[query.interval ?? 'month'];
  const found = await rows(
    conn,
    `SELECT strftime(date_trunc(${part}, date_start), '%Y-%m-%d') AS period, count(*) AS events,
       count(*) FILTER (WHERE quad = 1) AS q1, count(*) FILTER (WHERE quad = 2) AS q2,
       count(*) FILTER (WHERE quad = 3) AS q3, count(*) FILTER (WHERE quad = 4) AS q4,
       avg(goldstein) AS goldstein
     FROM (SELECT DISTINCT p.event_id, p.date_start, p.quad, p.goldstein FROM event_pairs p WHERE ${where.join(' AND ')})
     GROUP BY ALL ORDER BY period`,
    params,
  );
  return found.map((r) => ({
    period: String(r.period),
    events: num(r.events) ?? 0,
    quads: [num(r.q1) ?? 0, num(r.q2) ?? 0, num(r.q3) ?? 0, num(r.q4) ?? 0],
    goldstein: num(r.goldstein),
  }));
}

export function stats(conn: DuckDBConnection, schemaVersion: string, top: number): Promise<StoreStats> {
  return snapshot(conn, () => readStats(conn, schemaVersion, top));
}

async function readStats(conn: DuckDBConnection, schemaVersion: string, top: number): Promise<StoreStats> {
  const [c] = await rows(
    conn,
    `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM sentences) AS sentences,
       (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM events) AS events,
       (SELECT count(*) FROM event_mentions) AS event_mentions, (SELECT count(*) FROM event_pairs) AS event_pairs,
       (SELECT count(*) FROM facts) AS facts, (SELECT count(*) FROM designations) AS designations,
       (SELECT min(published) FROM articles) AS first_day, (SELECT max(published) FROM articles) AS last_day`,
  );
  const byDataset = await rows(
    conn,
    'SELECT dataset, count(*) AS n FROM events GROUP BY dataset ORDER BY dataset',
  );
  const actors = await rows(
    conn,
    `WITH c AS (
       SELECT actor_code, actor_name, count(*) AS n FROM mentions
       WHERE kind = 'actor' AND actor_code IS NOT NULL GROUP BY actor_code, actor_name)
     SELECT actor_code, first(actor_name ORDER BY n DESC, actor_name NULLS LAST) AS name, sum(n) AS mentions
     FROM c GROUP BY actor_code ORDER BY mentions DESC, actor_code LIMIT $top::INTEGER`,
    { top },
  );
  const countries = await rows(
    conn,
    `SELECT actor_country, count(*) AS mentions FROM mentions
     WHERE kind = 'actor' AND actor_country IS NOT NULL
     GROUP BY actor_country ORDER BY mentions DESC, actor_country LIMIT $top::INTEGER`,
    { top },
  );
  const count = (key: string): number => num(c?.[key]) ?? 0;
  const first = str(c?.first_day);
  const last = str(c?.last_day);
  return {
    schemaVersion,
    counts: {
      articles: count('articles'),
      sentences: count('sentences'),
      mentions: count('mentions'),
      events: count('events'),
      eventMentions: count('event_mentions'),
      eventPairs: count('event_pairs'),
      facts: count('facts'),
      designations: count('designations'),
    },
    eventsByDataset: Object.fromEntries(byDataset.map((r) => [String(r.dataset), num(r.n) ?? 0])),
    articleDates: first !== null && last !== null ? { first, last } : null,
    topActors: actors.map((r) => ({
      code: String(r.actor_code),
      name: str(r.name),
      mentions: num(r.mentions) ?? 0,
    })),
    topCountries: countries.map((r) => ({
      country: String(r.actor_country),
      mentions: num(r.mentions) ?? 0,
    })),
  };
}

export function whereClause(conditions: readonly string[]): string {
  return conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
}

/** Turns `limit + 1` fetched rows into a page and the cursor of its last row. */
export function page<T>(
  found: readonly RowObject[],
  limit: number,
  toItem: (r: RowObject) => T,
  cursorOf: (r: RowObject) => string,
): Page<T> {
  const kept = found.slice(0, limit);
  const last = kept.at(-1);
  return {
    items: kept.map(toItem),
    nextCursor: found.length > limit && last !== undefined ? cursorOf(last) : null,
  };
}

const CHILD_COUNTS = [
  ['sentences', 'sentences'],
  ['mentions', 'mentions'],
  ['events', 'event_mentions'],
  ['facts', 'facts'],
  ['designations', 'designations'],
] as const;

export function checkIntegrity(conn: DuckDBConnection): Promise<IntegrityReport> {
  return snapshot(conn, () => readIntegrity(conn));
}

async function readIntegrity(conn: DuckDBConnection): Promise<IntegrityReport> {
  const counted = CHILD_COUNTS.map(
    ([key, table]) => `${key} AS (SELECT article_id, count(*) AS n FROM ${table} GROUP BY article_id)`,
  );
  const found = CHILD_COUNTS.map(([key]) => `coalesce(${key}.n, 0) AS found_${key}`);
  const joins = CHILD_COUNTS.map(([key]) => `LEFT JOIN ${key} ON ${key}.article_id = a.id`);
  const differs = CHILD_COUNTS.map(([key]) => `a.n_${key} <> coalesce(${key}.n, 0)`);
  const bad = await rows(
    conn,
    `WITH ${counted.join(', ')}
     SELECT a.id, a.n_sentences, a.n_mentions, a.n_events, a.n_facts, a.n_designations, ${found.join(', ')}
     FROM articles a ${joins.join(' ')}
     WHERE ${differs.join(' OR ')} ORDER BY a.id`,
  );
  const [o] = await rows(
    conn,
    `SELECT (SELECT count(*) FROM articles) AS articles,
       ${CHILD_COUNTS.map(
         ([, table]) =>
           `(SELECT count(*) FROM ${table} t WHERE t.article_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = t.article_id)) AS ${table}`,
       ).join(', ')},
       (SELECT count(*) FROM event_mentions m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = m.event_id))
         AS event_mentions_without_event,
       (SELECT count(*) FROM event_pairs p WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = p.event_id))
         AS event_pairs,
       (SELECT count(*) FROM events e WHERE e.dataset = 'dyad'
          AND NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.event_id)) AS events_without_mentions,
       (SELECT count(*) FROM (SELECT event_id FROM events GROUP BY event_id HAVING count(*) > 1)) AS duplicate_ids`,
  );
  const orphans: Record<string, number> = {};
  for (const [key, value] of Object.entries(o ?? {})) {
    if (key !== 'articles' && key !== 'duplicate_ids' && Number(value) > 0) orphans[key] = Number(value);
  }
  const counts = (r: RowObject, prefix: string) => ({
    sentences: num(r[`${prefix}sentences`]) ?? 0,
    mentions: num(r[`${prefix}mentions`]) ?? 0,
    events: num(r[`${prefix}events`]) ?? 0,
    facts: num(r[`${prefix}facts`]) ?? 0,
    designations: num(r[`${prefix}designations`]) ?? 0,
  });
  return {
    articles: num(o?.articles) ?? 0,
    incomplete: bad.map((r) => ({ id: String(r.id), expected: counts(r, 'n_'), found: counts(r, 'found_') })),
    orphans,
    duplicateEventIds: num(o?.duplicate_ids) ?? 0,
  };
}
