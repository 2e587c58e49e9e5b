/**
 * The importer's record (`ImportedEvent`, this folder's types.ts) and the store's
 * (`ImportedEvent` / `StoredEvent`, src/store/types.ts) differ: the store keeps one dataset
 * name per source (`gdelt` for GDELT 1.0 and 2.0), the columns every event has, and a JSON
 * `extra`. These two functions are the only bridge between them:
 *
 * - `toStoreEvent(event)`: what `dyad import` stores. `extra` holds the importer's `extra`
 *   (dataset columns by name, as written) plus, under the key `@dyad`, what the store has no
 *   column for: the GDELT version (`gdelt1`/`gdelt2`) and file layout, DATEADDED, AvgTone,
 *   counts the dataset left empty, PLOVER contexts, the full locations of the event and of each
 *   actor (as `LocationTuple`s: GDELT rows carry three, so they are kept compact), and the
 *   publisher and document id of the evidence. Null parts are left out.
 * - `fromStoreEvent(stored)`: the importer's record again, for the exporters. An imported
 *   event comes back exactly as it was read (a tested round trip), so a GDELT row is written
 *   back field for field. A Dyad-coded event becomes a record of dataset `dyad` (counts,
 *   first mention's URL, evidence sentence and span; no tone, no DATEADDED).
 */
import type {
  ImportedEvent as StoreImportedEvent,
  ImportedEventMention,
  StoredEvent,
  StoredEventActor,
} from '../../store/types.js';
import type {
  EventDataset,
  ImportedActor,
  ImportedEvent,
  ImportedLocation,
  ImportedMention,
  JsonValue,
  SourceFormat,
} from './types.js';

/** The key of Dyad's own notes in a stored event's `extra`. */
export const IMPORT_NOTES_KEY = '@dyad';

/**
 * A location as a compact array: name, country (ISO), FIPS, ADM1, ADM2, latitude, longitude,
 * feature id, resolution, in this order, nulls included.
 */
export type LocationTuple = readonly [
  name: string | null,
  country: string | null,
  fips: string | null,
  adm1: string | null,
  adm2: string | null,
  lat: number | null,
  lon: number | null,
  featureId: string | null,
  resolution: ImportedLocation['resolution'],
];

/** What `extra['@dyad']` holds (see the module comment). */
export interface ImportNotes {
  readonly dataset: Exclude<EventDataset, 'dyad'>;
  readonly format: SourceFormat;
  readonly context?: readonly string[];
  readonly dateAdded?: string;
  readonly avgTone?: number;
  /** Present when the dataset left a count empty (the store holds 1 then). */
  readonly counts?: {
    readonly mentions: number | null;
    readonly sources: number | null;
    readonly articles: number | null;
  };
  readonly location?: LocationTuple;
  /** Each actor's location, by position (null for an actor without one); absent when none has one. */
  readonly actors?: {
    readonly sources: readonly (LocationTuple | null)[];
    readonly targets: readonly (LocationTuple | null)[];
  };
  readonly evidence?: { readonly source?: string; readonly document?: string };
}

const STORE_DATASET = { gdelt1: 'gdelt', gdelt2: 'gdelt', icews: 'icews', plover: 'plover' } as const;

function storeActor(a: ImportedActor): StoredEventActor {
  return {
    code: a.code,
    country: a.country,
    sector: a.sector,
    name: a.name,
    text: a.text,
    start: null,
    end: null,
  };
}

function locationTuple(l: ImportedLocation): LocationTuple {
  return [l.name, l.country, l.fips, l.adm1, l.adm2, l.lat, l.lon, l.featureId, l.resolution];
}

function locationOf(t: LocationTuple): ImportedLocation {
  const [name, country, fips, adm1, adm2, lat, lon, featureId, resolution] = t;
  return { name, country, fips, adm1, adm2, lat, lon, featureId, resolution };
}

function plainLocation(l: Pick<ImportedLocation, 'name' | 'country' | 'lat' | 'lon'>): ImportedLocation {
  return { ...l, fips: null, adm1: null, adm2: null, featureId: null, resolution: null };
}

