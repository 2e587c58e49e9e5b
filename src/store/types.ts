/**
 * The one storage interface every backend implements (DuckDB now, ClickHouse later).
 * Callers see plain records; SQL and backend specifics stay under `src/store/<backend>/`.
 */
import type {
  ActorRef,
  Article,
  CodedEvent,
  DatePrecision,
  Designation,
  Fact,
  Mention,
  Modality,
  QuadClass,
  Sentence,
} from '../core/types.js';

/** Everything Dyad derives from one article, stored together or not at all. */
export interface ArticleBundle {
  readonly article: Article;
  /**
   * Identifies the reader that produced the derived rows (hash of the dictionaries
   * plus the code version). Re-ingesting with the same value is a no-op.
   */
  readonly readerVersion: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly events?: readonly CodedEvent[];
  readonly facts?: readonly Fact[];
  readonly designations?: readonly Designation[];
}

/** What `putArticle` did: stored a new article, left it as it was, or replaced its derived rows. */
export type PutStatus = 'new' | 'unchanged' | 'updated';

/** Per-article outcome of `putArticles`; a failed article is absent from the store. */
export type PutResult =
  | { readonly id: string; readonly status: PutStatus }
  | { readonly id: string; readonly status: 'failed'; readonly error: Error };

/** Where an event record came from. */
export type Dataset = 'dyad' | 'gdelt' | 'icews' | 'plover';
export const DATASETS: readonly Dataset[] = Object.freeze(['dyad', 'gdelt', 'icews', 'plover']);

/** Row counts stored for an article, checked against its child tables. */
export interface ArticleCounts {
  readonly sentences: number;
  readonly mentions: number;
  readonly events: number;
  readonly facts: number;
  readonly designations: number;
}

export interface StoredArticleSummary {
  readonly id: string;
  readonly title: string | null;
  readonly source: string | null;
  readonly url: string | null;
  readonly published: string | null;
  readonly readerVersion: string;
  /** ISO timestamp (UTC) of the last ingest that changed the article. */
  readonly ingestedAt: string;
  readonly counts: ArticleCounts;
}

export interface StoredArticle extends StoredArticleSummary {
  readonly article: Article;
}

/** A bundle as read back from the store (events as coded in this article's mentions). */
export interface StoredBundle {
  readonly article: Article;
  readonly readerVersion: string;
  readonly ingestedAt: string;
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly events: readonly CodedEvent[];
  readonly facts: readonly Fact[];
  readonly designations: readonly Designation[];
}

export type StoredMention = Mention & { readonly articleId: string; readonly ordinal: number };

/** An actor on a stored event. Imported events have no span in an article. */
export interface StoredEventActor extends ActorRef {
  readonly text: string | null;
  readonly start: number | null;
  readonly end: number | null;
}

export interface EventDate {
  readonly value: string;
  readonly precision: DatePrecision;
  readonly start: string;
  readonly end: string;
}

export interface EventLocation {
  readonly name: string;
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
}

/** A canonical event: one happening, reported by one or more mentions. */
export interface StoredEvent {
  readonly id: string;
  readonly dataset: Dataset;
  /** The dataset's own key (GDELT GLOBALEVENTID, ICEWS Event ID, PLOVER id); null for Dyad events. */
  readonly externalId: string | null;
  readonly code: string | null;
  readonly root: string | null;
  readonly quad: QuadClass | null;
  readonly goldstein: number | null;
  readonly plover: { readonly type: string | null; readonly mode: string | null };
  readonly sources: readonly StoredEventActor[];
  readonly targets: readonly StoredEventActor[];
  readonly reciprocal: boolean;
  readonly modality: Modality;
  readonly date: EventDate | null;
  readonly location: EventLocation | null;
  readonly counts: { readonly mentions: number; readonly articles: number; readonly sources: number };
  /** The evidence shown for the event (from its lead report for Dyad events: see src/dedup). */
  readonly evidence: {
    readonly articleId: string | null;
    readonly sentence: number | null;
    readonly text: string;
    readonly start: number | null;
    readonly end: number | null;
    /**
     * Imported events only: the document the evidence is in (GDELT SOURCEURL, PLOVER cite URL),
     * since the store holds no article for them.
     */
    readonly url?: string | null;
    /** Imported GDELT events with an attached mention: character offsets in that document. */
    readonly offsets?: EvidenceOffsets | null;
  } | null;
  readonly rule: { readonly id: string; readonly dictionary: string } | null;
  /** The article of the event's first mention, when it is in the store. */
  readonly article: {
    readonly id: string;
    readonly title: string | null;
    readonly url: string | null;
    readonly published: string | null;
  } | null;
  readonly sourceUrl: string | null;
  /** Dataset-specific fields, kept so an imported row can be exported back field by field. */
  readonly extra: Readonly<Record<string, unknown>> | null;
  /** File and line an imported event was read from. */
  readonly origin: { readonly file: string; readonly line: number | null } | null;
}

