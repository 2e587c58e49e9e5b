import { resolve } from 'node:path';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { DyadError, describeError } from '../../core/errors.js';
import { checkBundle, checkImportedEvent } from '../validate.js';
import type {
  ActorKeyCount,
  ActorKeyQuery,
  ArticleBundle,
  DesignationQuery,
  EventReportQuery,
  FactQuery,
  MetricsPoint,
  MetricsQuery,
  StoredDesignation,
  StoredEventReport,
  StoredFact,
  TopEventsQuery,
  EventQuery,
  ExportQuery,
  ImportedEvent,
  ImportedEventMention,
  ImportResult,
  MentionImportResult,
  IntegrityReport,
  MentionQuery,
  OpenStoreOptions,
  Page,
  PageQuery,
  PutResult,
  PutStatus,
  SeriesPoint,
  SeriesQuery,
  Store,
  StoredArticle,
  StoredArticleSummary,
  StoredBundle,
  StoredEvent,
  StoredEventMention,
  StoredMention,
  StoreStats,
} from '../types.js';
import { Serial, openInstance, releaseInstance } from './connect.js';
import { migrate } from './migrate.js';
import { MIGRATIONS, type Migration } from './migrations.js';
import * as read from './read.js';
import * as analytics from './analytics.js';
import { TABLE_COLUMNS } from './columns.js';
import { writeBundles, writeImported } from './write.js';
import { importEventStream, importMentionStream } from './import.js';
import { exportParquet } from './export.js';

/** Articles written per transaction by `putArticles` (fewer when rows pile up). */
export const BATCH_ARTICLES = 200;
/** Rows (sentences + mentions + events...) per transaction before a batch is cut. */
export const BATCH_ROWS = 50_000;

/**
 * Opens (creating if needed) the DuckDB store at `options.path` and migrates it.
 * `migrations` is for tests that need an older schema.
 */
