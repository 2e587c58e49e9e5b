/**
 * Deduplication inside the write transaction: after a batch's rows are appended (each
 * new report with an event of its own), the reports the batch touched are regrouped
 * with every stored report they may be one event with (src/dedup), and the events of
 * changed groups are rewritten: mentions re-pointed, one canonical row per group with
 * its lead report's coding and evidence and GDELT-style counts, pairs from the lead's
 * actors. Imported events have no report rows and are never touched.
 *
 * The neighbourhood grows from the touched reports: stored reports compatible with one
 * already taken, and every report sharing an event with one taken (so an event is
 * regrouped whole), until nothing new comes or MERGE_LIMITS stop it.
 */
import { BOOLEAN, INTEGER, LIST, VARCHAR, listValue, type DuckDBConnection } from '@duckdb/node-api';
import {
  clusterItems,
  countOutlets,
  matches,
  prepare,
  searchWindow,
  type Cluster,
  type DedupActor,
  type DedupItem,
  type Prepared,
} from '../../dedup/index.js';
import type { Modality } from '../../core/types.js';
import { dyadEventId } from '../ids.js';
import { expandPairs } from '../pairs.js';
import { num, str, type RowObject } from './records.js';

/**
 * How far regrouping reaches from the touched reports. Within these limits merging
 * does not depend on ingest order; past them (a story reported every day for weeks
 * under one dyad and root) the groups far from the new reports are left as they are.
 */
export const MERGE_LIMITS = Object.freeze({ rounds: 6, reports: 20_000 });

/** A stored report as regrouping reads it. */
export interface StoredReport extends DedupItem {
  readonly eventId: string;
  readonly readerVersion: string;
  readonly sourceName: string | null;
  readonly sourceUrl: string | null;
}

// Actors travel as "code<US>country<US>person" joined by <RS>: far cheaper to read than lists
// of structs. Persons come from the aligned list (NULL for reports stored before it existed).
const actorText = (column: string, persons: string) =>
  `array_to_string(list_transform(${column}, (x, i) -> coalesce(x.code, '') || chr(31) || coalesce(x.country, '')` +
  ` || chr(31) || coalesce(${persons}[i], '')), chr(30))`;

const REPORT_COLUMNS = `m.mention_id, m.event_id, m.article_id, m.ordinal, m.root, m.code, m.modality, m.reciprocal,
    ${actorText('m.sources', 'm.source_persons')} AS sources,
    ${actorText('m.targets', 'm.target_persons')} AS targets,
    m.date_precision, m.date_start, m.date_end, m.location_name, m.location_lat, m.location_lon,
    m.published, length(m.evidence_text) AS evidence_length,
    m.source_name, m.source_url, a.reader_version`;

function actorsOf(value: unknown): DedupActor[] {
  if (typeof value !== 'string' || value === '') return [];
  return value.split('\u001e').map((part) => {
    const [code = '', country = '', person = ''] = part.split('\u001f');
    return {
      code: code === '' ? null : code,
      country: country === '' ? null : country,
      person: person === '' ? null : person,
    };
  });
}

export function reportFrom(r: RowObject): StoredReport {
  const start = str(r.date_start);
  const end = str(r.date_end);
  const precision = str(r.date_precision);
  return {
    id: String(r.mention_id),
    eventId: String(r.event_id),
    articleId: String(r.article_id),
    ordinal: num(r.ordinal) ?? 0,
    root: str(r.root) ?? '',
    code: str(r.code) ?? '',
    modality: String(r.modality) as Modality,
    reciprocal: r.reciprocal === true,
    sources: actorsOf(r.sources),
    targets: actorsOf(r.targets),
    date:
      start !== null && end !== null && precision !== null
        ? { precision: precision as NonNullable<DedupItem['date']>['precision'], start, end }
        : null,
    place:
      (r.location_name ?? null) === null && (r.location_lat ?? null) === null
        ? null
        : { name: str(r.location_name), lat: num(r.location_lat), lon: num(r.location_lon) },
    published: str(r.published),
    evidenceLength: num(r.evidence_length) ?? 0,
    readerVersion: String(r.reader_version),
    sourceName: str(r.source_name),
    sourceUrl: str(r.source_url),
  };
}

