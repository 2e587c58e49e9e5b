/**
 * Records for events read from other datasets (GDELT, ICEWS, PLOVER JSON).
 *
 * `ImportedEvent` follows Dyad's `CodedEvent` (src/core/types.ts) field for field where
 * the datasets carry the same information, and differs where they do not:
 * - `code`, `root`, `quad` and `goldstein` may be null (PLOVER records carry no CAMEO code);
 * - actors carry no character span (the datasets give none), and GDELT actors carry their own
 *   location;
 * - `evidence` points at a document (URL, story id, sentence number) rather than a span of
 *   an article Dyad holds;
 * - `extra` keeps, by the dataset's own column or field name, every value the record does not
 *   otherwise represent, and the original text of any value whose canonical rendering would
 *   differ (e.g. GDELT's `-7.0`), so that exporters reproduce the original row exactly.
 */
import type { DatePrecision, Modality, QuadClass } from '../../core/types.js';

/** A JSON value, as held in `extra`. */
export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * Which dataset an event came from; with `externalId` it is the event's natural key.
 * `dyad`: an event Dyad coded itself, read back from the store for export.
 */
export type EventDataset = 'gdelt1' | 'gdelt2' | 'icews' | 'plover' | 'dyad';

/** The file layout a record was read from. */
export type SourceFormat =
  | 'gdelt2-events'
  | 'gdelt2-translingual'
  | 'gdelt1-daily'
  | 'gdelt1-backfile'
  | 'gdelt2-mentions'
  | 'icews'
  | 'plover'
  | 'dyad';

export interface Provenance {
  /** The file read; for a zip member `archive.zip!member.csv`; a Dyad-coded event's article id. */
  readonly file: string;
  /** 1-based line (JSONL, tables) or 1-based record index (a JSON array); 0 for Dyad-coded events. */
  readonly line: number;
  readonly format: SourceFormat;
}

export interface ImportedLocation {
  /** Full human-readable name ("Vancouver, British Columbia, Canada"). */
  readonly name: string | null;
  /** ISO 3166 alpha-3 country, or null when unknown or not a country. */
  readonly country: string | null;
  /** The FIPS 10-4 country code as GDELT gives it (GDELT only). */
  readonly fips: string | null;
  /** ADM1 code (GDELT: FIPS country + FIPS ADM1, e.g. "USDC"). */
  readonly adm1: string | null;
  /** ADM2 code (GDELT 2.0: GAUL or US county code). */
  readonly adm2: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  /** GNS/GNIS feature id (GDELT), GeoNames id (PLOVER). */
  readonly featureId: string | null;
  readonly resolution: 'country' | 'adm1' | 'adm2' | 'city' | null;
}

export interface ImportedActor {
  /** Full actor code: GDELT's Actor1Code as given; ICEWS and PLOVER: country + primary sector. */
  readonly code: string | null;
  /** ISO 3166 alpha-3 country (CAMEO country codes converted where they differ), or null. */
  readonly country: string | null;
  /** Primary sector/role code (GOV, MIL, COP...), or null. */
  readonly sector: string | null;
  /** Canonical name (GDELT Actor1Name, ICEWS Source Name, PLOVER identifier_text). */
  readonly name: string | null;
  /** Text as written in the source document, when the dataset gives it (PLOVER). */
  readonly text: string | null;
  /** Where the actor was (GDELT Actor1Geo_*), or null. */
  readonly location: ImportedLocation | null;
}

export interface ImportedDate {
  readonly value: string;
  readonly precision: DatePrecision;
  /** Inclusive ISO days. */
  readonly start: string;
  readonly end: string;
}

export interface ImportedEvidence {
  /** Sentence or passage text when the dataset carries it (PLOVER `text`), else null. */
  readonly text: string | null;
  /** Document URL: GDELT SOURCEURL (first mention), PLOVER cite_info.url. */
  readonly url: string | null;
  /** Publisher or source name (ICEWS Publisher, PLOVER cite_info.publication). */
  readonly source: string | null;
  /** Document id in the dataset (ICEWS Story ID). */
  readonly document: string | null;
  /** 1-based sentence number in the document (ICEWS Sentence Number, GDELT SentenceID, PLOVER text_info.sequence). */
  readonly sentence: number | null;
  /** Character span of the evidence (PLOVER text_info start/end). */
  readonly span: { readonly start: number; readonly end: number } | null;
  /** GDELT mentions: character offsets of actor 1, actor 2 and the action in the article. */
  readonly offsets: {
    readonly actor1: number | null;
    readonly actor2: number | null;
    readonly action: number | null;
  } | null;
}

