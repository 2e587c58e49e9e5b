/**
 * `dyad export` for the text formats: streams the matching events out of the store
 * (Store.streamEvents: one query, one snapshot, a chunk of events at a time, in listEvents'
 * ascending order) and writes each chunk as it comes, waiting while the output is full, so
 * memory holds one chunk whatever the number of events. Parquet is written by the store
 * itself (Store.exportParquet).
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { fromStoreEvent } from '../ingest/events/store-record.js';
import type { ImportedEvent } from '../ingest/events/types.js';
import type { ExportQuery, Store, StoredEvent } from '../store/types.js';
import { csvHeader, csvLines } from './csv.js';
import { storedEventJson } from './event-json.js';
import { gdeltEventLines } from './gdelt.js';
import { ploverJsonLine } from './plover.js';

export type TextExportFormat = 'gdelt' | 'plover' | 'csv' | 'jsonl';
export const EXPORT_FORMATS = ['gdelt', 'plover', 'csv', 'parquet', 'jsonl'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface TextExportOptions {
  readonly format: TextExportFormat;
  readonly query?: ExportQuery;
  /** ISO alpha-3 → FIPS 10-4 for GDELT geography of events not read from GDELT. */
  readonly iso3ToFips?: (iso3: string) => string | null;
  /** CSV: one row per source–target pair instead of one per event. */
  readonly pairs?: boolean;
  /** After each chunk: events read so far. */
  readonly onProgress?: (events: number) => void;
}

export interface ExportResult {
  /** Events read from the store. */
  readonly events: number;
  /** Lines written (GDELT: one per source–target pair; CSV: without the header). */
  readonly rows: number;
  /** Events the format cannot hold (GDELT: no CAMEO code; PLOVER: no PLOVER type or no date). */
  readonly omitted: number;
}

const NUMERIC = /^\d{1,18}$/;

/**
 * Renders one event in a text format: the lines (without line ends). A GDELT id is the
 * event's own numeric id (GLOBALEVENTID, ICEWS Event ID); with several source–target pairs,
 * that id followed by the pair number; events without a numeric id (Dyad's, PLOVER's) take
 * numbers from `nextId`, in export order.
 */
export function renderEvent(stored: StoredEvent, options: TextExportOptions, nextId: () => string): string[] {
  if (options.format === 'jsonl') return [JSON.stringify(storedEventJson(stored))];
  const event: ImportedEvent = fromStoreEvent(stored);
  switch (options.format) {
    case 'gdelt':
      return gdeltEventLines(event, {
        ...(options.iso3ToFips ? { iso3ToFips: options.iso3ToFips } : {}),
        eventId: (e, index, count) =>
          NUMERIC.test(e.externalId)
            ? count === 1
              ? e.externalId
              : `${e.externalId}${index + 1}`
            : nextId(),
      });
    case 'plover': {
      const line = ploverJsonLine(event);
      return line === null ? [] : [line];
    }
    case 'csv':
      return csvLines(event, { pairs: options.pairs ?? false });
  }
}

/** Writes the events matching the query to `out` (not ended); returns the counts. */
export async function exportText(
  store: Store,
  out: Writable,
  options: TextExportOptions,
): Promise<ExportResult> {
  const end = options.format === 'csv' ? '\r\n' : '\n';
  let next = 0;
  const nextId = (): string => String(++next);
  let events = 0;
  let rows = 0;
  let omitted = 0;
  const write = async (chunk: string): Promise<void> => {
    if (chunk !== '' && !out.write(chunk)) await once(out, 'drain');
  };
  if (options.format === 'csv') await write(`${csvHeader()}${end}`);
  for await (const page of store.streamEvents(options.query ?? {})) {
    let chunk = '';
    for (const stored of page) {
      const lines = renderEvent(stored, options, nextId);
      if (lines.length === 0) omitted += 1;
      for (const line of lines) chunk += `${line}${end}`;
      rows += lines.length;
    }
    events += page.length;
    await write(chunk);
    options.onProgress?.(events);
  }
  return { events, rows, omitted };
}
