/**
 * GDELT table layouts (../shared/reference/gdelt-format and the GDELT 1.0 codebook).
 * GDELT 2.0 events (and the translingual stream) have 61 tab-separated columns; GDELT 1.0
 * daily files have 58 (no ADMn2 codes), the 1.0 back-file 57 (no SOURCEURL either);
 * the 2.0 Mentions table has 16. No file has a header row.
 */

const actorColumns = (n: 1 | 2): string[] =>
  [
    'Code',
    'Name',
    'CountryCode',
    'KnownGroupCode',
    'EthnicCode',
    'Religion1Code',
    'Religion2Code',
    'Type1Code',
    'Type2Code',
    'Type3Code',
  ].map((c) => `Actor${n}${c}`);

const geoColumns = (prefix: string, adm2: boolean): string[] =>
  [
    'Type',
    'FullName',
    'CountryCode',
    'ADM1Code',
    ...(adm2 ? ['ADM2Code'] : []),
    'Lat',
    'Long',
    'FeatureID',
  ].map((c) => `${prefix}_${c}`);

const eventColumns = (adm2: boolean, url: boolean): readonly string[] =>
  Object.freeze([
    'GLOBALEVENTID',
    'SQLDATE',
    'MonthYear',
    'Year',
    'FractionDate',
    ...actorColumns(1),
    ...actorColumns(2),
    'IsRootEvent',
    'EventCode',
    'EventBaseCode',
    'EventRootCode',
    'QuadClass',
    'GoldsteinScale',
    'NumMentions',
    'NumSources',
    'NumArticles',
    'AvgTone',
    ...geoColumns('Actor1Geo', adm2),
    ...geoColumns('Actor2Geo', adm2),
    ...geoColumns('ActionGeo', adm2),
    'DATEADDED',
    ...(url ? ['SOURCEURL'] : []),
  ]);

export type GdeltEventLayoutName = 'gdelt2' | 'gdelt1-daily' | 'gdelt1-backfile';

/** Column positions of one event layout. */
export interface GdeltEventLayout {
  readonly name: GdeltEventLayoutName;
  readonly columns: readonly string[];
  /** Column name → position. */
  readonly index: ReadonlyMap<string, number>;
  /** Start of the Actor1Geo, Actor2Geo and ActionGeo blocks. */
  readonly geo: readonly [number, number, number];
  /** Whether geo blocks have an ADM2Code column. */
  readonly adm2: boolean;
  readonly dateAdded: number;
  /** SOURCEURL position, or -1. */
  readonly url: number;
}

function layout(name: GdeltEventLayoutName, adm2: boolean, url: boolean): GdeltEventLayout {
  const columns = eventColumns(adm2, url);
  return Object.freeze({
    name,
    columns,
    index: new Map(columns.map((c, i) => [c, i])),
    geo: [
      columns.indexOf('Actor1Geo_Type'),
      columns.indexOf('Actor2Geo_Type'),
      columns.indexOf('ActionGeo_Type'),
    ] as const,
    adm2,
    dateAdded: columns.indexOf('DATEADDED'),
    url: columns.indexOf('SOURCEURL'),
  });
}

export const GDELT2_EVENTS = layout('gdelt2', true, true);
export const GDELT1_DAILY = layout('gdelt1-daily', false, true);
export const GDELT1_BACKFILE = layout('gdelt1-backfile', false, false);

/** The event layout with this many columns, or null. */
export function eventLayoutOf(columnCount: number): GdeltEventLayout | null {
  if (columnCount === 61) return GDELT2_EVENTS;
  if (columnCount === 58) return GDELT1_DAILY;
  if (columnCount === 57) return GDELT1_BACKFILE;
  return null;
}

export const GDELT2_MENTIONS: readonly string[] = Object.freeze([
  'GLOBALEVENTID',
  'EventTimeDate',
  'MentionTimeDate',
  'MentionType',
  'MentionSourceName',
  'MentionIdentifier',
  'SentenceID',
  'Actor1CharOffset',
  'Actor2CharOffset',
  'ActionCharOffset',
  'InRawText',
  'Confidence',
  'MentionDocLen',
  'MentionDocTone',
  'MentionDocTranslationInfo',
  'Extras',
]);

/**
 * Columns the event record does not represent: kept in `extra` and written back from there
 * whatever layout the event came from.
 */
export const CARRIED_EVENT_COLUMNS: ReadonlySet<string> = new Set([
  ...[1, 2].flatMap((n) =>
    ['KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type2Code', 'Type3Code'].map(
      (c) => `Actor${n}${c}`,
    ),
  ),
  'IsRootEvent',
]);
