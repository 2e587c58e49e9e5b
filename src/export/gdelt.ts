/**
 * GDELT 2.0 event export: the 61 columns in order, tab-separated, no header, one row per
 * source–target pair (GDELT has no actor lists). An event read from a GDELT 2.0 file is
 * written back exactly as it was read (its `extra` holds the columns the record does not);
 * other events get GDELT's canonical renderings (see ../ingest/events/gdelt/format.ts).
 * Events without a CAMEO code (PLOVER records without one) have no GDELT row.
 */
import { GDELT2_EVENTS } from '../ingest/events/gdelt/columns.js';
import { extraUseFor, gdeltEventFields, type GdeltFormatOptions } from '../ingest/events/gdelt/format.js';
import type { ImportedActor, ImportedEvent } from '../ingest/events/types.js';

export interface GdeltExportOptions extends GdeltFormatOptions {
  /**
   * GLOBALEVENTID of the pair `index` (0-based) of `count`. Default: the external id when the
   * event has one pair, else the external id followed by the 1-based pair number
   * (`123` → `1231`, `1232`...). Pass an allocator when ids must not collide.
   */
  readonly eventId?: (event: ImportedEvent, index: number, count: number) => string;
}

export const GDELT_EXPORT_COLUMNS: readonly string[] = GDELT2_EVENTS.columns;

function defaultId(event: ImportedEvent, index: number, count: number): string {
  return count === 1 ? event.externalId : `${event.externalId}${index + 1}`;
}

/** Tabs and line breaks cannot appear inside a GDELT field. */
const clean = (field: string): string => (/[\t\r\n]/.test(field) ? field.replace(/[\t\r\n]+/g, ' ') : field);

/** The source–target pairs GDELT needs: every source with every target (a missing side is empty). */
export function actorPairs(event: ImportedEvent): [ImportedActor | null, ImportedActor | null][] {
  const sources = event.sources.length > 0 ? event.sources : [null];
  const targets = event.targets.length > 0 ? event.targets : [null];
  const pairs: [ImportedActor | null, ImportedActor | null][] = [];
  for (const s of sources) for (const t of targets) pairs.push([s, t]);
  return pairs;
}

/** The rows (as field arrays) of one event. */
export function gdeltEventRows(event: ImportedEvent, options: GdeltExportOptions = {}): string[][] {
  if (event.code === null) return [];
  const pairs = actorPairs(event);
  const id = options.eventId ?? defaultId;
  const use = extraUseFor(event, GDELT2_EVENTS);
  return pairs.map(([source, target], i) => {
    const fields = gdeltEventFields(
      event,
      source,
      target,
      GDELT2_EVENTS,
      id(event, i, pairs.length),
      use,
      options,
    );
    // A row read from a GDELT 2.0 file came from a tab-split line: its fields hold no tab or line break.
    return use === 'all' ? fields : fields.map(clean);
  });
}

/** The lines (without line ends) of one event. */
export function gdeltEventLines(event: ImportedEvent, options: GdeltExportOptions = {}): string[] {
  return gdeltEventRows(event, options).map((fields) => fields.join('\t'));
}
