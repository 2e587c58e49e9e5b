/**
 * Records rebuilt from table rows read with DuckDB's JSON conversion (DATE as
 * YYYY-MM-DD, BIGINT as a string, JSON as text). The inverse of rows.ts.
 */
import type { Json } from '@duckdb/node-api';
import type {
  Article,
  CodedEvent,
  DatePrecision,
  Designation,
  EventActor,
  Fact,
  Mention,
  MentionBase,
  Modality,
  PublishedSource,
  QuadClass,
  Sentence,
} from '../../core/types.js';
import type {
  Dataset,
  EvidenceOffsets,
  StoredArticleSummary,
  StoredEvent,
  StoredEventActor,
  StoredMention,
} from '../types.js';

export type RowObject = Record<string, Json>;

export function str(value: Json | undefined): string | null {
  return value === null || value === undefined ? null : String(value);
}

function text(value: Json | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

export function num(value: Json | undefined): number | null {
  return value === null || value === undefined ? null : Number(value);
}

function numOr0(value: Json | undefined): number {
  return Number(value ?? 0);
}

function strings(value: Json | undefined): string[] {
  return Array.isArray(value) ? value.map((v) => String(v)) : [];
}

/** Adds `key: value` only when value is not null, for the optional fields of a record. */
function optional<K extends string, V>(key: K, value: V | null): { [P in K]?: V } {
  return (value === null ? {} : { [key]: value }) as { [P in K]?: V };
}

export function articleFrom(r: RowObject): Article {
  const line = num(r.origin_line);
  return {
    id: text(r.id),
    title: str(r.title),
    source: str(r.source),
    url: str(r.url),
    published: str(r.published),
    publishedSource: text(r.published_source) as PublishedSource,
    language: text(r.language),
    text: text(r.text),
    origin: { path: text(r.origin_path), ...optional('line', line) },
  };
}

/** Expects `ingested_ms` (epoch milliseconds) beside the article columns. */
export function articleSummaryFrom(r: RowObject): StoredArticleSummary {
  return {
    id: text(r.id),
    title: str(r.title),
    source: str(r.source),
    url: str(r.url),
    published: str(r.published),
    readerVersion: text(r.reader_version),
    ingestedAt: new Date(numOr0(r.ingested_ms)).toISOString(),
    counts: {
      sentences: numOr0(r.n_sentences),
      mentions: numOr0(r.n_mentions),
      events: numOr0(r.n_events),
      facts: numOr0(r.n_facts),
      designations: numOr0(r.n_designations),
    },
  };
}

export function sentenceFrom(r: RowObject): Sentence {
  return {
    index: numOr0(r.sentence),
    start: numOr0(r.span_start),
    end: numOr0(r.span_end),
    text: text(r.text),
    paragraph: numOr0(r.paragraph),
    tokenStart: numOr0(r.token_start),
    tokenEnd: numOr0(r.token_end),
  };
}

export function mentionFrom(r: RowObject): Mention {
  const base: MentionBase = {
    start: numOr0(r.span_start),
    end: numOr0(r.span_end),
    text: text(r.text),
    sentence: numOr0(r.sentence),
    rule: text(r.rule),
    ...optional('entry', str(r.entry)),
    ...optional('reason', str(r.reason)),
  };
  switch (r.kind) {
    case 'actor':
      return {
        kind: 'actor',
        ...base,
        actor: {
          code: str(r.actor_code),
          country: str(r.actor_country),
          sector: str(r.actor_sector),
          name: str(r.actor_name),
        },
        form: text(r.actor_form) as 'name',
      };
    case 'date':
      return {
        kind: 'date',
        ...base,
        date:
          r.date_value === null
            ? null
            : {
                value: text(r.date_value),
                precision: text(r.date_precision) as DatePrecision,
                start: text(r.date_start),
                end: text(r.date_end),
                stated: strings(r.date_stated),
                implied: strings(r.date_implied),
              },
      };
    case 'place':
      return {
        kind: 'place',
        ...base,
        place: {
          name: text(r.place_name),
          country: str(r.place_country),
          lat: num(r.place_lat),
          lon: num(r.place_lon),
          ...optional('geonameId', num(r.place_geonameid)),
          ...optional('featureClass', str(r.place_feature_class)),
        },
      };
    default:
      return {
        kind: 'quantity',
        ...base,
        quantity: {
          value: numOr0(r.qty_value),
          unit: text(r.qty_unit),
          ...optional('currency', str(r.qty_currency)),
          ...optional('valueEnd', num(r.qty_value_end)),
          ...optional('qualifier', str(r.qty_qualifier)),
        },
      };
  }
}

export function storedMentionFrom(r: RowObject): StoredMention {
  return { ...mentionFrom(r), articleId: text(r.article_id), ordinal: numOr0(r.ordinal) };
}

function actorFrom(value: Json): StoredEventActor {
  const a = (value ?? {}) as Record<string, Json>;
  return {
    code: str(a.code),
    country: str(a.country),
    sector: str(a.sector),
    name: str(a.name),
    text: str(a.text),
    start: num(a.span_start),
    end: num(a.span_end),
  };
}

function actorsFrom(value: Json | undefined): StoredEventActor[] {
  return Array.isArray(value) ? value.map(actorFrom) : [];
}

/** The coded columns shared by events and event_mentions. */
function codedFrom(r: RowObject) {
  return {
    code: str(r.code),
    root: str(r.root),
    quad: num(r.quad) as QuadClass | null,
    goldstein: num(r.goldstein),
    plover: { type: str(r.plover_type), mode: str(r.plover_mode) },
    sources: actorsFrom(r.sources),
    targets: actorsFrom(r.targets),
    reciprocal: r.reciprocal === true,
    modality: text(r.modality) as Modality,
    date:
      r.date_value === null
        ? null
        : {
            value: text(r.date_value),
            precision: text(r.date_precision) as DatePrecision,
            start: text(r.date_start),
            end: text(r.date_end),
          },
    location:
      r.location_name === null
        ? null
        : {
            name: text(r.location_name),
            country: str(r.location_country),
            lat: num(r.location_lat),
            lon: num(r.location_lon),
          },
  };
}

/** A Dyad-coded event as it was coded in one article (an event_mentions row). */
export function codedEventFrom(r: RowObject): CodedEvent {
  const c = codedFrom(r);
  const spanned =
    (persons: Json | undefined) =>
    (a: StoredEventActor, i: number): EventActor => {
      const person = Array.isArray(persons) ? str(persons[i]) : null;
      return {
        code: a.code,
        country: a.country,
        sector: a.sector,
        name: a.name,
        text: a.text ?? '',
        start: a.start ?? 0,
        end: a.end ?? 0,
        ...(person ? { person } : {}),
      };
    };
  return {
    ...c,
    code: c.code ?? '',
    root: c.root ?? '',
    quad: c.quad ?? 1,
    goldstein: c.goldstein ?? 0,
    // the person each actor names (aligned lists; absent in reports stored before them)
    sources: c.sources.map(spanned(r.source_persons)),
    targets: c.targets.map(spanned(r.target_persons)),
    evidence: { text: text(r.evidence_text), start: numOr0(r.evidence_start), end: numOr0(r.evidence_end) },
    ...verbFrom(r),
    sentence: numOr0(r.sentence),
    rule: { id: text(r.rule_id), dictionary: text(r.dictionary_version) },
  };
}

/** The report's verb span, sliced from its evidence (which holds it); none for older rows. */
function verbFrom(r: RowObject): Pick<CodedEvent, 'verb'> {
  const start = num(r.verb_start);
  const end = num(r.verb_end);
  const evidenceStart = numOr0(r.evidence_start);
  const evidence = text(r.evidence_text);
  if (start === null || end === null || start < evidenceStart || end - evidenceStart > evidence.length)
    return {};
  return { verb: { text: evidence.slice(start - evidenceStart, end - evidenceStart), start, end } };
}

function offsetsFrom(value: Json | undefined): EvidenceOffsets | null {
  if (value === null || value === undefined || typeof value !== 'object') return null;
  const o = value as Record<string, Json>;
  return { actor1: num(o.actor1), actor2: num(o.actor2), action: num(o.action) };
}

/**
 * The evidence shown for an event. A Dyad event's is a span of a stored article. An imported
 * event has no article: its evidence is the text the dataset gave (if any), pointers into the
 * source document (sentence, span, GDELT offsets) and that document's URL.
 */
function evidenceFrom(r: RowObject): StoredEvent['evidence'] {
  if (r.dataset === 'dyad') {
    return r.evidence_text === null
      ? null
      : {
          articleId: str(r.evidence_article_id),
          sentence: num(r.evidence_sentence),
          text: text(r.evidence_text),
          start: num(r.evidence_start),
          end: num(r.evidence_end),
        };
  }
  const offsets = offsetsFrom(r.evidence_offsets);
  const url = str(r.source_url);
  const sentence = num(r.evidence_sentence);
  const start = num(r.evidence_start);
  if (r.evidence_text === null && url === null && sentence === null && start === null && offsets === null)
    return null;
  return {
    articleId: str(r.evidence_article_id),
    sentence,
    text: text(r.evidence_text),
    start,
    end: num(r.evidence_end),
    url,
    offsets,
  };
}

/** A canonical event; expects the first article's columns as a_id, a_title, a_url, a_published. */
export function storedEventFrom(r: RowObject): StoredEvent {
  const extra = str(r.extra);
  const originFile = str(r.origin_file);
  const ruleId = str(r.rule_id);
  return {
    id: text(r.event_id),
    dataset: text(r.dataset) as Dataset,
    externalId: str(r.external_id),
    ...codedFrom(r),
    counts: {
      mentions: numOr0(r.num_mentions),
      articles: numOr0(r.num_articles),
      sources: numOr0(r.num_sources),
    },
    evidence: evidenceFrom(r),
    rule: ruleId === null ? null : { id: ruleId, dictionary: text(r.dictionary_version) },
    article:
      r.a_id === null || r.a_id === undefined
        ? null
        : { id: text(r.a_id), title: str(r.a_title), url: str(r.a_url), published: str(r.a_published) },
    sourceUrl: str(r.source_url),
    extra: extra === null ? null : (JSON.parse(extra) as Record<string, unknown>),
    origin: originFile === null ? null : { file: originFile, line: num(r.origin_line) },
  };
}

export function factFrom(r: RowObject): Fact {
  return {
    kind: text(r.kind),
    value: numOr0(r.value),
    unit: text(r.unit),
    parties: strings(r.parties),
    direction: str(r.direction),
    period: {
      start: str(r.period_start),
      end: str(r.period_end),
      precision: text(r.period_precision) as Fact['period']['precision'],
      value: text(r.period_value),
    },
    qualifier: str(r.qualifier),
    subject: str(r.subject),
    evidence: { text: text(r.evidence_text), start: numOr0(r.evidence_start), end: numOr0(r.evidence_end) },
    sentence: numOr0(r.sentence),
    rule: { id: text(r.rule_id), partiesFrom: text(r.parties_from) as 'sentence' | 'article' },
  };
}

export function designationFrom(r: RowObject): Designation {
  return {
    kind: text(r.kind) as Designation['kind'],
    parties: strings(r.parties),
    label: text(r.label),
    level: str(r.level),
    rank: num(r.rank),
    date: {
      value: text(r.date_value),
      precision: text(r.date_precision) as Designation['date']['precision'],
    },
    evidence: { text: text(r.evidence_text), start: numOr0(r.evidence_start), end: numOr0(r.evidence_end) },
    sentence: numOr0(r.sentence),
    rule: { id: text(r.rule_id) },
  };
}