/** One report of a canonical event (an article's coding of it), for the evidence view. */
export interface StoredEventMention {
  /** `<article id>:<position of the event in the article>`. */
  readonly id: string;
  readonly eventId: string;
  readonly articleId: string;
  readonly ordinal: number;
  /** The event as this article coded it: actors, date, modality, evidence, rule. */
  readonly coded: CodedEvent;
  /** The full sentence carrying the report, or null if the sentence row is missing. */
  readonly sentenceText: string | null;
  readonly article: {
    readonly title: string | null;
    readonly source: string | null;
    readonly url: string | null;
    readonly published: string | null;
    readonly readerVersion: string;
  };
  /** True for the report leading the group: the event carries its coding and evidence. */
  readonly lead: boolean;
}

/** GDELT Mentions: where actor 1, actor 2 and the action are in the document (character offsets). */
export interface EvidenceOffsets {
  readonly actor1: number | null;
  readonly actor2: number | null;
  readonly action: number | null;
}

/** Where an imported event's evidence is in its source document (the store holds no article for it). */
export interface ImportedEvidence {
  /** 1-based sentence number in the document (GDELT SentenceID, ICEWS Sentence Number, PLOVER sequence). */
  readonly sentence?: number | null;
  /** Character span of `evidenceText` in the document (PLOVER text_info start/end). */
  readonly start?: number | null;
  readonly end?: number | null;
  readonly offsets?: EvidenceOffsets | null;
}

/** An event read from a GDELT, ICEWS or PLOVER file. */
export interface ImportedEvent {
  readonly dataset: Exclude<Dataset, 'dyad'>;
  readonly externalId: string;
  readonly code: string | null;
  readonly root: string | null;
  readonly quad: QuadClass | null;
  readonly goldstein: number | null;
  readonly plover: { readonly type: string | null; readonly mode: string | null };
  readonly sources: readonly StoredEventActor[];
  readonly targets: readonly StoredEventActor[];
  readonly reciprocal: boolean;
  readonly modality: Modality;
  readonly date: EventDate | null;
  readonly location: EventLocation | null;
  /** GDELT's NumMentions/NumArticles/NumSources; 1/1/1 when absent. */
  readonly counts?: { readonly mentions: number; readonly articles: number; readonly sources: number };
  readonly evidenceText?: string | null;
  readonly evidence?: ImportedEvidence;
  readonly sourceUrl: string | null;
  readonly extra: Readonly<Record<string, unknown>> | null;
  readonly origin: { readonly file: string; readonly line: number };
}

/**
 * A report of an imported event from a dataset's mentions table (GDELT 2.0 Mentions),
 * attached to the stored event with that dataset and external id.
 */
export interface ImportedEventMention {
  readonly dataset: Exclude<Dataset, 'dyad'>;
  /** The mentioned event's key in its dataset (GLOBALEVENTID). */
  readonly eventExternalId: string;
  /** The mention's own key among the event's mentions (GDELT: MentionTimeDate, MentionIdentifier, SentenceID). */
  readonly key: string;
  /** Day of the mention (YYYY-MM-DD), or null. */
  readonly published: string | null;
  readonly sourceName: string | null;
  /** Document URL (or citation). */
  readonly url: string | null;
  readonly sentence: number | null;
  readonly offsets: EvidenceOffsets | null;
  readonly extra: Readonly<Record<string, unknown>> | null;
  readonly origin: { readonly file: string; readonly line: number };
}

export interface MentionImportResult {
  readonly inserted: number;
  /** Mentions already stored, or repeated earlier in the input. */
  readonly skipped: number;
  /** Mentions of events that are not in the store (not attached). */
  readonly unmatched: number;
  /** The first (up to 20) unmatched mentions, in input order. */
  readonly firstUnmatched: readonly {
    readonly file: string;
    readonly line: number;
    readonly eventExternalId: string;
  }[];
}

