/**
 * Writing bundles. A batch of articles (distinct ids) is written in ONE transaction:
 * read the stored reader versions, delete what 'updated' articles replace, append
 * every new row through appenders (table by table), merge the new reports with the
 * stored reports of the same happenings (merge.ts), commit. Anything failing rolls
 * the whole batch back, so each article is either fully stored or absent; the store
 * then retries the batch's articles one per transaction to isolate the bad one.
 */
import {
  DuckDBDataChunkWriter,
  LIST,
  VARCHAR,
  listValue,
  type DuckDBAppender,
  type DuckDBConnection,
} from '@duckdb/node-api';
import { articleMentionId, dyadEventId, importedEventId } from '../ids.js';
import type { ArticleBundle, ImportedEvent, ImportResult, PutStatus } from '../types.js';
import type { TableName } from './columns.js';
import { mergeReports } from './merge.js';
import {
  BUNDLE_TABLES,
  addBundleRows,
  addImportedRows,
  cellConverter,
  emptyRows,
  tableRowsSink,
  type TableRows,
} from './rows.js';

/** Writes bundles with distinct article ids in one transaction; returns each one's status. */
export async function writeBundles(
  conn: DuckDBConnection,
  bundles: readonly ArticleBundle[],
  now: Date,
): Promise<PutStatus[]> {
  return inTransaction(conn, async () => {
    const ids = bundles.map((b) => b.article.id);
    const stored = await readerVersions(conn, ids);
    const statuses: PutStatus[] = bundles.map((b) => {
      const version = stored.get(b.article.id);
      if (version === undefined) return 'new';
      return version === b.readerVersion ? 'unchanged' : 'updated';
    });
    const replaced = ids.filter((_, i) => statuses[i] === 'updated');
    const survivors = replaced.length > 0 ? await deleteArticles(conn, replaced) : [];
    const written = bundles.filter((_, i) => statuses[i] !== 'unchanged');
    const eventIds = await freeEventIds(conn, written);
    const rows = emptyRows();
    const sink = tableRowsSink(rows);
    written.forEach((b, k) => addBundleRows(sink, b, now, (n) => eventIds[k]![n]!));
    await appendRows(conn, rows, BUNDLE_TABLES);
    const mentionIds = written.flatMap((b) =>
      (b.events ?? []).map((_, n) => articleMentionId(b.article.id, n)),
    );
    await mergeReports(conn, { mentionIds, eventIds: survivors }, now);
    return statuses;
  });
}

/** Stores imported events in one transaction, skipping (dataset, externalId) keys already present or repeated. */
export async function writeImported(
  conn: DuckDBConnection,
  events: readonly ImportedEvent[],
  now: Date,
): Promise<ImportResult> {
  return inTransaction(conn, async () => {
    const ids = events.map((e) => importedEventId(e.dataset, e.externalId));
    const present = await existingEventIds(conn, ids);
    const rows = emptyRows();
    const sink = tableRowsSink(rows);
    let inserted = 0;
    events.forEach((e, i) => {
      const id = ids[i] as string;
      if (present.has(id)) return;
      present.add(id);
      addImportedRows(sink, e, now);
      inserted += 1;
    });
    await appendRows(conn, rows, ['events', 'event_pairs']);
    return { inserted, skipped: events.length - inserted };
  });
}

