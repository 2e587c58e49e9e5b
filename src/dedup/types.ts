/**
 * What deduplication compares: one report of an event (a mention), reduced to the
 * fields the matching rule reads, plus what picks the lead report of a group.
 */
import type { DatePrecision, Modality } from '../core/types.js';
import type { SpeakerVerdict } from './speakers.js';

/** An actor as the rule sees it: its code and country, and the person it names, if any. */
export interface DedupActor {
  readonly code: string | null;
  readonly country: string | null;
  /** The person the actor names ("OLAF SCHOLZ"), when it names one: see speakers.ts. */
  readonly person?: string | null;
}

/** An event date: inclusive ISO days and the precision they were stated at. */
export interface DedupDate {
  readonly precision: DatePrecision;
  readonly start: string;
  readonly end: string;
}

/** Where a report places its event: the location's name and coordinates (null when the gazetteer has none). */
export interface DedupPlace {
  readonly name: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
}

/** One report of an event (an `event_mentions` row or a freshly coded event). */
export interface DedupItem {
  /** The mention's id (`<article>:<n>`); ties are broken by it, so it must be unique. */
  readonly id: string;
  readonly root: string;
  readonly code: string;
  readonly modality: Modality;
  readonly reciprocal: boolean;
  readonly sources: readonly DedupActor[];
  readonly targets: readonly DedupActor[];
  readonly date: DedupDate | null;
  /** The event's location, or null when the report places it nowhere. */
  readonly place: DedupPlace | null;
  readonly articleId: string;
  /** Position of the event in its article. */
  readonly ordinal: number;
  /** Publication day of the article (YYYY-MM-DD), or null. */
  readonly published: string | null;
  /** Length of the evidence text; longer evidence is preferred for the lead. */
  readonly evidenceLength: number;
}

/** How a date is compared: see window.ts. */
export type DateClass = 'point' | 'inferred' | 'period' | 'coarse' | 'undated';

/** The outcome of comparing two dates, with the numbers behind it. */
export interface DateVerdict {
  readonly ok: boolean;
  readonly rule:
    | 'within-days'
    | 'day-before-publication'
    | 'same-day'
    | 'overlap'
    | 'same-period'
    | 'undated'
    | 'inferred-vs-period'
    | 'coarse';
  readonly classes: readonly [DateClass, DateClass];
  /** Days between the two date intervals (0 when they overlap); null when undated. */
  readonly gapDays: number | null;
  /** The largest gap the rule allows, in days; null when the rule does not allow any merge. */
  readonly toleranceDays: number | null;
  readonly text: string;
}

/** Why two reports may or may not be one event: every check, passed or not. */
export interface Verdict {
  readonly ok: boolean;
  readonly root: { readonly ok: boolean; readonly text: string };
  readonly modality: { readonly ok: boolean; readonly text: string };
  readonly actors: { readonly ok: boolean; readonly shared: readonly string[]; readonly text: string };
  readonly date: DateVerdict;
  readonly place: { readonly ok: boolean; readonly km: number | null; readonly text: string };
  readonly speakers: SpeakerVerdict;
}

/** A group of reports of one happening, led by its best report. */
export interface Cluster<T extends DedupItem = DedupItem> {
  readonly lead: T;
  /** Every report of the group, the lead first, then by mention id. */
  readonly members: readonly T[];
}