/** The events an export writes: EventQuery's filters, without paging. */
export type ExportQuery = Omit<EventQuery, 'limit' | 'cursor'>;

export interface ImportResult {
  readonly inserted: number;
  /** Rows whose (dataset, externalId) was already stored or repeated earlier in the input. */
  readonly skipped: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Pass back as `cursor` to get the next page; null on the last page. */
  readonly nextCursor: string | null;
}

export interface PageQuery {
  /** 1..1000; default 100. */
  readonly limit?: number;
  readonly cursor?: string | null;
}

export interface MentionQuery extends PageQuery {
  readonly articleId?: string;
  readonly kind?: Mention['kind'];
}

export interface EventQuery extends PageQuery {
  /** Source then target: country (ISO alpha-3) or, for actors without one, the whole actor code (IGOUNO). */
  readonly dyad?: readonly [string, string];
  /** With `dyad`, match either direction. Reciprocal events always match both directions. */
  readonly undirected?: boolean;
  /** Events with this country or actor code among their sources or targets. */
  readonly actor?: string;
  /** Inclusive bounds (YYYY-MM-DD) on the event's start date; undated events never match. */
  readonly from?: string;
  readonly to?: string;
  readonly root?: string;
  readonly code?: string;
  readonly quad?: QuadClass;
  readonly modality?: Modality;
  readonly dataset?: Dataset;
  /** Events whose modality is one of these (with `modality`, both must hold). */
  readonly modalities?: readonly Modality[];
  /** Case-insensitive substring of the event's evidence text. */
  readonly text?: string;
  /** By event date then id; default 'desc' (newest first, undated last). */
  readonly order?: 'asc' | 'desc';
}

export type SeriesInterval = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface SeriesQuery {
  /** Source then target keys, as in EventQuery. */
  readonly dyad: readonly [string, string];
  readonly undirected?: boolean;
  /** Default 'month'. Weeks start on Monday. */
  readonly interval?: SeriesInterval;
  readonly from?: string;
  readonly to?: string;
  readonly modality?: Modality;
  readonly dataset?: Dataset;
}

/** One period of a dyad's time series; each event counts once however many pairs it has. */
export interface SeriesPoint {
  /** First day of the period, YYYY-MM-DD. */
  readonly period: string;
  readonly events: number;
  /** Events per GDELT quad class 1..4. */
  readonly quads: readonly [number, number, number, number];
  /** Mean Goldstein score of the events that have one, or null. */
  readonly goldstein: number | null;
}

/** The article a record was read from. */
export interface ArticleRef {
  readonly id: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly published: string | null;
}

/** A dyad's periods with what the analytics need; heavy aggregation stays in the backend. */
export interface MetricsQuery {
  /** Source then target keys, as in EventQuery. */
  readonly dyad: readonly [string, string];
  readonly undirected?: boolean;
  /** Default 'month'. Weeks start on Monday. */
  readonly interval?: SeriesInterval;
  readonly from?: string;
  readonly to?: string;
  /** Only events with one of these modalities; default all. */
  readonly modalities?: readonly Modality[];
  readonly dataset?: Dataset;
}

/**
 * One period of a dyad (each event once, however many pairs it has). Weighted sums use
 * w = 1 + ln(num_mentions): an event reported more often weighs more, with diminishing returns.
 */
export interface MetricsPoint {
  /** First day of the period, YYYY-MM-DD. */
  readonly period: string;
  readonly events: number;
  /** Events per GDELT quad class 1..4. */
  readonly quads: readonly [number, number, number, number];
  /** Events per CAMEO root code ("01".."20"). */
  readonly roots: Readonly<Record<string, number>>;
  /** Over the events that have a Goldstein score (`count` of them). */
  readonly goldstein: { readonly sum: number; readonly mean: number | null; readonly count: number };
  /** Σ w over the events. */
  readonly weight: number;
  /** Σ w over the events per quad class 1..4. */
  readonly weightedQuads: readonly [number, number, number, number];
  /** Σ w·goldstein and Σ w over the events that have a Goldstein score. */
  readonly weightedGoldstein: { readonly sum: number; readonly weight: number };
  /** Σ num_mentions: reports of the period's events. */
  readonly mentions: number;
  /** Distinct stored articles reporting the period's events (imported events have none). */
  readonly articles: number;
}