function notesOf(event: ImportedEvent & { dataset: Exclude<EventDataset, 'dyad'> }): ImportNotes {
  const notes: { -readonly [K in keyof ImportNotes]: ImportNotes[K] } = {
    dataset: event.dataset,
    format: event.provenance.format,
  };
  if (event.plover.context.length > 0) notes.context = [...event.plover.context];
  if (event.dateAdded !== null) notes.dateAdded = event.dateAdded;
  if (event.avgTone !== null) notes.avgTone = event.avgTone;
  if (event.numMentions === null || event.numSources === null || event.numArticles === null) {
    notes.counts = { mentions: event.numMentions, sources: event.numSources, articles: event.numArticles };
  }
  if (event.location !== null) notes.location = locationTuple(event.location);
  const located = (a: ImportedActor): LocationTuple | null =>
    a.location === null ? null : locationTuple(a.location);
  if ([...event.sources, ...event.targets].some((a) => a.location !== null)) {
    notes.actors = { sources: event.sources.map(located), targets: event.targets.map(located) };
  }
  const { source, document } = event.evidence;
  if (source !== null || document !== null) {
    notes.evidence = { ...(source !== null ? { source } : {}), ...(document !== null ? { document } : {}) };
  }
  return notes;
}

/** The store's record of an event read from a dataset file. */
export function toStoreEvent(event: ImportedEvent): StoreImportedEvent {
  if (event.dataset === 'dyad')
    throw new TypeError('a Dyad-coded event is stored with its article, not imported');
  const imported = event as ImportedEvent & { dataset: Exclude<EventDataset, 'dyad'> };
  const l = event.location;
  const e = event.evidence;
  const counted = event.numMentions !== null || event.numSources !== null || event.numArticles !== null;
  return {
    dataset: STORE_DATASET[imported.dataset],
    externalId: event.externalId,
    code: event.code,
    root: event.root,
    quad: event.quad,
    goldstein: event.goldstein,
    plover: { type: event.plover.type, mode: event.plover.mode },
    sources: event.sources.map(storeActor),
    targets: event.targets.map(storeActor),
    reciprocal: false,
    modality: event.modality,
    date: event.date,
    location:
      l === null
        ? null
        : { name: l.name ?? l.country ?? l.fips ?? '', country: l.country, lat: l.lat, lon: l.lon },
    ...(counted
      ? {
          counts: {
            mentions: event.numMentions ?? 1,
            articles: event.numArticles ?? 1,
            sources: event.numSources ?? 1,
          },
        }
      : {}),
    evidenceText: e.text,
    evidence: {
      sentence: e.sentence,
      start: e.span?.start ?? null,
      end: e.span?.end ?? null,
      offsets: e.offsets,
    },
    sourceUrl: e.url,
    extra: { ...event.extra, [IMPORT_NOTES_KEY]: notesOf(imported) as unknown as JsonValue },
    origin: { file: event.provenance.file, line: event.provenance.line },
  };
}

function importedActor(a: StoredEventActor, location: ImportedLocation | null): ImportedActor {
  return { code: a.code, country: a.country, sector: a.sector, name: a.name, text: a.text, location };
}

function isNotes(value: unknown): value is ImportNotes {
  return typeof value === 'object' && value !== null && 'dataset' in value && 'format' in value;
}

/** The importer's notes kept in a stored imported event's `extra`; null for Dyad-coded events. */
export function importNotesOf(stored: Pick<StoredEvent, 'dataset' | 'extra'>): ImportNotes | null {
  if (stored.dataset === 'dyad') return null;
  const notes: unknown = stored.extra?.[IMPORT_NOTES_KEY];
  return isNotes(notes) ? notes : null;
}

