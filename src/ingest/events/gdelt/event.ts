/**
 * One GDELT event row (2.0, translingual, 1.0 daily or back-file) → ImportedEvent.
 * Returns the record, or a one-line reason when the row is malformed.
 */
import type { QuadClass } from '../../../core/types.js';
import { dateOf, parseDay8, parseDecimal, parseInteger, parseTimestamp14 } from '../fields.js';
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
import { gdeltEventFields } from './format.js';

export interface RowPlace {
  readonly file: string;
  readonly line: number;
  readonly format: SourceFormat;
}

export interface GdeltRefs {
  readonly fipsToIso3: FipsToIso3;
  readonly cameo: CameoLookup;
}

class RowError {
  constructor(readonly reason: string) {}
}

function fail(reason: string): never {
  throw new RowError(reason);
}

/** SQLDATE at day precision; YYYYMM00 / YYYY0000, or MonthYear / Year alone, at month / year precision. */
function eventDate(sql: string, monthYear: string, year: string): ImportedDate {
  if (/^\d{8}$/.test(sql) && sql !== '00000000') {
    const y = Number(sql.slice(0, 4));
    const m = Number(sql.slice(4, 6));
    const d = Number(sql.slice(6, 8));
    const date = m === 0 && d === 0 ? dateOf(y, null, null) : d === 0 ? dateOf(y, m, null) : dateOf(y, m, d);
    return date ?? fail(`invalid SQLDATE "${sql}"`);
  }
  if (sql !== '' && sql !== '0' && sql !== '00000000') fail(`invalid SQLDATE "${sql}"`);
  if (/^\d{6}$/.test(monthYear)) {
    return (
      dateOf(Number(monthYear.slice(0, 4)), Number(monthYear.slice(4, 6)), null) ??
      fail(`invalid MonthYear "${monthYear}"`)
    );
  }
  if (/^\d{4}$/.test(year)) return dateOf(Number(year), null, null) ?? fail(`invalid Year "${year}"`);
  return fail('no event date (SQLDATE, MonthYear and Year are empty)');
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

function geo(
  f: readonly string[],
  start: number,
  layout: GdeltEventLayout,
  prefix: string,
  fipsToIso3: (code: string) => string | null,
): ImportedLocation | null {
  const type = f[start] as string;
  const name = f[start + 1] as string;
  const fips = f[start + 2] as string;
  const adm1 = f[start + 3] as string;
  const k = layout.adm2 ? start + 5 : start + 4;
  const adm2 = layout.adm2 ? (f[start + 4] as string) : '';
  const lat = optionalDecimal(f[k] as string, `${prefix}_Lat`);
  const lon = optionalDecimal(f[k + 1] as string, `${prefix}_Long`);
  const featureId = f[k + 2] as string;
  if (type !== '' && parseInteger(type) === null) fail(`non-numeric ${prefix}_Type "${type.slice(0, 40)}"`);
  if ((type === '' || type === '0') && name === '' && fips === '' && adm1 === '') return null;
  return {
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
}

function actor(f: readonly string[], base: number, location: ImportedLocation | null): ImportedActor | null {
  const code = f[base] as string;
  const name = f[base + 1] as string;
  const country = f[base + 2] as string;
  const type1 = f[base + 7] as string;
  if (code === '' && name === '' && country === '' && type1 === '') return null;
  return {
    code: code || null,
    country: cameoCountryToIso3(country),
    sector: type1 || null,
    name: name || null,
    text: null,
    location,
  };
}

const EMPTY: { readonly [key: string]: JsonValue } = Object.freeze({});

/**
 * Parses the fields of one event row laid out as `layout`. `extra` receives every column
 * the canonical rendering (format.ts) would not reproduce.
 */
export function parseGdeltEventRow(
  f: readonly string[],
  layout: GdeltEventLayout,
  place: RowPlace,
  refs: GdeltRefs,
): ImportedEvent | string {
  try {
    return parseRow(f, layout, place, refs);
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
): ImportedEvent {
  if (f.length !== layout.columns.length) fail(`${f.length} columns, expected ${layout.columns.length}`);
  const id = f[0] as string;
  if (!/^\d+$/.test(id)) fail(`non-numeric GLOBALEVENTID "${id.slice(0, 40)}"`);
  const date = eventDate(f[1] as string, f[2] as string, f[3] as string);
  const code = f[26] as string;
  if (!/^\d{2,4}$/.test(code)) fail(`invalid EventCode "${code.slice(0, 40)}"`);
  const quadText = f[29] as string;
  const quad = quadText === '' ? null : parseInteger(quadText);
  if (quadText !== '' && (quad === null || quad < 1 || quad > 4))
    fail(`invalid QuadClass "${quadText.slice(0, 40)}"`);
  const [g1, g2, ga] = layout.geo;
  const dateAddedText = f[layout.dateAdded] as string;
  const dateAdded =
    dateAddedText === ''
      ? null
      : ((layout.name === 'gdelt2' ? parseTimestamp14(dateAddedText) : parseDay8(dateAddedText)) ??
        fail(`invalid DATEADDED "${dateAddedText.slice(0, 40)}"`));
  const info = refs.cameo(code);
  const source = actor(f, 5, geo(f, g1, layout, 'Actor1Geo', refs.fipsToIso3));
  const target = actor(f, 15, geo(f, g2, layout, 'Actor2Geo', refs.fipsToIso3));
  const event: ImportedEvent = {
    dataset: layout.name === 'gdelt2' ? 'gdelt2' : 'gdelt1',
    externalId: id,
    code,
    root: code.slice(0, 2),
    quad: quad as QuadClass | null,
    goldstein: optionalDecimal(f[30] as string, 'GoldsteinScale'),
    plover: { type: info?.plover.type ?? null, mode: info?.plover.mode ?? null, context: [] },
    sources: source ? [source] : [],
    targets: target ? [target] : [],
    modality: 'asserted',
    date,
    dateAdded,
    location: geo(f, ga, layout, 'ActionGeo', refs.fipsToIso3),
    evidence: {
      text: null,
      url: layout.url >= 0 ? (f[layout.url] as string) || null : null,
      source: null,
      document: null,
      sentence: null,
      span: null,
      offsets: null,
    },
    numMentions: optionalInteger(f[31] as string, 'NumMentions'),
    numSources: optionalInteger(f[32] as string, 'NumSources'),
    numArticles: optionalInteger(f[33] as string, 'NumArticles'),
    avgTone: optionalDecimal(f[34] as string, 'AvgTone'),
    provenance: { file: place.file, line: place.line, format: place.format },
    extra: EMPTY,
  };
  const canonical = gdeltEventFields(event, source, target, layout, id, 'none');
  let extra: Record<string, string> | null = null;
  for (let i = 0; i < f.length; i++) {
    if (canonical[i] !== f[i]) (extra ??= {})[layout.columns[i] as string] = f[i] as string;
  }
  return extra ? { ...event, extra } : event;
}