export interface TopEventsQuery {
  /** Events between two keys (source then target, as in EventQuery)... */
  readonly dyad?: readonly [string, string];
  readonly undirected?: boolean;
  /** ...or events with this key on either side (give one of `dyad` and `actor`). */
  readonly actor?: string;
  /** With `actor`: leave out events that have a pair between `actor` and this key (third parties only). */
  readonly notWith?: string;
  /** Only these CAMEO roots. */
  readonly roots?: readonly string[];
  readonly from?: string;
  readonly to?: string;
  readonly modalities?: readonly Modality[];
  readonly dataset?: Dataset;
  /**
   * salience (default): most mentions, then largest |Goldstein|; cooperative / conflictual:
   * highest / lowest (1 + ln num_mentions) · Goldstein. Ties by date then id.
   */
  readonly order?: 'salience' | 'cooperative' | 'conflictual';
  /** 1..1000; default 10. */
  readonly limit?: number;
}

/** One report of an event: how one article's sentence coded it. */
export interface StoredEventReport {
  /** `<article>:<n>` for Dyad reports. */
  readonly id: string;
  readonly eventId: string;
  readonly articleId: string | null;
  readonly event: CodedEvent;
  readonly article: ArticleRef | null;
  readonly sentence: Sentence | null;
}

export interface EventReportQuery {
  readonly eventId?: string;
  /** Reports of any of these events (at most 1000). */
  readonly eventIds?: readonly string[];
  readonly articleId?: string;
}

export interface FactQuery extends PageQuery {
  /** Both keys among the parties, in either order. */
  readonly dyad?: readonly [string, string];
  readonly party?: string;
  readonly kind?: string;
  readonly articleId?: string;
  /** Facts whose period overlaps [from, to]; an undated fact counts at its article's publication date. */
  readonly from?: string;
  readonly to?: string;
}

export interface StoredFact extends Fact {
  readonly articleId: string;
  readonly ordinal: number;
  readonly article: ArticleRef;
  /** The full sentence carrying the fact. */
  readonly sentenceText: string | null;
}

export interface DesignationQuery extends PageQuery {
  readonly dyad?: readonly [string, string];
  readonly party?: string;
  readonly kind?: Designation['kind'];
  readonly articleId?: string;
  /** Bounds on `day`. */
  readonly from?: string;
  readonly to?: string;
}

export interface StoredDesignation extends Designation {
  readonly articleId: string;
  readonly ordinal: number;
  /**
   * First day the designation is known to hold: the first day of its stated date
   * (YYYY, YYYY-MM, YYYY-MM-DD...), else its article's publication date; null if neither.
   */
  readonly day: string | null;
  readonly article: ArticleRef;
  readonly sentenceText: string | null;
}

export interface ActorKeyQuery {
  /** Keys starting with this (case-sensitive, keys are upper case). */
  readonly prefix?: string;
  /** Only these keys. */
  readonly keys?: readonly string[];
  /** 1..1000; default 20. */
  readonly limit?: number;
}

export interface ActorKeyCount {
  /** A country or actor code found among events' sources and targets. */
  readonly key: string;
  /** Events with the key among their sources or targets. */
  readonly events: number;
}

export interface StoreStats {
  readonly schemaVersion: string;
  readonly counts: {
    readonly articles: number;
    readonly sentences: number;
    readonly mentions: number;
    readonly events: number;
    readonly eventMentions: number;
    readonly eventPairs: number;
    readonly facts: number;
    readonly designations: number;
  };
  readonly eventsByDataset: Readonly<Partial<Record<Dataset, number>>>;
  /** Publication dates of the stored articles, or null when none is dated. */
  readonly articleDates: { readonly first: string; readonly last: string } | null;
  readonly topActors: readonly {
    readonly code: string;
    readonly name: string | null;
    readonly mentions: number;
  }[];
  readonly topCountries: readonly { readonly country: string; readonly mentions: number }[];
}

/** What `checkIntegrity` found: every article should be complete and no row orphaned. */
export interface IntegrityReport {
  readonly articles: number;
  /** Articles whose stored child rows differ from the counts on the article row. */
  readonly incomplete: readonly {
    readonly id: string;
    readonly expected: ArticleCounts;
    readonly found: ArticleCounts;
  }[];
  /** Rows pointing at an article or event that is not stored, per table. */
  readonly orphans: Readonly<Record<string, number>>;
  /** Event ids held by more than one event row. */
  readonly duplicateEventIds: number;
}

