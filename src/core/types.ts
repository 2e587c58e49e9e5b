/**
 * The records every stage of Dyad passes along. They are plain, immutable data:
 * stages return new records and never mutate the ones they were given.
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit offsets into the article's `text`
 * (for `dyad code`, into the input text) and always satisfy
 * `text.slice(start, end) === mention.text`.
 */

/** A half-open character range `[start, end)` into an article's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** How we know an article's publication date. */
export type PublishedSource = 'file' | 'option' | 'missing';

export interface Article {
  /** Stable id: hex sha256 of the normalised text (first 32 hex digits). */
  readonly id: string;
  readonly title: string | null;
  readonly source: string | null;
  readonly url: string | null;
  /** Publication date as YYYY-MM-DD, or null when unknown. */
  readonly published: string | null;
  readonly publishedSource: PublishedSource;
  /** BCP-47 language tag; Dyad reads English ("en"). */
  readonly language: string;
  /** The main text, NFC-normalised, with \n line endings. */
  readonly text: string;
  /** Where the article came from: a path, "stdin", and the line for JSONL. */
  readonly origin: { readonly path: string; readonly line?: number };
}

export type PosTag =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE';

export interface Token extends Span {
  /** Index of the token within the article. */
  readonly index: number;
  readonly text: string;
  /** Lower-case form. */
  readonly norm: string;
  readonly lemma: string;
  readonly pos: PosTag;
  /** Index of the sentence the token belongs to. */
  readonly sentence: number;
}

