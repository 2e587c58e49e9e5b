/**
 * The DuckDB schema as timestamped, up-only steps. A step, once released, is never
 * edited: change the schema by adding a step. Each runs in its own transaction and
 * is recorded in `schema_migrations`.
 *
 * Conventions: `span_start`/`span_end` are UTF-16 offsets into `articles.text`;
 * `*_start`/`*_end` DATE columns are inclusive days; counts on `articles` let a
 * reader check that no article is half-stored.
 */
export interface Migration {
  /** UTC timestamp YYYYMMDDHHMMSS; steps run in this order. */
  readonly version: string;
  readonly name: string;
  readonly statements: readonly string[];
}

/** An actor inside an event: the fields of EventActor, with no span for imported events. */
const ACTOR = `STRUCT(code VARCHAR, country VARCHAR, sector VARCHAR, name VARCHAR, text VARCHAR, span_start INTEGER, span_end INTEGER)`;

const articlesStep: Migration = {
  version: '20261130000100',
  name: 'articles, sentences, mentions',
  statements: [
    `CREATE TABLE articles (
      id VARCHAR PRIMARY KEY,
      title VARCHAR,
      source VARCHAR,
      url VARCHAR,
      published DATE,
      published_source VARCHAR NOT NULL,
      language VARCHAR NOT NULL,
      text VARCHAR NOT NULL,
      origin_path VARCHAR NOT NULL,
      origin_line INTEGER,
      reader_version VARCHAR NOT NULL,
      ingested_at TIMESTAMP NOT NULL,
      n_sentences INTEGER NOT NULL,
      n_mentions INTEGER NOT NULL,
      n_events INTEGER NOT NULL,
      n_facts INTEGER NOT NULL,
      n_designations INTEGER NOT NULL
    )`,
    `CREATE TABLE sentences (
      article_id VARCHAR NOT NULL,
      sentence INTEGER NOT NULL,
      span_start INTEGER NOT NULL,
      span_end INTEGER NOT NULL,
      paragraph INTEGER NOT NULL,
      token_start INTEGER NOT NULL,
      token_end INTEGER NOT NULL,
      text VARCHAR NOT NULL
    )`,
    // One wide table for the four mention kinds: the columns of the other kinds are null.
    `CREATE TABLE mentions (
      article_id VARCHAR NOT NULL,
      ordinal INTEGER NOT NULL,
      sentence INTEGER NOT NULL,
      kind VARCHAR NOT NULL,
      span_start INTEGER NOT NULL,
      span_end INTEGER NOT NULL,
      text VARCHAR NOT NULL,
      rule VARCHAR NOT NULL,
      entry VARCHAR,
      reason VARCHAR,
      actor_code VARCHAR,
      actor_country VARCHAR,
      actor_sector VARCHAR,
      actor_name VARCHAR,
      actor_form VARCHAR,
      date_value VARCHAR,
      date_precision VARCHAR,
      date_start DATE,
      date_end DATE,
      date_stated VARCHAR[],
      date_implied VARCHAR[],
      place_name VARCHAR,
      place_country VARCHAR,
      place_lat DOUBLE,
      place_lon DOUBLE,
      place_geonameid INTEGER,
      place_feature_class VARCHAR,
      qty_value DOUBLE,
      qty_unit VARCHAR,
      qty_currency VARCHAR,
      qty_value_end DOUBLE,
      qty_qualifier VARCHAR
    )`,
  ],
};

const eventsStep: Migration = {
  version: '20261130000200',
  name: 'events, event mentions, event pairs',
  statements: [
    // Canonical events: one row per happening, from Dyad or imported from a dataset.
    `CREATE TABLE events (
      event_id VARCHAR NOT NULL,
      dataset VARCHAR NOT NULL,
      external_id VARCHAR,
      code VARCHAR,
      root VARCHAR,
      quad TINYINT,
      goldstein DOUBLE,
      plover_type VARCHAR,
      plover_mode VARCHAR,
      sources ${ACTOR}[] NOT NULL,
      targets ${ACTOR}[] NOT NULL,
      reciprocal BOOLEAN NOT NULL,
      modality VARCHAR NOT NULL,
      date_value VARCHAR,
      date_precision VARCHAR,
      date_start DATE,
      date_end DATE,
      location_name VARCHAR,
      location_country VARCHAR,
      location_lat DOUBLE,
      location_lon DOUBLE,
      -- Every country and actor code among sources and targets, for fast actor filters.
      actor_keys VARCHAR[] NOT NULL,
      num_mentions INTEGER NOT NULL,
      num_articles INTEGER NOT NULL,
      num_sources INTEGER NOT NULL,
      first_article_id VARCHAR,
      evidence_article_id VARCHAR,
      evidence_sentence INTEGER,
      evidence_text VARCHAR,
      evidence_start INTEGER,
      evidence_end INTEGER,
      rule_id VARCHAR,
      dictionary_version VARCHAR,
      source_url VARCHAR,
      extra JSON,
      origin_file VARCHAR,
      origin_line INTEGER,
      created_at TIMESTAMP NOT NULL
    )`,
    // Each report of an event, as coded in that report; merging points mentions at one event.
    `CREATE TABLE event_mentions (
      mention_id VARCHAR NOT NULL,
      event_id VARCHAR NOT NULL,
      dataset VARCHAR NOT NULL,
      article_id VARCHAR,
      ordinal INTEGER,
      sentence INTEGER,
      evidence_text VARCHAR,
      evidence_start INTEGER,
      evidence_end INTEGER,
      rule_id VARCHAR,
      dictionary_version VARCHAR,
      code VARCHAR,
      root VARCHAR,
      quad TINYINT,
      goldstein DOUBLE,
      plover_type VARCHAR,
      plover_mode VARCHAR,
      sources ${ACTOR}[] NOT NULL,
      targets ${ACTOR}[] NOT NULL,
      reciprocal BOOLEAN NOT NULL,
      modality VARCHAR NOT NULL,
      date_value VARCHAR,
      date_precision VARCHAR,
      date_start DATE,
      date_end DATE,
      location_name VARCHAR,
      location_country VARCHAR,
      location_lat DOUBLE,
      location_lon DOUBLE,
      source_name VARCHAR,
      source_url VARCHAR,
      published DATE,
      extra JSON,
      created_at TIMESTAMP NOT NULL
    )`,
    // Directed pairs expanded from the events' actor lists, with what a per-dyad time
    // series needs copied in so it reads this table alone.
    `CREATE TABLE event_pairs (
      event_id VARCHAR NOT NULL,
      source_country VARCHAR NOT NULL,
      target_country VARCHAR NOT NULL,
      reciprocal BOOLEAN NOT NULL,
      mirrored BOOLEAN NOT NULL,
      dataset VARCHAR NOT NULL,
      date_start DATE,
      code VARCHAR,
      root VARCHAR,
      quad TINYINT,
      goldstein DOUBLE,
      modality VARCHAR NOT NULL
    )`,
  ],
};