export interface Store {
  /** 'duckdb' (later 'clickhouse'). */
  readonly backend: string;
  /** The database file or URL, for messages. */
  readonly location: string;
  readonly readOnly: boolean;

  /** Stores one article and everything derived from it in one transaction. Throws DyadError on failure. */
  putArticle(bundle: ArticleBundle): Promise<PutStatus>;
  /**
   * Stores many articles, each all-or-nothing, faster than one call each (backends may
   * commit several per transaction). A failed article is reported and left absent; the
   * others are stored.
   */
  putArticles(bundles: readonly ArticleBundle[]): Promise<readonly PutResult[]>;
  /** Stores events read from GDELT/ICEWS/PLOVER files in one transaction; idempotent per (dataset, externalId). */
  putImportedEvents(events: readonly ImportedEvent[]): Promise<ImportResult>;
  /**
   * Stores a stream of imported events (a whole file) in ONE transaction: all of them or,
   * if the stream or the write fails, none. Keys already stored, or repeated earlier in the
   * stream, are skipped (the first row wins). Memory stays flat however long the stream.
   */
  importEvents(batches: AsyncIterable<readonly ImportedEvent[]>): Promise<ImportResult>;
  /**
   * Attaches a stream of mentions to stored imported events, in ONE transaction. Each
   * event keeps its counts; an event without evidence yet takes its evidence pointer
   * (sentence, offsets, URL) from the mention of its source URL, else its first mention.
   * Idempotent per (event, mention key); mentions of events not stored are counted, not kept.
   */
  importMentions(batches: AsyncIterable<readonly ImportedEventMention[]>): Promise<MentionImportResult>;
  /**
   * Every event matching `query`, in listEvents' ascending order (undated first, then by date
   * and id), in chunks, from one snapshot; for exports of any size (the cost does not grow
   * with the number of pages as cursor paging's does). Holds a connection of its own until
   * the iteration ends or is abandoned.
   */
  streamEvents(query?: ExportQuery): AsyncIterable<readonly StoredEvent[]>;
  /**
   * Writes the events matching `query` to a Parquet file with the backend's own writer, in
   * streamEvents' order; returns the number of events written. `path` must end in `.parquet` and its folder exist.
   */
  exportParquet(query: ExportQuery, path: string): Promise<number>;

  getArticle(id: string): Promise<StoredArticle | null>;
  getBundle(id: string): Promise<StoredBundle | null>;
  listArticles(query?: PageQuery): Promise<Page<StoredArticleSummary>>;
  listMentions(query?: MentionQuery): Promise<Page<StoredMention>>;
  getEvent(id: string): Promise<StoredEvent | null>;
  /**
   * The reports merged into an event, the lead first, then by publication, article and
   * position; empty for imported events and unknown ids.
   */
  listEventMentions(eventId: string): Promise<readonly StoredEventMention[]>;
  listEvents(query?: EventQuery): Promise<Page<StoredEvent>>;
  /** Dated events between a dyad per period, oldest first; periods without events are left out. */
  dyadSeries(query: SeriesQuery): Promise<readonly SeriesPoint[]>;
  /** Per-period counts and weighted sums for the analytics, oldest first; empty periods left out. */
  dyadMetrics(query: MetricsQuery): Promise<readonly MetricsPoint[]>;
  /** The leading dated events of a dyad in a date range. */
  topEvents(query: TopEventsQuery): Promise<readonly StoredEvent[]>;
  /** Reports of an event, or every event report of an article, in article then position order. */
  listEventReports(query: EventReportQuery): Promise<readonly StoredEventReport[]>;
  /** Facts by period (undated: the article's date), then article and position. */
  listFacts(query?: FactQuery): Promise<Page<StoredFact>>;
  /** Designations by `day` (undated last), then article and position. */
  listDesignations(query?: DesignationQuery): Promise<Page<StoredDesignation>>;
  /** Actor keys among the stored events, most frequent first. */
  actorKeys(query?: ActorKeyQuery): Promise<readonly ActorKeyCount[]>;
  stats(options?: { readonly top?: number }): Promise<StoreStats>;
  /** Compares every article's counts with its child rows and looks for orphaned rows. */
  checkIntegrity(): Promise<IntegrityReport>;

  /** Releases the database; further calls fail. Safe to call twice. */
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Database file; default `./dyad.duckdb`. */
  readonly path?: string;
  readonly readOnly?: boolean;
}
