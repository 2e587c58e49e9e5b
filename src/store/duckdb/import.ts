/**
 * Bulk import of dataset files: a stream of events (or mentions) is staged to a file
 * (staging.ts) while it is read, then loaded in ONE transaction by DuckDB's CSV reader.
 * Nothing touches the tables before the stream has ended without error, and the load
 * commits or rolls back as a whole: a file is imported entirely or not at all.
 */
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { importedEventId, importedMentionId } from '../ids.js';
import { checkImportedEvent, checkImportedMention } from '../validate.js';
import type { ImportedEvent, ImportedEventMention, ImportResult, MentionImportResult } from '../types.js';
import { stagedImportedEvent } from './staged-event.js';
import { inTransaction } from './write.js';
import { STAGING_QUOTE, StagingFile, stageCell, stagedRows, stagingFolder, tableTypes } from './staging.js';

const count = async (conn: DuckDBConnection, sql: string): Promise<number> =>
  Number((await conn.runAndReadAll(sql)).getRows()[0]?.[0] ?? 0);

/** Stages every event of the stream, then inserts the new ones with their pairs in one transaction. */
export async function importEventStream(
  conn: DuckDBConnection,
  batches: AsyncIterable<readonly ImportedEvent[]>,
  now: Date,
): Promise<ImportResult> {
  const folder = await stagingFolder();
  const events = new StagingFile(join(folder.dir, 'events.tsv'));
  const pairs = new StagingFile(join(folder.dir, 'pairs.tsv'));
  const keys = new StagingFile(join(folder.dir, 'keys.tsv'));
  const createdAt = stageCell(now);
  try {
    let ordinal = 0;
    for await (const batch of batches) {
      for (const event of batch) {
        checkImportedEvent(event);
        ordinal += 1;
        const staged = stagedImportedEvent(event, ordinal, createdAt);
        events.addLine(staged.event);
        for (const line of staged.pairs) pairs.addLine(line);
        keys.addLine(staged.key);
      }
      await events.drain();
      await pairs.drain();
      await keys.drain();
    }
    await events.close();
    await pairs.close();
    await keys.close();
    if (ordinal === 0) return { inserted: 0, skipped: 0 };
    const ev = stagedRows(await tableTypes(conn, 'events'), 'path');
    const pr = stagedRows(await tableTypes(conn, 'event_pairs'), 'path');
    const ks = stagedRows(KEY_COLUMNS, 'path');
    return await inTransaction(conn, async () => {
      // The stream's new keys: not stored yet; the first row of a repeated key. Read from the
      // small keys file, so the wide rows are read once, by the insert, and only if needed.
      await conn.run(
        `CREATE OR REPLACE TEMP TABLE dyad_import_keys AS
         SELECT event_id, min(ord) AS ord FROM (SELECT ${ks.select} FROM ${ks.from}) s
         WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = s.event_id)
         GROUP BY event_id`,
        { path: keys.path, stagingQuote: STAGING_QUOTE },
      );
      try {
        const inserted = await count(conn, 'SELECT count(*) FROM dyad_import_keys');
        // Every row new (the usual first import): no join needed to pick the rows.
        const pick = (alias: string): string =>
          inserted === ordinal
            ? ''
            : `SEMI JOIN dyad_import_keys k ON k.event_id = ${alias}.event_id AND k.ord = ${alias}.ord`;
        if (inserted > 0) {
          await conn.run(
            `INSERT INTO events SELECT s.* EXCLUDE (ord) FROM (SELECT ${ev.select} FROM ${ev.from}) s ${pick('s')}`,
            { path: events.path, stagingQuote: STAGING_QUOTE },
          );
        }
        if (inserted > 0 && pairs.rows > 0) {
          await conn.run(
            `INSERT INTO event_pairs SELECT p.* EXCLUDE (ord) FROM (SELECT ${pr.select} FROM ${pr.from}) p ${pick('p')}`,
            { path: pairs.path, stagingQuote: STAGING_QUOTE },
          );
        }
        return { inserted, skipped: ordinal - inserted };
      } finally {
        await conn.run('DROP TABLE IF EXISTS dyad_import_keys');
      }
    });
  } finally {
    events.abandon();
    pairs.abandon();
    keys.abandon();
    await folder.release();
  }
}

/** The staged key of an event: its event_id (after the ordinal). */
const KEY_COLUMNS = [{ name: 'event_id', type: 'VARCHAR' }] as const;

/** The staged columns of a mention (not a table of the store: read into a temporary table). */
const MENTION_COLUMNS = [
  { name: 'mention_id', type: 'VARCHAR' },
  { name: 'event_id', type: 'VARCHAR' },
  { name: 'external_id', type: 'VARCHAR' },
  { name: 'sentence', type: 'INTEGER' },
  { name: 'source_name', type: 'VARCHAR' },
  { name: 'source_url', type: 'VARCHAR' },
  { name: 'published', type: 'DATE' },
  { name: 'extra', type: 'JSON' },
  { name: 'offsets', type: 'STRUCT(actor1 INTEGER, actor2 INTEGER, "action" INTEGER)' },
  { name: 'origin_file', type: 'VARCHAR' },
  { name: 'origin_line', type: 'INTEGER' },
] as const;

/** The first unmatched mentions listed in the result. */
const LISTED = 20;