/** Reports of the events (and the reports) named in `ids`. */
async function readReports(
  conn: DuckDBConnection,
  by: 'mention_id' | 'event_id',
  ids: readonly string[],
): Promise<StoredReport[]> {
  if (ids.length === 0) return [];
  const reader = await conn.runAndReadAll(
    `SELECT ${REPORT_COLUMNS} FROM event_mentions m JOIN articles a ON a.id = m.article_id
     WHERE m.dataset = 'dyad' AND m.${by} IN (SELECT unnest($ids))`,
    { ids: listValue([...ids]) },
    { ids: LIST(VARCHAR) },
  );
  return (reader.getRowObjectsJson() as RowObject[]).map(reportFrom);
}

/** Joins the search windows of the frontier per root and modality where they overlap. */
function probes(
  frontier: readonly Prepared<StoredReport>[],
): Record<'roots' | 'modalities' | 'los' | 'his', string[]> {
  const windows = new Map<string, { lo: string; hi: string }[]>();
  for (const p of frontier) {
    const w = searchWindow(p.item.date);
    if (w === null || p.keys.length === 0) continue;
    const key = `${p.item.root}\u0000${p.item.modality}`;
    const list = windows.get(key);
    if (list) list.push({ ...w });
    else windows.set(key, [{ ...w }]);
  }
  const out = { roots: [] as string[], modalities: [] as string[], los: [] as string[], his: [] as string[] };
  for (const [key, list] of windows) {
    const [root, modality] = key.split('\u0000') as [string, string];
    list.sort((a, b) => (a.lo < b.lo ? -1 : a.lo > b.lo ? 1 : 0));
    let current: { lo: string; hi: string } | null = null;
    const flush = (w: { lo: string; hi: string }) => {
      out.roots.push(root);
      out.modalities.push(modality);
      out.los.push(w.lo);
      out.his.push(w.hi);
    };
    for (const w of list) {
      if (current !== null && w.lo <= current.hi) {
        if (w.hi > current.hi) current.hi = w.hi;
        continue;
      }
      if (current !== null) flush(current);
      current = w;
    }
    if (current !== null) flush(current);
  }
  return out;
}

/**
 * Stored reports whose date touches a frontier report's window with the same root and
 * modality (the superset the rule is then applied to), each with `candidate` true, and
 * every other report of their events, with `candidate` false.
 */
async function readCandidates(
  conn: DuckDBConnection,
  frontier: readonly Prepared<StoredReport>[],
): Promise<{ readonly report: StoredReport; readonly candidate: boolean }[]> {
  const p = probes(frontier);
  if (p.roots.length === 0) return [];
  const reader = await conn.runAndReadAll(
    `WITH probe AS (SELECT unnest($roots) AS root, unnest($modalities) AS modality,
                           unnest($los)::DATE AS lo, unnest($his)::DATE AS hi),
          hit AS (SELECT c.mention_id, c.event_id FROM event_mentions c JOIN probe p
                    ON c.root = p.root AND c.modality = p.modality AND c.date_start <= p.hi AND c.date_end >= p.lo
                  WHERE c.dataset = 'dyad')
     SELECT ${REPORT_COLUMNS}, m.mention_id IN (SELECT mention_id FROM hit) AS candidate
     FROM event_mentions m JOIN articles a ON a.id = m.article_id
     WHERE m.dataset = 'dyad' AND m.event_id IN (SELECT event_id FROM hit)`,
    {
      roots: listValue(p.roots),
      modalities: listValue(p.modalities),
      los: listValue(p.los),
      his: listValue(p.his),
    },
    { roots: LIST(VARCHAR), modalities: LIST(VARCHAR), los: LIST(VARCHAR), his: LIST(VARCHAR) },
  );
  return (reader.getRowObjectsJson() as RowObject[]).map((r) => ({
    report: reportFrom(r),
    candidate: r.candidate === true,
  }));
}

/** Reports in `candidates` compatible with at least one report of `frontier`. */
function matching(
  frontier: readonly Prepared<StoredReport>[],
  candidates: readonly Prepared<StoredReport>[],
): Prepared<StoredReport>[] {
  const byKey = new Map<string, Prepared<StoredReport>[]>();
  for (const p of frontier) {
    for (const key of p.keys) {
      const list = byKey.get(key);
      if (list) list.push(p);
      else byKey.set(key, [p]);
    }
  }
  return candidates.filter((c) => c.keys.some((key) => (byKey.get(key) ?? []).some((p) => matches(p, c))));
}

/** The stable id of the event a group's lead report gives its name to. */
export function leadEventId(lead: StoredReport): string {
  return dyadEventId(lead.articleId, lead.readerVersion, lead.ordinal);
}

