/**
 * One GDELT event row (2.0, translingual, 1.0 daily or back-file) → ImportedEvent.
 * Returns the record, or a one-line reason when the row is malformed.
 *
 * `extra` receives, by column name, every column the record cannot give back as written:
 * the columns it does not represent (known group, ethnic, religion, Type2/3, IsRootEvent)
 * when not empty, and any value whose canonical rendering (format.ts) differs from its text.
 * Columns are checked one by one against format.ts's renderers rather than by rendering the
 * whole row, to keep import fast; the round-trip tests hold the two together.
 */
import type { QuadClass } from '../../../core/types.js';
import {
  isShortestForm,
  allDigits,
  dateOf,
  oneDecimal,
  parseDay8,
  parseDecimal,
  parseInteger,
  parseTimestamp14,
  quadOfCode,
} from '../fields.js';
import type {
  CameoLookup,
  FipsToIso3,
  ImportedActor,
  ImportedDate,
  ImportedEvent,
  ImportedLocation,
  JsonValue,
  SourceFormat,
} from '../types.js';
import { cameoCountryToIso3 } from './cameo-country.js';
import type { GdeltEventLayout } from './columns.js';
import { dateAdded as renderDateAdded, geoType, sqlDate } from './format.js';

export interface RowPlace {
  readonly file: string;
  readonly line: number;
  readonly format: SourceFormat;
}

export interface GdeltRefs {
  readonly fipsToIso3: FipsToIso3;
  readonly cameo: CameoLookup;
}

/** Values that repeat across the rows of a file, parsed once per import run. */
export interface GdeltRowCache {
  /** By SQLDATE (or SQLDATE, MonthYear, Year when SQLDATE is empty): the date and its rendered columns. */
  readonly dates: Map<
    string,
    { date: ImportedDate; layout: string; rendered: [string, string, string, string] } | string
  >;
  readonly dateAdded: Map<string, string | null>;
  readonly goldstein: Map<string, { value: number; canonical: boolean } | null>;
}

export function newRowCache(): GdeltRowCache {
  return { dates: new Map(), dateAdded: new Map(), goldstein: new Map() };
}

const CACHE_LIMIT = 50_000;

function remember<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= CACHE_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

class RowError {
  constructor(readonly reason: string) {}
}

function fail(reason: string): never {
  throw new RowError(reason);
}

/** SQLDATE at day precision; YYYYMM00 / YYYY0000, or MonthYear / Year alone, at month / year precision. */
function eventDate(sql: string, monthYear: string, year: string): ImportedDate | string {
  if (sql.length === 8 && allDigits(sql) && sql !== '00000000') {
    const y = Number(sql.slice(0, 4));
    const m = Number(sql.slice(4, 6));
    const d = Number(sql.slice(6, 8));
    const date = m === 0 && d === 0 ? dateOf(y, null, null) : d === 0 ? dateOf(y, m, null) : dateOf(y, m, d);
    return date ?? `invalid SQLDATE "${sql}"`;
  }
  if (sql !== '' && sql !== '0' && sql !== '00000000') return `invalid SQLDATE "${sql.slice(0, 40)}"`;
  if (monthYear.length === 6 && allDigits(monthYear)) {
    return (
      dateOf(Number(monthYear.slice(0, 4)), Number(monthYear.slice(4, 6)), null) ??
      `invalid MonthYear "${monthYear}"`
    );
  }
  if (year.length === 4 && allDigits(year))
    return dateOf(Number(year), null, null) ?? `invalid Year "${year}"`;
  return 'no event date (SQLDATE, MonthYear and Year are empty)';
}

function optionalInteger(text: string, column: string): number | null {
  if (text === '') return null;
  return parseInteger(text) ?? fail(`non-numeric ${column} "${text.slice(0, 40)}"`);
}

function optionalDecimal(text: string, column: string): number | null {
  if (text === '') return null;
  return parseDecimal(text) ?? fail(`non-numeric ${column} "${text.slice(0, 40)}"`);
}

const RESOLUTION: Record<string, ImportedLocation['resolution']> = {
  '1': 'country',
  '2': 'adm1',
  '3': 'city',
  '4': 'city',
  '5': 'adm1',
};

/** Collects the original text of columns the record cannot reproduce. */
class Extra {
  values: Record<string, string> | null = null;
  constructor(
    private readonly f: readonly string[],
    private readonly columns: readonly string[],
  ) {}
  keep(i: number): void {
    (this.values ??= {})[this.columns[i] as string] = this.f[i] as string;
  }
  /** Keeps column i unless its text equals the canonical rendering. */
  check(i: number, canonical: string): void {
    if (this.f[i] !== canonical) this.keep(i);
  }
}