export async function openDuckDBStore(
  options: OpenStoreOptions,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<Store> {
  const path = resolve(options.path ?? 'dyad.duckdb');
  const readOnly = options.readOnly ?? false;
  const instance = await openInstance(path, readOnly);
  const connections: DuckDBConnection[] = [];
  try {
    const writer = await instance.connect();
    connections.push(writer);
    const version = await migrate(writer, path, migrations, readOnly);
    await checkColumns(writer, path);
    const reader = await instance.connect();
    connections.push(reader);
    return new DuckDBStore(path, readOnly, version, instance, writer, reader);
  } catch (error) {
    for (const c of connections) c.closeSync();
    releaseInstance(path, instance);
    throw error;
  }
}

/** Refuses a database whose tables do not have the columns, in order, that the appenders write. */
async function checkColumns(conn: DuckDBConnection, path: string): Promise<void> {
  const reader = await conn.runAndReadAll(
    `SELECT table_name, list(column_name ORDER BY column_index) AS columns FROM duckdb_columns()
     WHERE database_name = current_database() AND schema_name = 'main' GROUP BY table_name`,
  );
  const found = new Map(reader.getRowsJson().map((r) => [String(r[0]), (r[1] as string[]).join(',')]));
  for (const [table, columns] of Object.entries(TABLE_COLUMNS)) {
    const actual = found.get(table);
    if (actual !== undefined && actual !== columns.join(',')) {
      throw new DyadError(path, `table ${table} has columns (${actual}), expected (${columns.join(',')})`);
    }
  }
}

class DuckDBStore implements Store {
  readonly backend = 'duckdb';
  private closed = false;
  private readonly writes = new Serial();
  private readonly reads = new Serial();

  constructor(
    readonly location: string,
    readonly readOnly: boolean,
    private readonly schemaVersion: string,
    private readonly instance: DuckDBInstance,
    private readonly writer: DuckDBConnection,
    private readonly reader: DuckDBConnection,
  ) {}

  async putArticle(bundle: ArticleBundle): Promise<PutStatus> {
    const [result] = await this.putArticles([bundle]);
    if (result === undefined) throw new DyadError(this.location, 'putArticle returned no result');
    if (result.status === 'failed') throw result.error;
    return result.status;
  }

  putArticles(bundles: readonly ArticleBundle[]): Promise<readonly PutResult[]> {
    this.assertWritable();
    return this.writes.run(async () => {
      const results: PutResult[] = [];
      const valid: number[] = [];
      bundles.forEach((bundle, i) => {
        try {
          checkBundle(bundle);
          valid.push(i);
        } catch (error) {
          results[i] = failed(bundle, error);
        }
      });
      for (const batch of cutBatches(bundles, valid)) {
        const members = batch.map((i) => bundles[i] as ArticleBundle);
        try {
          const statuses = await writeBundles(this.writer, members, new Date());
          batch.forEach((i, k) => (results[i] = { id: members[k]!.article.id, status: statuses[k]! }));
        } catch (error) {
          if (batch.length === 1) {
            results[batch[0]!] = failed(members[0]!, error);
            continue;
          }
          // Isolate the article that failed: one transaction each.
          for (const i of batch) {
            const bundle = bundles[i] as ArticleBundle;
            try {
              const [status] = await writeBundles(this.writer, [bundle], new Date());
              results[i] = { id: bundle.article.id, status: status! };
            } catch (single) {
              results[i] = failed(bundle, single);
            }
          }
        }
      }
      return results;
    });
  }

  putImportedEvents(events: readonly ImportedEvent[]): Promise<ImportResult> {
    this.assertWritable();
    return this.writes.run(async () => {
      events.forEach(checkImportedEvent);
      try {
        return await writeImported(this.writer, events, new Date());
      } catch (error) {
        if (error instanceof DyadError) throw error;
        throw new DyadError(this.location, `imported events not stored: ${describeError(error)}`);
      }
    });
  }

  importEvents(batches: AsyncIterable<readonly ImportedEvent[]>): Promise<ImportResult> {
    this.assertWritable();
    return this.writes.run(() => this.wrapped(importEventStream(this.writer, batches, new Date())));
  }

  importMentions(batches: AsyncIterable<readonly ImportedEventMention[]>): Promise<MentionImportResult> {
    this.assertWritable();
    return this.writes.run(() => this.wrapped(importMentionStream(this.writer, batches, new Date())));
  }

  async *streamEvents(query: ExportQuery = {}): AsyncGenerator<readonly StoredEvent[]> {
    if (this.closed) throw new DyadError(this.location, 'store is closed');
    // Its own connection: a long export does not hold up the store's other reads.
    const conn = await this.instance.connect();
    try {
      yield* read.streamEvents(conn, query);
    } finally {
      conn.closeSync();
    }
  }

  exportParquet(query: ExportQuery, path: string): Promise<number> {
    return this.read((c) => this.wrapped(exportParquet(c, query, path)));
  }

  getArticle(id: string): Promise<StoredArticle | null> {
    return this.read((c) => read.getArticle(c, id));
  }

  getBundle(id: string): Promise<StoredBundle | null> {
    return this.read((c) => read.getBundle(c, id));
  }

  listArticles(query: PageQuery = {}): Promise<Page<StoredArticleSummary>> {
    return this.read((c) => read.listArticles(c, query));
  }

  listMentions(query: MentionQuery = {}): Promise<Page<StoredMention>> {
    return this.read((c) => read.listMentions(c, query));
  }

  getEvent(id: string): Promise<StoredEvent | null> {
    return this.read((c) => read.getEvent(c, id));
  }

  listEventMentions(eventId: string): Promise<readonly StoredEventMention[]> {
    return this.read((c) => read.listEventMentions(c, eventId));
  }

  listEvents(query: EventQuery = {}): Promise<Page<StoredEvent>> {
    return this.read((c) => read.listEvents(c, query));
  }

  dyadSeries(query: SeriesQuery): Promise<readonly SeriesPoint[]> {
    return this.read((c) => read.dyadSeries(c, query));
  }

  dyadMetrics(query: MetricsQuery): Promise<readonly MetricsPoint[]> {
    return this.read((c) => analytics.dyadMetrics(c, query));
  }

  topEvents(query: TopEventsQuery): Promise<readonly StoredEvent[]> {
    return this.read((c) => analytics.topEvents(c, query));
  }

  listEventReports(query: EventReportQuery): Promise<readonly StoredEventReport[]> {
    return this.read((c) => analytics.listEventReports(c, query));
  }

  listFacts(query: FactQuery = {}): Promise<Page<StoredFact>> {
    return this.read((c) => analytics.listFacts(c, query));
  }

  listDesignations(query: DesignationQuery = {}): Promise<Page<StoredDesignation>> {
    return this.read((c) => analytics.listDesignations(c, query));
  }

  actorKeys(query: ActorKeyQuery = {}): Promise<readonly ActorKeyCount[]> {
    return this.read((c) => analytics.actorKeys(c, query));
  }

  stats(options: { readonly top?: number } = {}): Promise<StoreStats> {
    const top = options.top ?? 10;
    if (!Number.isSafeInteger(top) || top < 1 || top > 1000) {
      return Promise.reject(new DyadError('top', `must be an integer from 1 to 1000, got ${String(top)}`));
    }
    return this.read((c) => read.stats(c, this.schemaVersion, top));
  }

  checkIntegrity(): Promise<IntegrityReport> {
    return this.read((c) => read.checkIntegrity(c));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Let queued work finish before the connections go.
    await Promise.allSettled([this.writes.run(async () => {}), this.reads.run(async () => {})]);
    this.writer.closeSync();
    this.reader.closeSync();
    releaseInstance(this.location, this.instance);
  }

  private read<T>(query: (conn: DuckDBConnection) => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new DyadError(this.location, 'store is closed'));
    return this.reads.run(() => query(this.reader));
  }

  /** Errors other than DyadError (DuckDB's, I/O) are reported naming the store. */
  private async wrapped<T>(work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      if (error instanceof DyadError) throw error;
      throw new DyadError(this.location, describeError(error));
    }
  }

  private assertWritable(): void {
    if (this.closed) throw new DyadError(this.location, 'store is closed');
    if (this.readOnly) throw new DyadError(this.location, 'store is open read-only');
  }
}

