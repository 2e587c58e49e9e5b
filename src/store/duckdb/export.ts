/**
 * Parquet export with DuckDB's own writer: COPY (a query over the events) TO a file.
 * Filters are bound parameters; the path is checked by export-path.ts and bound too.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { checkEventQuery } from '../query.js';
import type { ExportQuery } from '../types.js';
import { checkedExportPath } from './export-path.js';
import { exportFilter, type Params } from './read.js';

/**
 * The Parquet columns, in order: the events table as analysts use it (lists of actor structs,
 * `extra` as JSON text); internal columns (actor keys, creation time) are left out.
 */
export const PARQUET_COLUMNS: readonly string[] = Object.freeze([
  'event_id',
  'dataset',
  'external_id',
  'code',
  'root',
  'quad',
  'goldstein',
  'plover_type',
  'plover_mode',
  'sources',
  'targets',
  'reciprocal',
  'modality',
  'date_value',
  'date_precision',
  'date_start',
  'date_end',
  'location_name',
  'location_country',
  'location_lat',
  'location_lon',
  'num_mentions',
  'num_articles',
  'num_sources',
  'first_article_id',
  'evidence_sentence',
  'evidence_text',
  'evidence_start',
  'evidence_end',
  'evidence_offsets',
  'rule_id',
  'dictionary_version',
  'source_url',
  'extra',
  'origin_file',
  'origin_line',
]);

/** Writes the matching events (undated first, then oldest first, as listEvents' ascending order) to `path`; returns how many. */
export async function exportParquet(
  conn: DuckDBConnection,
  query: ExportQuery,
  path: string,
): Promise<number> {
  checkEventQuery(query);
  const target = checkedExportPath(path, '.parquet');
  const params: Params = { path: target };
  const filter = exportFilter(query, params);
  const columns = PARQUET_COLUMNS.map((c) =>
    c === 'extra' ? 'CAST(e.extra AS VARCHAR) AS extra' : `e.${c}`,
  );
  const reader = await conn.runAndReadAll(
    `COPY (SELECT ${columns.join(', ')} FROM events e ${filter}
           ORDER BY e.date_start ASC NULLS FIRST, e.event_id ASC)
     TO $path (FORMAT PARQUET, COMPRESSION ZSTD)`,
    params,
  );
  return Number(reader.getRows()[0]?.[0] ?? 0);
}
