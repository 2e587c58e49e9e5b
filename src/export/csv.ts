/**
 * CSV export (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, a quote, CR or LF, with quotes doubled). One row per event; list values (actors,
 * PLOVER contexts) are joined with "; ". With `pairs: true`, one row per source–target pair.
 *
 * Columns, in order: see CSV_COLUMNS.
 */
import type { ImportedActor, ImportedEvent } from '../ingest/events/types.js';
import { actorPairs } from './gdelt.js';

export const CSV_COLUMNS: readonly string[] = Object.freeze([
  'dataset', // gdelt1 | gdelt2 | icews | plover | dyad
  'external_id', // the dataset's event id
  'date', // display value at its precision (YYYY-MM-DD, YYYY-MM, YYYY, start/end)
  'date_precision',
  'date_start', // inclusive ISO day
  'date_end',
  'date_added', // GDELT DATEADDED (ISO)
  'code', // full CAMEO code
  'root',
  'quad', // GDELT quad class 1–4
  'goldstein',
  'plover_type',
  'plover_mode',
  'plover_context',
  'modality',
  'source_code',
  'source_country', // ISO alpha-3
  'source_sector',
  'source_name',
  'target_code',
  'target_country',
  'target_sector',
  'target_name',
  'location_name',
  'location_country',
  'location_lat',
  'location_lon',
  'num_mentions',
  'num_sources',
  'num_articles',
  'avg_tone',
  'evidence_url',
  'evidence_source',
  'evidence_document',
  'evidence_sentence',
  'evidence_text',
  'provenance_file',
  'provenance_line',
  'provenance_format',
]);

export interface CsvOptions {
  /** One row per source–target pair instead of one per event. */
  readonly pairs?: boolean;
}

/** Quotes a field when RFC 4180 requires it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV record (without the line end). */
export function csvRecord(values: readonly string[]): string {
  return values.map(csvField).join(',');
}

export function csvHeader(): string {
  return csvRecord(CSV_COLUMNS);
}

const text = (v: string | number | null | undefined): string =>
  v === null || v === undefined ? '' : String(v);

function actorCells(actors: readonly ImportedActor[]): string[] {
  const join = (pick: (a: ImportedActor) => string | null): string =>
    actors.map((a) => pick(a) ?? '').join('; ');
  return [join((a) => a.code), join((a) => a.country), join((a) => a.sector), join((a) => a.name)];
}

function row(
  event: ImportedEvent,
  sources: readonly ImportedActor[],
  targets: readonly ImportedActor[],
): string[] {
  const d = event.date;
  const l = event.location;
  const e = event.evidence;
  return [
    event.dataset,
    event.externalId,
    text(d?.value),
    text(d?.precision),
    text(d?.start),
    text(d?.end),
    text(event.dateAdded),
    text(event.code),
    text(event.root),
    text(event.quad),
    text(event.goldstein),
    text(event.plover.type),
    text(event.plover.mode),
    event.plover.context.join('; '),
    event.modality,
    ...actorCells(sources),
    ...actorCells(targets),
    text(l?.name),
    text(l?.country),
    text(l?.lat),
    text(l?.lon),
    text(event.numMentions),
    text(event.numSources),
    text(event.numArticles),
    text(event.avgTone),
    text(e.url),
    text(e.source),
    text(e.document),
    text(e.sentence),
    text(e.text),
    event.provenance.file,
    event.provenance.line > 0 ? String(event.provenance.line) : '',
    event.provenance.format,
  ];
}

/** The CSV records (without line ends) of one event. */
export function csvLines(event: ImportedEvent, options: CsvOptions = {}): string[] {
  if (!options.pairs) return [csvRecord(row(event, event.sources, event.targets))];
  return actorPairs(event).map(([s, t]) => csvRecord(row(event, s ? [s] : [], t ? [t] : [])));
}