/** Runs `body` in one transaction: committed when it returns, rolled back when it throws. */
export async function inTransaction<T>(conn: DuckDBConnection, body: () => Promise<T>): Promise<T> {
  await conn.run('BEGIN TRANSACTION');
  try {
    const result = await body();
    await conn.run('COMMIT');
    return result;
  } catch (error) {
    await conn.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * Ids for the events each bundle creates: the stable id, or a salted one while the
 * stable id is still held by an event that mentions from other articles keep alive.
 */
async function freeEventIds(conn: DuckDBConnection, bundles: readonly ArticleBundle[]): Promise<string[][]> {
  const salts = bundles.map((b) => (b.events ?? []).map(() => 0));
  const idOf = (k: number, n: number): string => {
    const b = bundles[k] as ArticleBundle;
    return dyadEventId(b.article.id, b.readerVersion, n, salts[k]![n]!);
  };
  for (;;) {
    const ids = salts.map((row, k) => row.map((_, n) => idOf(k, n)));
    const taken = await existingEventIds(conn, ids.flat());
    if (taken.size === 0) return ids;
    ids.forEach((row, k) =>
      row.forEach((id, n) => {
        if (taken.has(id)) salts[k]![n]! += 1;
      }),
    );
  }
}

async function existingEventIds(conn: DuckDBConnection, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const reader = await conn.runAndReadAll(
    'SELECT event_id FROM events WHERE event_id IN (SELECT unnest($ids))',
    { ids: listValue([...ids]) },
    { ids: LIST(VARCHAR) },
  );
  return new Set(reader.getRows().map((r) => String(r[0])));
}

async function readerVersions(conn: DuckDBConnection, ids: readonly string[]): Promise<Map<string, string>> {
  const reader = await conn.runAndReadAll(
    'SELECT id, reader_version FROM articles WHERE id IN (SELECT unnest($ids))',
    { ids: listValue([...ids]) },
    { ids: LIST(VARCHAR) },
  );
  return new Map(reader.getRows().map((r) => [String(r[0]), String(r[1])]));
}

/**
 * Deletes articles and every row derived from them. Dyad events left without any
 * mention go too; events that keep mentions from other articles (merged by
 * deduplication) survive and their ids are returned, to be regrouped and recounted.
 */
export async function deleteArticles(conn: DuckDBConnection, ids: readonly string[]): Promise<string[]> {
  const params = { ids: listValue([...ids]) };
  const types = { ids: LIST(VARCHAR) };
  const touched = (
    await conn.runAndReadAll(
      'SELECT DISTINCT event_id FROM event_mentions WHERE article_id IN (SELECT unnest($ids))',
      params,
      types,
    )
  )
    .getRows()
    .map((r) => String(r[0]));
  await conn.run('DELETE FROM event_mentions WHERE article_id IN (SELECT unnest($ids))', params, types);
  const orphanQuery = `SELECT e.event_id FROM events e
     WHERE e.event_id IN (SELECT unnest($ids)) AND e.dataset = 'dyad'
       AND NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.event_id)`;
  const orphans = (await conn.runAndReadAll(orphanQuery, { ids: listValue(touched) }, types))
    .getRows()
    .map((r) => String(r[0]));
  if (orphans.length > 0) {
    const orphanParams = { ids: listValue(orphans) };
    await conn.run('DELETE FROM event_pairs WHERE event_id IN (SELECT unnest($ids))', orphanParams, types);
    await conn.run('DELETE FROM events WHERE event_id IN (SELECT unnest($ids))', orphanParams, types);
  }
  for (const table of ['sentences', 'mentions', 'facts', 'designations'] as const) {
    await conn.run(`DELETE FROM ${table} WHERE article_id IN (SELECT unnest($ids))`, params, types);
  }
  await conn.run('DELETE FROM articles WHERE id IN (SELECT unnest($ids))', params, types);
  const gone = new Set(orphans);
  return touched.filter((id) => !gone.has(id));
}

/**
 * Appends the rows of each table in `order` through an appender, flushing table by
 * table. Must run inside a transaction: a failure leaves earlier tables' rows
 * written until the caller rolls back.
 */
async function appendRows(
  conn: DuckDBConnection,
  rows: TableRows,
  order: readonly TableName[],
): Promise<void> {
  for (const table of order) {
    const tableRows = rows[table];
    if (tableRows.length === 0) continue;
    const appender = await conn.createAppender(table);
    try {
      const writer = DuckDBDataChunkWriter.forAppender(appender, { converter: cellConverter });
      for (const row of tableRows) writer.appendRow(row);
      writer.flush();
      appender.closeSync();
    } catch (error) {
      discard(appender);
      throw error;
    }
  }
}

function discard(appender: DuckDBAppender): void {
  try {
    appender.clear();
    appender.closeSync();
  } catch {
    // The appender is already unusable; the transaction is rolled back by the caller.
  }
}
