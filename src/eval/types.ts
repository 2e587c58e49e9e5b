/**
 * Gold sets, produced outputs and score reports for `dyad eval`.
 *
 * The three gold formats (CAMEO manual examples, the PETRARCH validation suite, the seed
 * article) are read into one shape, `GoldSet`; the scorer compares it with what Dyad
 * produced for each item (`ProducedItem`) and returns an `EvalReport`. See README.md.
 */
import type { DatePrecision, Span } from '../core/types.js';

export type GoldFormat = 'cameo-manual' | 'petr-suite' | 'seed';

/**
 * How actor codes are compared (`actorKey`):
 * - `whole`: the whole code (the PETRARCH suite's fictional actors, `DAGGOV`);
 * - `country`: the country part (first three letters), except IGO/NGO/IMG/MNC codes, which
 *   are compared whole (`IGOEUREEC`) — the seed gold's convention;
 * - `prefix`: always the first three letters — the CAMEO-manual gold, which names
 *   organisations only as `IGO` / `NGO`.
 */
export type ActorMode = 'whole' | 'country' | 'prefix';

/** An inclusive period of ISO days, with the text it was read from. */
export interface GoldPeriod {
  readonly value: string;
  readonly start: string;
  readonly end: string;
}

/** `undated`: the text gives no date, any produced date is accepted. */
export type GoldDate = { readonly kind: 'undated' } | ({ readonly kind: 'period' } & GoldPeriod);

export interface GoldEvent {
  /** The gold's id (`E01`), or `record#n` for formats without event ids. */
  readonly id: string;
  /** Id of the item (sentence or article) it belongs to. */
  readonly item: string;
  readonly category: string;
  /** Full actor codes; an empty list means the gold does not name that side. */
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  /** Source and target may be swapped. */
  readonly reciprocal: boolean;
  /** Two-digit roots that count as correct at the root level (empty: not scored there). */
  readonly roots: readonly string[];
  /** Full codes that count as correct at the full level (empty: not scored there). */
  readonly codes: readonly string[];
  /** The gold's PLOVER label, kept for reports. */
  readonly plover: string | null;
  /** Null: dates are not scored for this gold. */
  readonly date: GoldDate | null;
  /** False: optional, counted when found but never a miss. */
  readonly must: boolean;
  readonly evidence: string | null;
}

export interface GoldItem {
  readonly id: string;
  readonly category: string;
  /** The text to code (a sentence, or the article when it was found), or null. */
  readonly text: string | null;
  /** Reference date for coding, YYYY-MM-DD, or null. */
  readonly date: string | null;
  readonly events: readonly GoldEvent[];
  /** Any produced event is wrong (PETRARCH suite `expect_no_events`). */
  readonly expectNoEvents: boolean;
  /** Fragments of sentences that must produce no event (seed `no_events`). */
  readonly noEventEvidence: readonly string[];
  /** False: not scored (`evaluate: false`, `expect_error`), with the reason. */
  readonly evaluate: boolean;
  readonly skipReason: string | null;
}

export interface GoldFact {
  readonly id: string;
  readonly must: boolean;
  readonly kind: string;
  readonly parties: readonly string[];
  readonly value: number;
  readonly unit: string;
  /** Null when the gold gives no period (any period accepted). */
  readonly period: GoldDate | null;
  readonly direction: string | null;
  readonly qualifier: string | null;
  readonly subject: string | null;
  readonly approx: boolean;
  readonly evidence: string | null;
}

export interface GoldDesignation {
  readonly id: string;
  readonly must: boolean;
  readonly kind: string;
  readonly parties: readonly string[];
  readonly label: string;
  readonly date: GoldDate | null;
  readonly evidence: string | null;
}

export interface GoldSet {
  /** Base name of the gold file. */
  readonly name: string;
  readonly format: GoldFormat;
  readonly actorMode: ActorMode;
  readonly items: readonly GoldItem[];
  readonly facts: readonly GoldFact[];
  readonly designations: readonly GoldDesignation[];
  /** Seed: the article path as the gold names it (relative to the shared folder). */
  readonly article: string | null;
  /** What the reader decided while reading (code corrections, missing article...). */
  readonly notes: readonly string[];
}