function failed(bundle: ArticleBundle, error: unknown): PutResult {
  const id = typeof bundle?.article?.id === 'string' ? bundle.article.id : '';
  const wrapped =
    error instanceof DyadError
      ? error
      : new DyadError(`article ${id}`, `not stored: ${describeError(error)}`);
  return { id, status: 'failed', error: wrapped };
}

/**
 * Groups bundle indices into transactions: at most BATCH_ARTICLES articles or
 * BATCH_ROWS rows each, and never the same article id twice in one batch (so a
 * repeated id is compared with the version stored just before it).
 */
function cutBatches(bundles: readonly ArticleBundle[], indices: readonly number[]): number[][] {
  const batches: number[][] = [];
  let current: number[] = [];
  let ids = new Set<string>();
  let rowCount = 0;
  for (const i of indices) {
    const bundle = bundles[i] as ArticleBundle;
    const size = bundleRows(bundle);
    const full = current.length >= BATCH_ARTICLES || (current.length > 0 && rowCount + size > BATCH_ROWS);
    if (full || ids.has(bundle.article.id)) {
      batches.push(current);
      current = [];
      ids = new Set();
      rowCount = 0;
    }
    current.push(i);
    ids.add(bundle.article.id);
    rowCount += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

function bundleRows(b: ArticleBundle): number {
  return (
    1 +
    b.sentences.length +
    b.mentions.length +
    3 * (b.events?.length ?? 0) +
    (b.facts?.length ?? 0) +
    (b.designations?.length ?? 0)
  );
}