export interface ImportedEvent {
  readonly dataset: EventDataset;
  /** The dataset's own id (GLOBALEVENTID, ICEWS Event ID, PLOVER id). */
  readonly externalId: string;
  /** Full CAMEO code as given, or null (PLOVER records without one). */
  readonly code: string | null;
  /** Two-digit CAMEO root, or null. */
  readonly root: string | null;
  /** GDELT quad class (as given by GDELT; from the code otherwise), or null. */
  readonly quad: QuadClass | null;
  /** Goldstein score as the dataset gives it (ICEWS Intensity), or null. */
  readonly goldstein: number | null;
  readonly plover: {
    readonly type: string | null;
    readonly mode: string | null;
    readonly context: readonly string[];
  };
  readonly sources: readonly ImportedActor[];
  readonly targets: readonly ImportedActor[];
  readonly modality: Modality;
  readonly date: ImportedDate | null;
  /** When the dataset added the event: ISO timestamp (GDELT 2.0, UTC) or ISO day (GDELT 1.0). */
  readonly dateAdded: string | null;
  /** Where the event happened (GDELT ActionGeo, ICEWS location, PLOVER event_loc). */
  readonly location: ImportedLocation | null;
  readonly evidence: ImportedEvidence;
  readonly numMentions: number | null;
  readonly numSources: number | null;
  readonly numArticles: number | null;
  readonly avgTone: number | null;
  readonly provenance: Provenance;
  /** Dataset fields not otherwise represented, and original texts, by column/field name. */
  readonly extra: { readonly [key: string]: JsonValue };
}

/** One row of the GDELT 2.0 Mentions table (16 columns), attached to events by `eventId`. */
export interface ImportedMention {
  /** GLOBALEVENTID of the mentioned event. */
  readonly eventId: string;
  /** EventTimeDate and MentionTimeDate as ISO UTC timestamps. */
  readonly eventTime: string;
  readonly mentionTime: string;
  /** 1 web, 2 citation-only, 3 core, 4 DTIC, 5 JSTOR, 6 non-textual. */
  readonly mentionType: number;
  readonly sourceName: string | null;
  /** URL or citation of the document. */
  readonly identifier: string | null;
  readonly sentence: number | null;
  /** Character offsets in the article (GDELT's -1 = not found → null). */
  readonly actor1Offset: number | null;
  readonly actor2Offset: number | null;
  readonly actionOffset: number | null;
  readonly inRawText: boolean | null;
  readonly confidence: number | null;
  readonly docLength: number | null;
  readonly docTone: number | null;
  /** From MentionDocTranslationInfo ("srclc:spa;eng:GT-SPA 1.0"), null for English documents. */
  readonly translation: { readonly sourceLanguage: string | null; readonly engine: string | null } | null;
  readonly provenance: Provenance;
  readonly extra: { readonly [key: string]: JsonValue };
}

/** What an importer yields, in file order. */
export type ImportItem =
  | { readonly kind: 'event'; readonly event: ImportedEvent }
  | { readonly kind: 'mention'; readonly mention: ImportedMention }
  | { readonly kind: 'skip'; readonly file: string; readonly line: number; readonly reason: string };

/** What Dyad's CAMEO table knows about a code. */
export interface CameoInfo {
  readonly goldstein: number | null;
  readonly quad: QuadClass | null;
  readonly plover: {
    readonly type: string | null;
    readonly mode: string | null;
    readonly context?: string | null;
  };
}

export type CameoLookup = (code: string) => CameoInfo | null;
export type FipsToIso3 = (fips: string) => string | null;
export type CountryNameToIso3 = (name: string) => string | null;
