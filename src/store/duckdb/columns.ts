/**
 * The columns of every table appenders write, in table order. Appenders are
 * positional: rows are built as objects keyed by these names, written in this order
 * (TypeScript checks every column is given; rows.test.ts checks the order), and a
 * store refuses to open a database whose tables differ.
 */
// prettier-ignore
export const TABLE_COLUMNS = {
  articles: [
    'id', 'title', 'source', 'url', 'published', 'published_source', 'language', 'text', 'origin_path',
    'origin_line', 'reader_version', 'ingested_at', 'n_sentences', 'n_mentions', 'n_events', 'n_facts',
    'n_designations',
  ],
  sentences: ['article_id', 'sentence', 'span_start', 'span_end', 'paragraph', 'token_start', 'token_end', 'text'],
  mentions: [
    'article_id', 'ordinal', 'sentence', 'kind', 'span_start', 'span_end', 'text', 'rule', 'entry', 'reason',
    'actor_code', 'actor_country', 'actor_sector', 'actor_name', 'actor_form',
    'date_value', 'date_precision', 'date_start', 'date_end', 'date_stated', 'date_implied',
    'place_name', 'place_country', 'place_lat', 'place_lon', 'place_geonameid', 'place_feature_class',
    'qty_value', 'qty_unit', 'qty_currency', 'qty_value_end', 'qty_qualifier',
  ],
  events: [
    'event_id', 'dataset', 'external_id', 'code', 'root', 'quad', 'goldstein', 'plover_type', 'plover_mode',
    'sources', 'targets', 'reciprocal', 'modality',
    'date_value', 'date_precision', 'date_start', 'date_end',
    'location_name', 'location_country', 'location_lat', 'location_lon', 'actor_keys',
    'num_mentions', 'num_articles', 'num_sources', 'first_article_id',
    'evidence_article_id', 'evidence_sentence', 'evidence_text', 'evidence_start', 'evidence_end',
    'rule_id', 'dictionary_version', 'source_url', 'extra', 'origin_file', 'origin_line', 'created_at',
    'evidence_offsets',
  ],
  event_mentions: [
    'mention_id', 'event_id', 'dataset', 'article_id', 'ordinal', 'sentence',
    'evidence_text', 'evidence_start', 'evidence_end', 'rule_id', 'dictionary_version',
    'code', 'root', 'quad', 'goldstein', 'plover_type', 'plover_mode', 'sources', 'targets', 'reciprocal', 'modality',
    'date_value', 'date_precision', 'date_start', 'date_end',
    'location_name', 'location_country', 'location_lat', 'location_lon',
    'source_name', 'source_url', 'published', 'extra', 'created_at',
    'verb_start', 'verb_end', 'source_persons', 'target_persons',
  ],
  event_pairs: [
    'event_id', 'source_country', 'target_country', 'reciprocal', 'mirrored', 'dataset', 'date_start', 'code',
    'root', 'quad', 'goldstein', 'modality', 'num_mentions',
  ],
  facts: [
    'article_id', 'ordinal', 'sentence', 'kind', 'value', 'unit', 'parties', 'direction', 'period_value',
    'period_precision', 'period_start', 'period_end', 'qualifier', 'subject',
    'evidence_text', 'evidence_start', 'evidence_end', 'rule_id', 'parties_from',
  ],
  designations: [
    'article_id', 'ordinal', 'sentence', 'kind', 'parties', 'label', 'level', 'rank', 'date_value',
    'date_precision', 'evidence_text', 'evidence_start', 'evidence_end', 'rule_id',
  ],
} as const;

export type TableName = keyof typeof TABLE_COLUMNS;
export type ColumnOf<T extends TableName> = (typeof TABLE_COLUMNS)[T][number];