export interface Sentence extends Span {
  readonly index: number;
  readonly text: string;
  /** Index of the paragraph (blocks separated by blank lines). */
  readonly paragraph: number;
  /** Index of the first token and one past the last token. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

// ---------------------------------------------------------------------------
// Dates

/** Precision of a date value. `inferred` = taken from context, not stated. */
export type DatePrecision = 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year' | 'range' | 'inferred';

/** A resolved date or period. `start` and `end` are inclusive ISO days. */
export interface DateValue {
  /** Display value at its precision: YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Qn, or `start/end` for ranges. */
  readonly value: string;
  readonly precision: DatePrecision;
  readonly start: string;
  readonly end: string;
  /** Components written in the text (e.g. ["month","day"]). */
  readonly stated: readonly string[];
  /** Components filled in from the reference date (e.g. ["year"]). */
  readonly implied: readonly string[];
}

// ---------------------------------------------------------------------------
// Mentions

export interface ActorRef {
  /** Full CAMEO actor code valid on the sentence's date (e.g. CHNGOV), or null if unknown. */
  readonly code: string | null;
  /** ISO 3166 alpha-3 country, or null (IGOs, unknown). */
  readonly country: string | null;
  /** Sector/role code (GOV, MIL, BUS, ...), or null. */
  readonly sector: string | null;
  /** Canonical name (dictionary entry, e.g. "XI JINPING"). */
  readonly name: string | null;
}

export interface MentionBase extends Span {
  readonly text: string;
  /** Sentence index within the article. */
  readonly sentence: number;
  /** The recognizer or refiner that produced the mention, e.g. "actors/dictionary". */
  readonly rule: string;
  /** The dictionary entry that matched (file:line), when there is one. */
  readonly entry?: string;
  /** Why the recognizer decided as it did, for `explain`. */
  readonly reason?: string;
}

export interface ActorMention extends MentionBase {
  readonly kind: 'actor';
  readonly actor: ActorRef;
  /** Kind of actor expression. */
  readonly form:
    | 'name'
    | 'title'
    | 'demonym'
    | 'capital'
    | 'surname'
    | 'agent'
    | 'country'
    | 'organisation'
    | 'pronoun'
    | 'group';
}

export interface DateMention extends MentionBase {
  readonly kind: 'date';
  /** Null when the expression is relative and the article has no publication date. */
  readonly date: DateValue | null;
}

export interface PlaceMention extends MentionBase {
  readonly kind: 'place';
  readonly place: {
    readonly name: string;
    readonly country: string | null;
    readonly lat: number | null;
    readonly lon: number | null;
    readonly geonameId?: number;
    readonly featureClass?: string;
  };
}

export interface QuantityMention extends MentionBase {
  readonly kind: 'quantity';
  readonly quantity: {
    readonly value: number;
    /** ISO currency code, "percent", or a unit noun ("doses", "km2", "km"). */
    readonly unit: string;
    readonly currency?: string;
    /** For ranges ("5 to 6 billion"): the upper bound. */
    readonly valueEnd?: number;
    /** "about", "at least", "more than", "up to"... as written. */
    readonly qualifier?: string;
  };
}

export type Mention = ActorMention | DateMention | PlaceMention | QuantityMention;

// ---------------------------------------------------------------------------
// Events

export type Modality = 'asserted' | 'negated' | 'future' | 'hypothetical';
export type QuadClass = 1 | 2 | 3 | 4;

export interface EventActor extends ActorRef, Span {
  readonly text: string;
  /** How an actor not named in the span was resolved ("he" -> XI JINPING, "the two countries" -> CHN). */
  readonly via?: string;
  /**
   * The person the actor names, when it names one: a dictionary person ("XI JINPING"),
   * or the name after a title no dictionary knows ("CHRISTIAN LINDNER"). Absent for
   * countries, organisations, groups and offices ("the Chinese foreign minister").
   */
  readonly person?: string;
}

export interface CodedEvent {
  readonly code: string;
  readonly root: string;
  readonly quad: QuadClass;
  readonly goldstein: number;
  readonly plover: { readonly type: string | null; readonly mode: string | null };
  readonly sources: readonly EventActor[];
  readonly targets: readonly EventActor[];
  readonly reciprocal: boolean;
  readonly modality: Modality;
  readonly date: {
    readonly value: string;
    readonly precision: DatePrecision;
    readonly start: string;
    readonly end: string;
  } | null;
  readonly location: {
    readonly name: string;
    readonly country: string | null;
    readonly lat: number | null;
    readonly lon: number | null;
  } | null;
  /** The event's words, from its first to its last actor or verb: `text === article.text.slice(start, end)`. */
  readonly evidence: { readonly text: string; readonly start: number; readonly end: number };
  /**
   * The verb phrase the rule matched (`text === article.text.slice(start, end)`), for highlighting;
   * absent on events stored before it was recorded.
   */
  readonly verb?: { readonly text: string; readonly start: number; readonly end: number };
  /** Index of the sentence carrying the event (its full text is the sentence's). */
  readonly sentence: number;
  readonly rule: { readonly id: string; readonly dictionary: string };
}

// ---------------------------------------------------------------------------
// Facts and designations

export interface Period {
  readonly start: string | null;
  readonly end: string | null;
  readonly precision: DatePrecision | 'undated';
  readonly value: string;
}

export interface Fact {
  readonly kind: string;
  readonly value: number;
  /** Upper bound when the text gives a range ("5 to 6 billion"); absent otherwise. */
  readonly valueEnd?: number;
  readonly unit: string;
  readonly parties: readonly string[];
  readonly direction: string | null;
  readonly period: Period;
  readonly qualifier: string | null;
  readonly subject: string | null;
  readonly evidence: { readonly text: string; readonly start: number; readonly end: number };
  readonly sentence: number;
  readonly rule: { readonly id: string; readonly partiesFrom: 'sentence' | 'article' };
}

export interface Designation {
  readonly kind: 'partnership' | 'membership' | 'initiative';
  readonly parties: readonly string[];
  readonly label: string;
  readonly level: string | null;
  readonly rank: number | null;
  readonly date: { readonly value: string; readonly precision: DatePrecision | 'undated' };
  readonly evidence: { readonly text: string; readonly start: number; readonly end: number };
  readonly sentence: number;
  /** `partiesFrom`: 'article' when the parties are the article's dyad ("the two countries"). */
  readonly rule: { readonly id: string; readonly partiesFrom?: 'sentence' | 'article' };
}