const numberText = (value: number | null): string => (value === null ? '' : String(value));

/** The canonical text check for a decimal column that parsed to `value`. */
function checkNumber(extra: Extra, i: number, text: string, value: number | null): void {
  if (value === null ? text !== '' : !isShortestForm(text, value)) extra.keep(i);
}

const CARRIED_OFFSETS = [3, 4, 5, 6, 8, 9] as const;

function geo(
  f: readonly string[],
  start: number,
  layout: GdeltEventLayout,
  prefix: string,
  fipsToIso3: FipsToIso3,
  extra: Extra,
): ImportedLocation | null {
  const type = f[start] as string;
  const name = f[start + 1] as string;
  const fips = f[start + 2] as string;
  const adm1 = f[start + 3] as string;
  const k = layout.adm2 ? start + 5 : start + 4;
  const adm2 = layout.adm2 ? (f[start + 4] as string) : '';
  const latText = f[k] as string;
  const lonText = f[k + 1] as string;
  const lat = optionalDecimal(latText, `${prefix}_Lat`);
  const lon = optionalDecimal(lonText, `${prefix}_Long`);
  const featureId = f[k + 2] as string;
  if (type !== '' && parseInteger(type) === null) fail(`non-numeric ${prefix}_Type "${type.slice(0, 40)}"`);
  if ((type === '' || type === '0') && name === '' && fips === '' && adm1 === '') {
    // No location: the canonical block is "0" then empty columns.
    extra.check(start, '0');
    if (layout.adm2) extra.check(start + 4, '');
    extra.check(k, '');
    extra.check(k + 1, '');
    extra.check(k + 2, '');
    return null;
  }
  const location: ImportedLocation = {
    name: name || null,
    country: fips ? fipsToIso3(fips) : null,
    fips: fips || null,
    adm1: adm1 || null,
    adm2: adm2 || null,
    lat,
    lon,
    featureId: featureId || null,
    resolution: RESOLUTION[type] ?? null,
  };
  extra.check(start, geoType(location, fips));
  checkNumber(extra, k, latText, lat);
  checkNumber(extra, k + 1, lonText, lon);
  return location;
}

/** Actor columns from `base`: Code, Name, CountryCode, KnownGroup, Ethnic, Religion1/2, Type1/2/3. */
function actor(
  f: readonly string[],
  base: number,
  location: ImportedLocation | null,
  extra: Extra,
): ImportedActor | null {
  const code = f[base] as string;
  const name = f[base + 1] as string;
  const countryText = f[base + 2] as string;
  const type1 = f[base + 7] as string;
  for (const i of CARRIED_OFFSETS) if ((f[base + i] as string) !== '') extra.keep(base + i);
  const country = cameoCountryToIso3(countryText);
  extra.check(base + 2, country ?? '');
  if (code === '' && name === '' && countryText === '' && type1 === '') return null;
  return { code: code || null, country, sector: type1 || null, name: name || null, text: null, location };
}

const EMPTY: { readonly [key: string]: JsonValue } = Object.freeze({});

/** Parses the fields of one event row laid out as `layout`. */
export function parseGdeltEventRow(
  f: readonly string[],
  layout: GdeltEventLayout,
  place: RowPlace,
  refs: GdeltRefs,
  cache: GdeltRowCache = newRowCache(),
): ImportedEvent | string {
  try {
    return parseRow(f, layout, place, refs, cache);
  } catch (error) {
    if (error instanceof RowError) return error.reason;
    throw error;
  }
}