/** The reports to regroup: the seeds, grown through compatible reports and shared events. */
export async function neighbourhood(
  conn: DuckDBConnection,
  seeds: { readonly mentionIds: readonly string[]; readonly eventIds: readonly string[] },
): Promise<Map<string, StoredReport>> {
  const known = new Map<string, StoredReport>();
  const take = (reports: readonly StoredReport[]): Prepared<StoredReport>[] => {
    const fresh = reports.filter((r) => !known.has(r.id));
    for (const r of fresh) known.set(r.id, r);
    return fresh.map(prepare);
  };
  // New reports have events of their own; events that lost reports are read whole.
  let frontier = take([
    ...(await readReports(conn, 'mention_id', seeds.mentionIds)),
    ...(await readReports(conn, 'event_id', seeds.eventIds)),
  ]);
  for (let round = 0; round < MERGE_LIMITS.rounds && frontier.length > 0; round += 1) {
    if (known.size >= MERGE_LIMITS.reports) break;
    const found = await readCandidates(conn, frontier);
    const candidates = found
      .filter((f) => f.candidate && !known.has(f.report.id))
      .map((f) => prepare(f.report));
    const events = new Set(matching(frontier, candidates).map((p) => p.item.eventId));
    if (events.size === 0) break;
    frontier = take(found.filter((f) => events.has(f.report.eventId)).map((f) => f.report));
  }
  return known;
}

/**
 * Regroups the reports around the seeds (new reports' mention ids, and events that
 * lost reports) and rewrites the events of every group that changed.
 */
export async function mergeReports(
  conn: DuckDBConnection,
  seeds: { readonly mentionIds: readonly string[]; readonly eventIds: readonly string[] },
  now: Date,
): Promise<void> {
  if (seeds.mentionIds.length === 0 && seeds.eventIds.length === 0) return;
  const known = await neighbourhood(conn, seeds);
  if (known.size === 0) return;
  const reports = [...known.values()];
  const clusters = clusterItems(reports);
  const holders = new Map<string, number>();
  for (const r of reports) holders.set(r.eventId, (holders.get(r.eventId) ?? 0) + 1);
  const stored = await storedMentionCounts(conn, [...holders.keys()]);
  const changed = clusters.filter((c) => {
    const id = leadEventId(c.lead);
    return !(
      c.members.every((m) => m.eventId === id) &&
      holders.get(id) === c.members.length &&
      stored.get(id) === c.members.length
    );
  });
  if (changed.length === 0) return;
  await rewriteEvents(conn, changed, now);
}

async function storedMentionCounts(
  conn: DuckDBConnection,
  ids: readonly string[],
): Promise<Map<string, number>> {
  const reader = await conn.runAndReadAll(
    'SELECT event_id, num_mentions FROM events WHERE event_id IN (SELECT unnest($ids))',
    { ids: listValue([...ids]) },
    { ids: LIST(VARCHAR) },
  );
  return new Map(reader.getRows().map((r) => [String(r[0]), Number(r[1])]));
}

/** The earliest report (published, then article and position): the event's first article. */
function firstReport(members: readonly StoredReport[]): StoredReport {
  return [...members].sort((a, b) =>
    (a.published ?? '9999') < (b.published ?? '9999')
      ? -1
      : (a.published ?? '9999') > (b.published ?? '9999')
        ? 1
        : a.articleId < b.articleId
          ? -1
          : a.articleId > b.articleId
            ? 1
            : a.ordinal - b.ordinal,
  )[0]!;
}

const EVENT_COLUMNS = `event_id, dataset, external_id, code, root, quad, goldstein, plover_type, plover_mode,
  sources, targets, reciprocal, modality, date_value, date_precision, date_start, date_end,
  location_name, location_country, location_lat, location_lon, actor_keys,
  num_mentions, num_articles, num_sources, first_article_id,
  evidence_article_id, evidence_sentence, evidence_text, evidence_start, evidence_end,
  rule_id, dictionary_version, source_url, extra, origin_file, origin_line, created_at`;