// ---------------------------------------------------------------------------
// What Dyad produced. `CodedEvent`, `Fact` and `Designation` satisfy these shapes.

export interface ScorableActor {
  readonly code: string | null;
  readonly country?: string | null;
}

export interface ScorableEvent {
  readonly code: string;
  readonly sources: readonly ScorableActor[];
  readonly targets: readonly ScorableActor[];
  readonly reciprocal?: boolean;
  readonly date?: { readonly value?: string; readonly start: string; readonly end: string } | null;
  readonly evidence?: { readonly text: string; readonly start: number; readonly end: number };
  readonly sentence?: number;
  readonly rule?: { readonly id: string };
}

export interface ScorableFact {
  readonly kind: string;
  readonly value: number;
  readonly unit: string;
  readonly parties: readonly string[];
  readonly period: {
    readonly start: string | null;
    readonly end: string | null;
    readonly precision?: DatePrecision | 'undated';
    readonly value?: string;
  } | null;
  readonly rule?: { readonly id: string };
}

export interface ScorableDesignation {
  readonly kind: string;
  readonly parties: readonly string[];
  /** As written in the text. */
  readonly label: string;
  /** The normalised label (scale level, status), compared too: the gold names canonical labels. */
  readonly level?: string | null;
  readonly date: { readonly value: string; readonly precision: DatePrecision | 'undated' } | null;
  readonly rule?: { readonly id: string };
}

/** Dyad's output for one gold item. */
export interface ProducedItem {
  readonly events: readonly ScorableEvent[];
  readonly facts?: readonly ScorableFact[];
  readonly designations?: readonly ScorableDesignation[];
  /** Sentence spans of the item's text, to place `no_events` fragments (optional). */
  readonly sentences?: readonly Span[];
}

// ---------------------------------------------------------------------------
// Reports

export interface LevelScore {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** Null when undefined (0/0). */
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

export type Level = 'root' | 'full';

export interface CategoryRow {
  readonly category: string;
  readonly root: LevelScore;
  readonly full: LevelScore;
}

/** An expected dyad that was not found (`level: 'full'` only when found at the root level). */
export interface Miss {
  readonly item: string;
  readonly event: string;
  readonly source: string | null;
  readonly target: string | null;
  /** The gold event is reciprocal (source and target may be swapped). */
  readonly undirected: boolean;
  readonly roots: readonly string[];
  readonly codes: readonly string[];
  readonly level: Level;
  readonly reason: string;
}

/** A produced dyad that matched nothing (`level: 'full'` only when it matched at the root level). */
export interface FalsePositive {
  readonly item: string;
  readonly source: string | null;
  readonly target: string | null;
  /** The produced event is reciprocal. */
  readonly undirected: boolean;
  readonly code: string;
  readonly level: Level;
  readonly rule: string | null;
  readonly evidence: string | null;
  readonly reason: string;
}

export interface NoEventViolation {
  readonly item: string;
  /** The gold fragment, or null for a whole item that expects no events. */
  readonly evidence: string | null;
  readonly code: string;
  readonly rule: string | null;
}

export interface RecordScore extends LevelScore {
  readonly misses: readonly { readonly id: string; readonly reason: string }[];
  readonly falsePositives: readonly { readonly description: string }[];
}

export interface EvalReport {
  readonly gold: {
    readonly name: string;
    readonly format: GoldFormat;
    readonly actorMode: ActorMode;
    readonly items: number;
    readonly scored: number;
    /** Expected dyads (must) and optional dyads over the scored items. */
    readonly expected: number;
    readonly optional: number;
    readonly notes: readonly string[];
  };
  readonly levels: { readonly root: LevelScore; readonly full: LevelScore };
  /** Gold events marked `must` (every event where the format has no such mark) and how many were found at root level. */
  readonly events: {
    readonly must: number;
    readonly mustFound: number;
    readonly mustMissed: readonly string[];
  };
  readonly perCategory: readonly CategoryRow[];
  readonly misses: readonly Miss[];
  readonly falsePositives: readonly FalsePositive[];
  readonly noEventViolations: readonly NoEventViolation[];
  readonly skipped: readonly { readonly item: string; readonly reason: string }[];
  readonly facts: RecordScore | null;
  readonly designations: RecordScore | null;
}