const factsStep: Migration = {
  version: '20261130000300',
  name: 'facts and designations',
  statements: [
    `CREATE TABLE facts (
      article_id VARCHAR NOT NULL,
      ordinal INTEGER NOT NULL,
      sentence INTEGER NOT NULL,
      kind VARCHAR NOT NULL,
      value DOUBLE NOT NULL,
      unit VARCHAR NOT NULL,
      parties VARCHAR[] NOT NULL,
      direction VARCHAR,
      period_value VARCHAR NOT NULL,
      period_precision VARCHAR NOT NULL,
      period_start DATE,
      period_end DATE,
      qualifier VARCHAR,
      subject VARCHAR,
      evidence_text VARCHAR NOT NULL,
      evidence_start INTEGER NOT NULL,
      evidence_end INTEGER NOT NULL,
      rule_id VARCHAR NOT NULL,
      parties_from VARCHAR NOT NULL
    )`,
    `CREATE TABLE designations (
      article_id VARCHAR NOT NULL,
      ordinal INTEGER NOT NULL,
      sentence INTEGER NOT NULL,
      kind VARCHAR NOT NULL,
      parties VARCHAR[] NOT NULL,
      label VARCHAR NOT NULL,
      level VARCHAR,
      rank INTEGER,
      date_value VARCHAR NOT NULL,
      date_precision VARCHAR NOT NULL,
      evidence_text VARCHAR NOT NULL,
      evidence_start INTEGER NOT NULL,
      evidence_end INTEGER NOT NULL,
      rule_id VARCHAR NOT NULL
    )`,
  ],
};

// Per-dyad analytics weigh events by their reports; with the count on the pairs they read
// event_pairs alone. The merge step (duckdb/merge.ts) keeps it equal to events.num_mentions.
const pairMentionsStep: Migration = {
  version: '20261201000100',
  name: 'mention counts on event pairs',
  statements: [
    'ALTER TABLE event_pairs ADD COLUMN num_mentions INTEGER',
    `UPDATE event_pairs SET num_mentions = e.num_mentions FROM events e WHERE e.event_id = event_pairs.event_id`,
  ],
};

const importedEvidenceStep: Migration = {
  version: '20261201000200',
  name: 'evidence offsets of imported events',
  statements: [
    // GDELT Mentions give character offsets of actor 1, actor 2 and the action in the source document.
    `ALTER TABLE events ADD COLUMN evidence_offsets STRUCT(actor1 INTEGER, actor2 INTEGER, action INTEGER)`,
  ],
};

// The verb phrase of each report, so the evidence view can highlight it next to the actors.
const verbSpanStep: Migration = {
  version: '20261201000300',
  name: 'verb spans of event reports',
  statements: [
    'ALTER TABLE event_mentions ADD COLUMN verb_start INTEGER',
    'ALTER TABLE event_mentions ADD COLUMN verb_end INTEGER',
  ],
};

const speakersStep: Migration = {
  version: '20261201000400',
  name: 'persons named by the actors of event reports (the dedup speaker check)',
  statements: [
    // aligned with sources / targets: the person each actor names, or NULL
    'ALTER TABLE event_mentions ADD COLUMN source_persons VARCHAR[]',
    'ALTER TABLE event_mentions ADD COLUMN target_persons VARCHAR[]',
  ],
};

/** Every step, oldest first. */
export const MIGRATIONS: readonly Migration[] = Object.freeze([
  articlesStep,
  eventsStep,
  factsStep,
  pairMentionsStep,
  importedEvidenceStep,
  verbSpanStep,
  speakersStep,
]);
