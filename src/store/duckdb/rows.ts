/**
 * Table rows built from Dyad records: one object per row keyed by column name
 * (see columns.ts), laid out as the positional arrays appenders take.
 */
import { DuckDBDateValue, JSToDuckDBValueConverter, type DuckDBValue, type JS } from '@duckdb/node-api';
import type { ToDuckDBValueConverter } from '@duckdb/node-api';
import type { CodedEvent, Designation, Fact, Mention, Sentence } from '../../core/types.js';
import { articleMentionId, importedEventId } from '../ids.js';
import { expandPairs } from '../pairs.js';
import type { ArticleBundle, ImportedEvent, StoredEventActor } from '../types.js';
import type { ColumnOf, TableName } from './columns.js';

/** A cell: plain JS, or a DATE already converted. */
export type Cell = JS | DuckDBDateValue;
export type Row = Cell[];
type RowObject<T extends TableName> = Record<ColumnOf<T>, Cell>;

/** Converts plain JS cells as JSToDuckDBValueConverter does, passing converted dates through. */
export const cellConverter: ToDuckDBValueConverter<Cell> = (value, type, converter): DuckDBValue =>
  value instanceof DuckDBDateValue
    ? value
    : JSToDuckDBValueConverter(value as JS, type, converter as ToDuckDBValueConverter<JS>);

/** The tables a bundle writes, in the order they are flushed. */
export const BUNDLE_TABLES: readonly TableName[] = [
  'articles',
  'sentences',
  'mentions',
  'events',
  'event_mentions',
  'event_pairs',
  'facts',
  'designations',
];

export type TableRows = Record<TableName, Row[]>;

export function emptyRows(): TableRows {
  return {
    articles: [],
    sentences: [],
    mentions: [],
    events: [],
    event_mentions: [],
    event_pairs: [],
    facts: [],
    designations: [],
  };
}

/** Receives each row object; keys are written in the table's column order. */
export type RowSink = <T extends TableName>(table: T, row: RowObject<T>) => void;

/** A sink laying rows out as the positional arrays appenders take (Object.values keeps key order). */
export function tableRowsSink(rows: TableRows): RowSink {
  return (table, row) => {
    rows[table].push(Object.values(row));
  };
}

/** A checked YYYY-MM-DD day as a DATE value (days since 1970-01-01); null stays null. */
export function day(value: string | null | undefined): DuckDBDateValue | null {
  if (value === null || value === undefined) return null;
  return new DuckDBDateValue(
    daysFromCivil(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))),
  );
}