/** Stages every mention, then attaches those whose event is stored, in one transaction. */
export async function importMentionStream(
  conn: DuckDBConnection,
  batches: AsyncIterable<readonly ImportedEventMention[]>,
  now: Date,
): Promise<MentionImportResult> {
  const folder = await stagingFolder();
  const staged = new StagingFile(join(folder.dir, 'mentions.tsv'));
  try {
    let ordinal = 0;
    for await (const batch of batches) {
      for (const m of batch) {
        checkImportedMention(m);
        ordinal += 1;
        staged.add(ordinal, [
          importedMentionId(m.dataset, m.eventExternalId, m.key),
          importedEventId(m.dataset, m.eventExternalId),
          m.eventExternalId,
          m.sentence,
          m.sourceName,
          m.url,
          m.published,
          m.extra === null ? null : JSON.stringify(m.extra),
          m.offsets === null
            ? null
            : { actor1: m.offsets.actor1, actor2: m.offsets.actor2, action: m.offsets.action },
          m.origin.file,
          m.origin.line,
        ]);
      }
      await staged.drain();
    }
    await staged.close();
    if (ordinal === 0) return { inserted: 0, skipped: 0, unmatched: 0, firstUnmatched: [] };
    const rows = stagedRows(MENTION_COLUMNS, 'path');
    return await inTransaction(conn, async () => {
      await conn.run(
        `CREATE OR REPLACE TEMP TABLE dyad_import_mentions AS SELECT ${rows.select} FROM ${rows.from}`,
        { path: staged.path, stagingQuote: STAGING_QUOTE },
      );
      try {
        return await attachMentions(conn, now);
      } finally {
        await conn.run('DROP TABLE IF EXISTS dyad_import_mentions');
        await conn.run('DROP TABLE IF EXISTS dyad_import_mention_keys');
      }
    });
  } finally {
    staged.abandon();
    await folder.release();
  }
}

async function attachMentions(conn: DuckDBConnection, now: Date): Promise<MentionImportResult> {
  const total = await count(conn, 'SELECT count(*) FROM dyad_import_mentions');
  const unmatchedWhere = 'NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = m.event_id)';
  const unmatched = await count(conn, `SELECT count(*) FROM dyad_import_mentions m WHERE ${unmatchedWhere}`);
  const firstUnmatched = (
    await conn.runAndReadAll(
      `SELECT origin_file, origin_line, external_id FROM dyad_import_mentions m WHERE ${unmatchedWhere}
       ORDER BY ord LIMIT ${LISTED}`,
    )
  )
    .getRows()
    .map((r) => ({ file: String(r[0]), line: Number(r[1]), eventExternalId: String(r[2]) }));
  await conn.run(
    `CREATE OR REPLACE TEMP TABLE dyad_import_mention_keys AS
     SELECT m.mention_id, min(m.ord) AS ord FROM dyad_import_mentions m
     WHERE EXISTS (SELECT 1 FROM events e WHERE e.event_id = m.event_id)
       AND NOT EXISTS (SELECT 1 FROM event_mentions x WHERE x.mention_id = m.mention_id)
     GROUP BY m.mention_id`,
  );
  // Each report carries the event as coded (copied from the event: the dataset codes it once).
  await conn.run(
    `INSERT INTO event_mentions (mention_id, event_id, dataset, article_id, ordinal, sentence,
       evidence_text, evidence_start, evidence_end, rule_id, dictionary_version,
       code, root, quad, goldstein, plover_type, plover_mode, sources, targets, reciprocal, modality,
       date_value, date_precision, date_start, date_end,
       location_name, location_country, location_lat, location_lon,
       source_name, source_url, published, extra, created_at)
     SELECT m.mention_id, m.event_id, e.dataset, NULL, NULL, m.sentence, NULL, NULL, NULL, NULL, NULL,
       e.code, e.root, e.quad, e.goldstein, e.plover_type, e.plover_mode, e.sources, e.targets,
       e.reciprocal, e.modality, e.date_value, e.date_precision, e.date_start, e.date_end,
       e.location_name, e.location_country, e.location_lat, e.location_lon,
       m.source_name, m.source_url, m.published, m.extra, $now::TIMESTAMP
     FROM dyad_import_mentions m
     JOIN dyad_import_mention_keys k ON k.mention_id = m.mention_id AND k.ord = m.ord
     JOIN events e ON e.event_id = m.event_id
     ORDER BY m.ord`,
    { now: now.toISOString().replace('T', ' ').slice(0, 23) },
  );
  const inserted = await count(conn, 'SELECT count(*) FROM dyad_import_mention_keys');
  // An event without an evidence pointer takes one: the mention of its source URL, else the first.
  await conn.run(
    `UPDATE events SET evidence_sentence = c.sentence, evidence_offsets = c.offsets,
       source_url = coalesce(events.source_url, c.source_url)
     FROM (
       SELECT m.event_id, m.sentence, m.offsets, m.source_url,
         row_number() OVER (PARTITION BY m.event_id
           ORDER BY coalesce(m.source_url = e.source_url, false) DESC, m.ord) AS rn
       FROM dyad_import_mentions m JOIN events e ON e.event_id = m.event_id
       WHERE e.evidence_offsets IS NULL AND e.evidence_sentence IS NULL
     ) c
     WHERE c.rn = 1 AND events.event_id = c.event_id`,
  );
  return { inserted, skipped: total - inserted - unmatched, unmatched, firstUnmatched };
}