async function rewriteEvents(
  conn: DuckDBConnection,
  clusters: readonly Cluster<StoredReport>[],
  now: Date,
): Promise<void> {
  const oldIds = new Set<string>();
  const moves: { mention: string; event: string }[] = [];
  const rows = {
    id: [] as string[],
    lead: [] as string[],
    mentions: [] as number[],
    articles: [] as number[],
    sources: [] as number[],
    first: [] as string[],
  };
  const pairs = {
    id: [] as string[],
    source: [] as string[],
    target: [] as string[],
    mirrored: [] as boolean[],
  };
  for (const c of clusters) {
    const id = leadEventId(c.lead);
    for (const m of c.members) {
      oldIds.add(m.eventId);
      if (m.eventId !== id) moves.push({ mention: m.id, event: id });
    }
    rows.id.push(id);
    rows.lead.push(c.lead.id);
    rows.mentions.push(c.members.length);
    rows.articles.push(new Set(c.members.map((m) => m.articleId)).size);
    rows.sources.push(
      countOutlets(
        c.members.map((m) => ({ sourceName: m.sourceName, url: m.sourceUrl, articleId: m.articleId })),
      ),
    );
    rows.first.push(firstReport(c.members).articleId);
    for (const p of expandPairs(c.lead.sources, c.lead.targets, c.lead.reciprocal)) {
      pairs.id.push(id);
      pairs.source.push(p.source);
      pairs.target.push(p.target);
      pairs.mirrored.push(p.mirrored);
    }
  }
  const idList = { ids: listValue([...oldIds]) };
  const idType = { ids: LIST(VARCHAR) };
  await conn.run('DELETE FROM event_pairs WHERE event_id IN (SELECT unnest($ids))', idList, idType);
  await conn.run('DELETE FROM events WHERE event_id IN (SELECT unnest($ids))', idList, idType);
  if (moves.length > 0) {
    await conn.run(
      `UPDATE event_mentions SET event_id = x.event_id
       FROM (SELECT unnest($mentions) AS mention_id, unnest($events) AS event_id) x
       WHERE event_mentions.mention_id = x.mention_id`,
      { mentions: listValue(moves.map((m) => m.mention)), events: listValue(moves.map((m) => m.event)) },
      { mentions: LIST(VARCHAR), events: LIST(VARCHAR) },
    );
  }
  await conn.run(
    `INSERT INTO events (${EVENT_COLUMNS})
     SELECT x.event_id, 'dyad', NULL, m.code, m.root, m.quad, m.goldstein, m.plover_type, m.plover_mode,
       m.sources, m.targets, m.reciprocal, m.modality, m.date_value, m.date_precision, m.date_start, m.date_end,
       m.location_name, m.location_country, m.location_lat, m.location_lon,
       list_distinct(list_filter(flatten(list_transform(m.sources || m.targets, a -> [a.country, a.code])),
         k -> k IS NOT NULL)),
       x.n_mentions, x.n_articles, x.n_sources, x.first_article,
       m.article_id, m.sentence, m.evidence_text, m.evidence_start, m.evidence_end,
       m.rule_id, m.dictionary_version, m.source_url, NULL, NULL, NULL, make_timestamp(CAST($now AS BIGINT))
     FROM (SELECT unnest($ids) AS event_id, unnest($leads) AS lead, unnest($mentions) AS n_mentions,
             unnest($articles) AS n_articles, unnest($sources) AS n_sources, unnest($firsts) AS first_article) x
     JOIN event_mentions m ON m.mention_id = x.lead`,
    {
      ids: listValue(rows.id),
      leads: listValue(rows.lead),
      mentions: listValue(rows.mentions),
      articles: listValue(rows.articles),
      sources: listValue(rows.sources),
      firsts: listValue(rows.first),
      now: String(now.getTime() * 1000),
    },
    {
      ids: LIST(VARCHAR),
      leads: LIST(VARCHAR),
      mentions: LIST(INTEGER),
      articles: LIST(INTEGER),
      sources: LIST(INTEGER),
      firsts: LIST(VARCHAR),
      now: VARCHAR,
    },
  );
  if (pairs.id.length > 0) {
    await conn.run(
      `INSERT INTO event_pairs
       (event_id, source_country, target_country, reciprocal, mirrored, dataset, date_start,
        code, root, quad, goldstein, modality, num_mentions)
       SELECT p.event_id, p.source_country, p.target_country, e.reciprocal, p.mirrored, e.dataset, e.date_start,
              e.code, e.root, e.quad, e.goldstein, e.modality, e.num_mentions
       FROM (SELECT unnest($ids) AS event_id, unnest($sources) AS source_country,
               unnest($targets) AS target_country, unnest($mirrored) AS mirrored) p
       JOIN events e ON e.event_id = p.event_id
       WHERE e.event_id IN (SELECT unnest($ids))`,
      {
        ids: listValue(pairs.id),
        sources: listValue(pairs.source),
        targets: listValue(pairs.target),
        mirrored: listValue(pairs.mirrored),
      },
      { ids: LIST(VARCHAR), sources: LIST(VARCHAR), targets: LIST(VARCHAR), mirrored: LIST(BOOLEAN) },
    );
  }
}