/** Days from 1970-01-01 to a proleptic Gregorian date (any year, unlike Date.UTC below 100). */
function daysFromCivil(year: number, month: number, dayOfMonth: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + dayOfMonth - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Adds the rows of one bundle. `eventIdFor` gives the id of the event the
 * bundle's n-th coded event creates.
 */
export function addBundleRows(
  push: RowSink,
  bundle: ArticleBundle,
  ingestedAt: Date,
  eventIdFor: (ordinal: number) => string,
): void {
  const a = bundle.article;
  const events = bundle.events ?? [];
  const facts = bundle.facts ?? [];
  const designations = bundle.designations ?? [];
  push('articles', {
    id: a.id,
    title: a.title,
    source: a.source,
    url: a.url,
    published: day(a.published),
    published_source: a.publishedSource,
    language: a.language,
    text: a.text,
    origin_path: a.origin.path,
    origin_line: a.origin.line ?? null,
    reader_version: bundle.readerVersion,
    ingested_at: ingestedAt,
    n_sentences: bundle.sentences.length,
    n_mentions: bundle.mentions.length,
    n_events: events.length,
    n_facts: facts.length,
    n_designations: designations.length,
  });
  for (const s of bundle.sentences) push('sentences', sentenceRow(a.id, s));
  bundle.mentions.forEach((m, i) => push('mentions', mentionRow(a.id, i, m)));
  events.forEach((e, i) => {
    const eventId = eventIdFor(i);
    push('events', {
      event_id: eventId,
      dataset: 'dyad',
      external_id: null,
      ...codedColumns(e),
      actor_keys: actorKeys(e),
      num_mentions: 1,
      num_articles: 1,
      num_sources: 1,
      first_article_id: a.id,
      evidence_article_id: a.id,
      evidence_sentence: e.sentence,
      evidence_text: e.evidence.text,
      evidence_start: e.evidence.start,
      evidence_end: e.evidence.end,
      rule_id: e.rule.id,
      dictionary_version: e.rule.dictionary,
      source_url: a.url,
      extra: null,
      origin_file: null,
      origin_line: null,
      created_at: ingestedAt,
      evidence_offsets: null,
    });
    push('event_mentions', {
      mention_id: articleMentionId(a.id, i),
      event_id: eventId,
      dataset: 'dyad',
      article_id: a.id,
      ordinal: i,
      sentence: e.sentence,
      evidence_text: e.evidence.text,
      evidence_start: e.evidence.start,
      evidence_end: e.evidence.end,
      rule_id: e.rule.id,
      dictionary_version: e.rule.dictionary,
      ...codedColumns(e),
      source_name: a.source,
      source_url: a.url,
      published: day(a.published),
      extra: null,
      created_at: ingestedAt,
      verb_start: e.verb?.start ?? null,
      verb_end: e.verb?.end ?? null,
      source_persons: e.sources.map((x) => x.person ?? null),
      target_persons: e.targets.map((x) => x.person ?? null),
    });
    addPairRows(push, eventId, 'dyad', e, 1);
  });
  facts.forEach((f, i) => push('facts', factRow(a.id, i, f)));
  designations.forEach((d, i) => push('designations', designationRow(a.id, i, d)));
}

/** Adds the rows of one imported event: the event and its pairs (it has no article, so no mention row). */
export function addImportedRows(push: RowSink, e: ImportedEvent, createdAt: Date): void {
  const eventId = importedEventId(e.dataset, e.externalId);
  const counts = e.counts ?? { mentions: 1, articles: 1, sources: 1 };
  const evidence = e.evidence ?? {};
  const offsets = evidence.offsets ?? null;
  push('events', {
    event_id: eventId,
    dataset: e.dataset,
    external_id: e.externalId,
    ...codedColumns(e),
    actor_keys: actorKeys(e),
    num_mentions: counts.mentions,
    num_articles: counts.articles,
    num_sources: counts.sources,
    first_article_id: null,
    evidence_article_id: null,
    evidence_sentence: evidence.sentence ?? null,
    evidence_text: e.evidenceText ?? null,
    evidence_start: evidence.start ?? null,
    evidence_end: evidence.end ?? null,
    rule_id: null,
    dictionary_version: null,
    source_url: e.sourceUrl,
    extra: e.extra === null ? null : JSON.stringify(e.extra),
    origin_file: e.origin.file,
    origin_line: e.origin.line,
    created_at: createdAt,
    evidence_offsets:
      offsets === null ? null : { actor1: offsets.actor1, actor2: offsets.actor2, action: offsets.action },
  });
  addPairRows(push, eventId, e.dataset, e, counts.mentions);
}

function sentenceRow(articleId: string, s: Sentence): RowObject<'sentences'> {
  return {
    article_id: articleId,
    sentence: s.index,
    span_start: s.start,
    span_end: s.end,
    paragraph: s.paragraph,
    token_start: s.tokenStart,
    token_end: s.tokenEnd,
    text: s.text,
  };
}

function mentionRow(articleId: string, ordinal: number, m: Mention): RowObject<'mentions'> {
  const actor = m.kind === 'actor' ? m : null;
  const date = m.kind === 'date' ? m.date : null;
  const place = m.kind === 'place' ? m.place : null;
  const qty = m.kind === 'quantity' ? m.quantity : null;
  return {
    article_id: articleId,
    ordinal,
    sentence: m.sentence,
    kind: m.kind,
    span_start: m.start,
    span_end: m.end,
    text: m.text,
    rule: m.rule,
    entry: m.entry ?? null,
    reason: m.reason ?? null,
    actor_code: actor?.actor.code ?? null,
    actor_country: actor?.actor.country ?? null,
    actor_sector: actor?.actor.sector ?? null,
    actor_name: actor?.actor.name ?? null,
    actor_form: actor?.form ?? null,
    date_value: date?.value ?? null,
    date_precision: date?.precision ?? null,
    date_start: day(date?.start),
    date_end: day(date?.end),
    date_stated: date ? [...date.stated] : null,
    date_implied: date ? [...date.implied] : null,
    place_name: place?.name ?? null,
    place_country: place?.country ?? null,
    place_lat: place?.lat ?? null,
    place_lon: place?.lon ?? null,
    place_geonameid: place?.geonameId ?? null,
    place_feature_class: place?.featureClass ?? null,
    qty_value: qty?.value ?? null,
    qty_unit: qty?.unit ?? null,
    qty_currency: qty?.currency ?? null,
    qty_value_end: qty?.valueEnd ?? null,
    qty_qualifier: qty?.qualifier ?? null,
  };
}

function actorStruct(a: StoredEventActor): JS {
  return {
    code: a.code,
    country: a.country,
    sector: a.sector,
    name: a.name,
    text: a.text,
    span_start: a.start,
    span_end: a.end,
  };
}

type CodedColumn =
  | 'code'
  | 'root'
  | 'quad'
  | 'goldstein'
  | 'plover_type'
  | 'plover_mode'
  | 'sources'
  | 'targets'
  | 'reciprocal'
  | 'modality'
  | 'date_value'
  | 'date_precision'
  | 'date_start'
  | 'date_end'
  | 'location_name'
  | 'location_country'
  | 'location_lat'
  | 'location_lon';

/** The columns events and event_mentions share, in their order: the event as coded. */
function codedColumns(e: CodedEvent | ImportedEvent): Record<CodedColumn, Cell> {
  return {
    code: e.code,
    root: e.root,
    quad: e.quad,
    goldstein: e.goldstein,
    plover_type: e.plover.type,
    plover_mode: e.plover.mode,
    sources: e.sources.map(actorStruct),
    targets: e.targets.map(actorStruct),
    reciprocal: e.reciprocal,
    modality: e.modality,
    date_value: e.date?.value ?? null,
    date_precision: e.date?.precision ?? null,
    date_start: day(e.date?.start),
    date_end: day(e.date?.end),
    location_name: e.location?.name ?? null,
    location_country: e.location?.country ?? null,
    location_lat: e.location?.lat ?? null,
    location_lon: e.location?.lon ?? null,
  };
}

/** Distinct countries and actor codes of an event's sources and targets. */
function actorKeys(e: CodedEvent | ImportedEvent): string[] {
  const keys = new Set<string>();
  for (const a of [...e.sources, ...e.targets]) {
    if (a.country !== null) keys.add(a.country);
    if (a.code !== null) keys.add(a.code);
  }
  return [...keys];
}

/** The event's dyadic pairs, with its mention count (kept equal to the event's by the merge step). */
function addPairRows(
  push: RowSink,
  eventId: string,
  dataset: string,
  e: CodedEvent | ImportedEvent,
  numMentions: number,
): void {
  const date = day(e.date?.start);
  for (const p of expandPairs(e.sources, e.targets, e.reciprocal)) {
    push('event_pairs', {
      event_id: eventId,
      source_country: p.source,
      target_country: p.target,
      reciprocal: e.reciprocal,
      mirrored: p.mirrored,
      dataset,
      date_start: date,
      code: e.code,
      root: e.root,
      quad: e.quad,
      goldstein: e.goldstein,
      modality: e.modality,
      num_mentions: numMentions,
    });
  }
}

function factRow(articleId: string, ordinal: number, f: Fact): RowObject<'facts'> {
  return {
    article_id: articleId,
    ordinal,
    sentence: f.sentence,
    kind: f.kind,
    value: f.value,
    unit: f.unit,
    parties: [...f.parties],
    direction: f.direction,
    period_value: f.period.value,
    period_precision: f.period.precision,
    period_start: day(f.period.start),
    period_end: day(f.period.end),
    qualifier: f.qualifier,
    subject: f.subject,
    evidence_text: f.evidence.text,
    evidence_start: f.evidence.start,
    evidence_end: f.evidence.end,
    rule_id: f.rule.id,
    parties_from: f.rule.partiesFrom,
  };
}

function designationRow(articleId: string, ordinal: number, d: Designation): RowObject<'designations'> {
  return {
    article_id: articleId,
    ordinal,
    sentence: d.sentence,
    kind: d.kind,
    parties: [...d.parties],
    label: d.label,
    level: d.level,
    rank: d.rank,
    date_value: d.date.value,
    date_precision: d.date.precision,
    evidence_text: d.evidence.text,
    evidence_start: d.evidence.start,
    evidence_end: d.evidence.end,
    rule_id: d.rule.id,
  };
}
