/**
 * The staged lines of one imported event, written directly: the same text that
 * `stageLine(ordinal, Object.values(row))` gives for the rows `addImportedRows` builds
 * (rows.ts stays the definition; staged-event.test.ts checks the two agree on generated
 * events), without the intermediate row objects, DATE values and arrays that made a bulk
 * import spend most of its time allocating and collecting garbage.
 *
 * One encoder per column, keyed by the column names of columns.ts: a column added there
 * without its encoder here does not compile.
 */
import { importedEventId } from '../ids.js';
import { expandPairs, type EventPair } from '../pairs.js';
import type { ImportedEvent, StoredEventActor } from '../types.js';
import { TABLE_COLUMNS, type ColumnOf } from './columns.js';
import { stageCell } from './staging.js';

const NULL = '\\N';

const text = (value: string | null | undefined): string => stageCell(value ?? null);
const num = (value: number | null | undefined): string => stageCell(value ?? null);

function actorJson(a: StoredEventActor): string {
  return JSON.stringify({
    code: a.code,
    country: a.country,
    sector: a.sector,
    name: a.name,
    text: a.text,
    span_start: a.start,
    span_end: a.end,
  });
}

function actorsJson(actors: readonly StoredEventActor[]): string {
  if (actors.length === 1) return `[${actorJson(actors[0] as StoredEventActor)}]`;
  return `[${actors.map(actorJson).join(',')}]`;
}

function actorKeysJson(e: ImportedEvent): string {
  const keys = new Set<string>();
  for (const list of [e.sources, e.targets]) {
    for (const a of list) {
      if (a.country !== null) keys.add(a.country);
      if (a.code !== null) keys.add(a.code);
    }
  }
  return JSON.stringify([...keys]);
}

/** Values shared by an event's row and its pairs' rows, encoded once. */
interface Shared {
  readonly e: ImportedEvent;
  readonly eventId: string;
  readonly dataset: string;
  readonly code: string;
  readonly root: string;
  readonly quad: string;
  readonly goldstein: string;
  readonly modality: string;
  readonly reciprocal: string;
  readonly dateStart: string;
  readonly createdAt: string;
}

const EVENT_CELLS: { readonly [C in ColumnOf<'events'>]: (s: Shared) => string } = {
  event_id: (s) => s.eventId,
  dataset: (s) => s.dataset,
  external_id: (s) => text(s.e.externalId),
  code: (s) => s.code,
  root: (s) => s.root,
  quad: (s) => s.quad,
  goldstein: (s) => s.goldstein,
  plover_type: (s) => text(s.e.plover.type),
  plover_mode: (s) => text(s.e.plover.mode),
  sources: (s) => actorsJson(s.e.sources),
  targets: (s) => actorsJson(s.e.targets),
  reciprocal: (s) => s.reciprocal,
  modality: (s) => s.modality,
  date_value: (s) => (s.e.date === null ? NULL : text(s.e.date.value)),
  date_precision: (s) => (s.e.date === null ? NULL : text(s.e.date.precision)),
  date_start: (s) => s.dateStart,
  date_end: (s) => (s.e.date === null ? NULL : text(s.e.date.end)),
  location_name: (s) => (s.e.location === null ? NULL : text(s.e.location.name)),
  location_country: (s) => (s.e.location === null ? NULL : text(s.e.location.country)),
  location_lat: (s) => (s.e.location === null ? NULL : num(s.e.location.lat)),
  location_lon: (s) => (s.e.location === null ? NULL : num(s.e.location.lon)),
  actor_keys: (s) => actorKeysJson(s.e),
  num_mentions: (s) => num(s.e.counts?.mentions ?? 1),
  num_articles: (s) => num(s.e.counts?.articles ?? 1),
  num_sources: (s) => num(s.e.counts?.sources ?? 1),
  first_article_id: () => NULL,
  evidence_article_id: () => NULL,
  evidence_sentence: (s) => num(s.e.evidence?.sentence),
  evidence_text: (s) => text(s.e.evidenceText),
  evidence_start: (s) => num(s.e.evidence?.start),
  evidence_end: (s) => num(s.e.evidence?.end),
  rule_id: () => NULL,
  dictionary_version: () => NULL,
  source_url: (s) => text(s.e.sourceUrl),
  // JSON text holds no raw tab, line break or U+001E (JSON.stringify escapes them) and is
  // never \N: staged as it is, as stageCell does for lists and structs.
  extra: (s) => (s.e.extra === null ? NULL : JSON.stringify(s.e.extra)),
  origin_file: (s) => text(s.e.origin.file),
  origin_line: (s) => num(s.e.origin.line),
  created_at: (s) => s.createdAt,
  evidence_offsets: (s) => {
    const o = s.e.evidence?.offsets ?? null;
    return o === null ? NULL : JSON.stringify({ actor1: o.actor1, actor2: o.actor2, action: o.action });
  },
};

const PAIR_CELLS: { readonly [C in ColumnOf<'event_pairs'>]: (s: Shared, p: EventPair) => string } = {
  event_id: (s) => s.eventId,
  source_country: (_, p) => text(p.source),
  target_country: (_, p) => text(p.target),
  reciprocal: (s) => s.reciprocal,
  mirrored: (_, p) => (p.mirrored ? 'true' : 'false'),
  dataset: (s) => s.dataset,
  date_start: (s) => s.dateStart,
  code: (s) => s.code,
  root: (s) => s.root,
  quad: (s) => s.quad,
  goldstein: (s) => s.goldstein,
  modality: (s) => s.modality,
  num_mentions: (s) => num(s.e.counts?.mentions ?? 1),
};

const EVENT_ENCODERS = TABLE_COLUMNS.events.map((c) => EVENT_CELLS[c]);
const PAIR_ENCODERS = TABLE_COLUMNS.event_pairs.map((c) => PAIR_CELLS[c]);

/**
 * The events line, the event_pairs lines and the key line (ordinal and event_id, which the
 * import reads first to find the new events) of one imported event, without line ends.
 */
export function stagedImportedEvent(
  e: ImportedEvent,
  ordinal: number,
  createdAt: string,
): { readonly event: string; readonly pairs: readonly string[]; readonly key: string } {
  const shared: Shared = {
    e,
    eventId: text(importedEventId(e.dataset, e.externalId)),
    dataset: text(e.dataset),
    code: text(e.code),
    root: text(e.root),
    quad: num(e.quad),
    goldstein: num(e.goldstein),
    modality: text(e.modality),
    reciprocal: e.reciprocal ? 'true' : 'false',
    dateStart: e.date === null ? NULL : text(e.date.start),
    createdAt,
  };
  const prefix = String(ordinal);
  let event = prefix;
  for (const encode of EVENT_ENCODERS) event += `\t${encode(shared)}`;
  const pairs = expandPairs(e.sources, e.targets, e.reciprocal).map((p) => {
    let line = prefix;
    for (const encode of PAIR_ENCODERS) line += `\t${encode(shared, p)}`;
    return line;
  });
  return { event, pairs, key: `${prefix}\t${shared.eventId}` };
}