function parseRow(
  f: readonly string[],
  layout: GdeltEventLayout,
  place: RowPlace,
  refs: GdeltRefs,
  cache: GdeltRowCache,
): ImportedEvent {
  if (f.length !== layout.columns.length) fail(`${f.length} columns, expected ${layout.columns.length}`);
  const extra = new Extra(f, layout.columns);
  const id = f[0] as string;
  if (!allDigits(id)) fail(`non-numeric GLOBALEVENTID "${id.slice(0, 40)}"`);

  // The date depends on SQLDATE alone unless it is empty (then on MonthYear and Year).
  const sqlText = f[1] as string;
  const dateKey = sqlText.length === 8 ? sqlText : `${sqlText}\t${f[2]}\t${f[3]}`;
  let dated = cache.dates.get(dateKey);
  if (dated === undefined || (typeof dated !== 'string' && dated.layout !== layout.name)) {
    const date = eventDate(sqlText, f[2] as string, f[3] as string);
    dated = remember(
      cache.dates,
      dateKey,
      typeof date === 'string' ? date : { date, layout: layout.name, rendered: sqlDate(date, layout) },
    );
  }
  if (typeof dated === 'string') fail(dated);
  const date = dated.date;
  extra.check(1, dated.rendered[0]);
  extra.check(2, dated.rendered[1]);
  extra.check(3, dated.rendered[2]);
  extra.check(4, dated.rendered[3]);

  const code = f[26] as string;
  if (code.length < 2 || code.length > 4 || !allDigits(code))
    fail(`invalid EventCode "${code.slice(0, 40)}"`);
  extra.check(27, code.slice(0, 3));
  extra.check(28, code.slice(0, 2));
  if ((f[25] as string) !== '') extra.keep(25);

  const quadText = f[29] as string;
  const quad = quadText === '' ? null : parseInteger(quadText);
  if (quadText !== '' && (quad === null || quad < 1 || quad > 4))
    fail(`invalid QuadClass "${quadText.slice(0, 40)}"`);
  extra.check(29, quad === null ? numberText(quadOfCode(code)) : String(quad));

  const goldsteinText = f[30] as string;
  let goldstein = goldsteinText === '' ? null : cache.goldstein.get(goldsteinText);
  if (goldstein === undefined) {
    const value = parseDecimal(goldsteinText);
    goldstein = remember(
      cache.goldstein,
      goldsteinText,
      value === null ? null : { value, canonical: oneDecimal(value) === goldsteinText },
    );
  }
  if (goldstein === null && goldsteinText !== '')
    fail(`non-numeric GoldsteinScale "${goldsteinText.slice(0, 40)}"`);
  if (goldstein !== null && !goldstein.canonical) extra.keep(30);

  const numMentions = optionalInteger(f[31] as string, 'NumMentions');
  const numSources = optionalInteger(f[32] as string, 'NumSources');
  const numArticles = optionalInteger(f[33] as string, 'NumArticles');
  const avgTone = optionalDecimal(f[34] as string, 'AvgTone');
  extra.check(31, numberText(numMentions));
  extra.check(32, numberText(numSources));
  extra.check(33, numberText(numArticles));
  checkNumber(extra, 34, f[34] as string, avgTone);

  const dateAddedText = f[layout.dateAdded] as string;
  let dateAdded = cache.dateAdded.get(dateAddedText);
  if (dateAdded === undefined) {
    dateAdded = remember(
      cache.dateAdded,
      dateAddedText,
      dateAddedText === ''
        ? null
        : layout.name === 'gdelt2'
          ? parseTimestamp14(dateAddedText)
          : parseDay8(dateAddedText),
    );
  }
  if (dateAdded === null && dateAddedText !== '') fail(`invalid DATEADDED "${dateAddedText.slice(0, 40)}"`);
  extra.check(layout.dateAdded, renderDateAdded(dateAdded, layout));

  const [g1, g2, ga] = layout.geo;
  const source = actor(f, 5, geo(f, g1, layout, 'Actor1Geo', refs.fipsToIso3, extra), extra);
  const target = actor(f, 15, geo(f, g2, layout, 'Actor2Geo', refs.fipsToIso3, extra), extra);
  // An actor that is absent cannot carry a location: keep its geo columns as written.
  if (!source) for (let i = g1; i < g2; i++) if (f[i] !== (i === g1 ? '0' : '')) extra.keep(i);
  if (!target) for (let i = g2; i < ga; i++) if (f[i] !== (i === g2 ? '0' : '')) extra.keep(i);
  const location = geo(f, ga, layout, 'ActionGeo', refs.fipsToIso3, extra);
  const info = refs.cameo(code);
  return {
    dataset: layout.name === 'gdelt2' ? 'gdelt2' : 'gdelt1',
    externalId: id,
    code,
    root: code.slice(0, 2),
    quad: quad as QuadClass | null,
    goldstein: goldstein?.value ?? null,
    plover: { type: info?.plover.type ?? null, mode: info?.plover.mode ?? null, context: [] },
    sources: source ? [source] : [],
    targets: target ? [target] : [],
    modality: 'asserted',
    date,
    dateAdded,
    location,
    evidence: {
      text: null,
      url: layout.url >= 0 ? (f[layout.url] as string) || null : null,
      source: null,
      document: null,
      sentence: null,
      span: null,
      offsets: null,
    },
    numMentions,
    numSources,
    numArticles,
    avgTone,
    provenance: { file: place.file, line: place.line, format: place.format },
    extra: extra.values ?? EMPTY,
  };
}