/** The importer's record of a stored event (imported or Dyad-coded), for the exporters. */
export function fromStoreEvent(stored: StoredEvent): ImportedEvent {
  const notes = importNotesOf(stored);
  if (notes === null) return fromDyadEvent(stored);
  const extraIn = (stored.extra ?? {}) as Record<string, JsonValue>;
  // fromEntries defines keys as data, so "__proto__" stays a plain key.
  const extra: Record<string, JsonValue> = Object.fromEntries(
    Object.entries(extraIn).filter(([key]) => key !== IMPORT_NOTES_KEY),
  );
  const located = (
    list: readonly (LocationTuple | null)[] | undefined,
    i: number,
  ): ImportedLocation | null => {
    const t = list?.[i] ?? null;
    return t === null ? null : locationOf(t);
  };
  const ev = stored.evidence;
  const counts = notes.counts;
  return {
    dataset: notes.dataset,
    externalId: stored.externalId ?? stored.id,
    code: stored.code,
    root: stored.root,
    quad: stored.quad,
    goldstein: stored.goldstein,
    plover: { type: stored.plover.type, mode: stored.plover.mode, context: [...(notes.context ?? [])] },
    sources: stored.sources.map((a, i) => importedActor(a, located(notes.actors?.sources, i))),
    targets: stored.targets.map((a, i) => importedActor(a, located(notes.actors?.targets, i))),
    modality: stored.modality,
    date: stored.date,
    dateAdded: notes.dateAdded ?? null,
    location: notes.location ? locationOf(notes.location) : null,
    evidence: {
      text: ev?.text ? ev.text : null,
      url: stored.sourceUrl,
      source: notes.evidence?.source ?? null,
      document: notes.evidence?.document ?? null,
      sentence: ev?.sentence ?? null,
      span: ev && ev.start !== null && ev.end !== null ? { start: ev.start, end: ev.end } : null,
      offsets: ev?.offsets ?? null,
    },
    numMentions: counts ? counts.mentions : stored.counts.mentions,
    numSources: counts ? counts.sources : stored.counts.sources,
    numArticles: counts ? counts.articles : stored.counts.articles,
    avgTone: notes.avgTone ?? null,
    provenance: { file: stored.origin?.file ?? '', line: stored.origin?.line ?? 0, format: notes.format },
    extra,
  };
}

/** A Dyad-coded event (or a stored row without import notes) as the importer's record. */
function fromDyadEvent(stored: StoredEvent): ImportedEvent {
  const ev = stored.evidence;
  const articleId = stored.article?.id ?? ev?.articleId ?? null;
  const l = stored.location;
  return {
    dataset: 'dyad',
    externalId: stored.id,
    code: stored.code,
    root: stored.root,
    quad: stored.quad,
    goldstein: stored.goldstein,
    plover: { type: stored.plover.type, mode: stored.plover.mode, context: [] },
    sources: stored.sources.map((a) => importedActor(a, null)),
    targets: stored.targets.map((a) => importedActor(a, null)),
    modality: stored.modality,
    date: stored.date,
    dateAdded: null,
    location: l === null ? null : plainLocation(l),
    evidence: {
      text: ev?.text ? ev.text : null,
      url: stored.sourceUrl ?? stored.article?.url ?? null,
      source: null,
      document: articleId,
      sentence: ev?.sentence ?? null,
      span: ev && ev.start !== null && ev.end !== null ? { start: ev.start, end: ev.end } : null,
      offsets: null,
    },
    numMentions: stored.counts.mentions,
    numSources: stored.counts.sources,
    numArticles: stored.counts.articles,
    avgTone: null,
    provenance: {
      file: stored.origin?.file ?? articleId ?? '',
      line: stored.origin?.line ?? 0,
      format: 'dyad',
    },
    extra: stored.rule ? { rule: stored.rule.id, dictionary: stored.rule.dictionary } : {},
  };
}

/**
 * The store's record of a GDELT Mentions row: keyed by its event's GLOBALEVENTID and its
 * own MentionTimeDate, MentionIdentifier and SentenceID; the character offsets are the
 * evidence pointers; the other columns stay in `extra` by their record names.
 */
export function toStoreMention(mention: ImportedMention): ImportedEventMention {
  const extra: Record<string, JsonValue> = {
    eventTime: mention.eventTime,
    mentionTime: mention.mentionTime,
    mentionType: mention.mentionType,
    inRawText: mention.inRawText,
    confidence: mention.confidence,
    docLength: mention.docLength,
    docTone: mention.docTone,
    translation: mention.translation,
  };
  if (Object.keys(mention.extra).length > 0) extra.fields = mention.extra;
  const anyOffset =
    mention.actor1Offset !== null || mention.actor2Offset !== null || mention.actionOffset !== null;
  return {
    dataset: 'gdelt',
    eventExternalId: mention.eventId,
    key: `${mention.mentionTime}\t${mention.identifier ?? ''}\t${mention.sentence ?? ''}`,
    published: mention.mentionTime.slice(0, 10),
    sourceName: mention.sourceName,
    url: mention.identifier,
    sentence: mention.sentence,
    offsets: anyOffset
      ? { actor1: mention.actor1Offset, actor2: mention.actor2Offset, action: mention.actionOffset }
      : null,
    extra,
    origin: { file: mention.provenance.file, line: mention.provenance.line },
  };
}
