/**
 * One ICEWS event row → ImportedEvent. ICEWS writes "NA" for a missing value, countries
 * by name, sectors as free text, and the Goldstein-like score as "Intensity".
 */
import { parseDecimal, parseInteger, parseIsoDate, quadOfCode } from '../fields.js';
import type {
  CameoLookup,
  CountryNameToIso3,
  ImportedActor,
  ImportedEvent,
  ImportedLocation,
  JsonValue,
} from '../types.js';
import { sectorCodes } from './sectors.js';

export interface IcewsRefs {
  readonly countryNameToIso3: CountryNameToIso3;
  readonly cameo: CameoLookup;
}

/** Column name → position, from the header row. */
export type IcewsHeader = ReadonlyMap<string, number>;

const value = (text: string | undefined): string | null =>
  text === undefined || text === '' || text === 'NA' ? null : text;

/** Columns kept in `extra` as written (when not NA): they are represented only in part. */
const KEPT = [
  'Source Sectors',
  'Source Country',
  'Event Text',
  'Target Sectors',
  'Target Country',
  'City',
  'District',
  'Province',
  'Country',
];

function actor(
  name: string | null,
  sectors: string | null,
  countryName: string | null,
  refs: IcewsRefs,
): ImportedActor | null {
  if (name === null && sectors === null && countryName === null) return null;
  const country = countryName === null ? null : refs.countryNameToIso3(countryName);
  const sector = sectors === null ? null : (sectorCodes(sectors)[0] ?? null);
  return {
    code: `${country ?? ''}${sector ?? ''}` || null,
    country,
    sector,
    name,
    text: null,
    location: null,
  };
}

function location(
  cell: (name: string) => string | null,
  lat: number | null,
  lon: number | null,
  refs: IcewsRefs,
): ImportedLocation | null {
  const city = cell('City');
  const district = cell('District');
  const province = cell('Province');
  const country = cell('Country');
  const parts = [city, district, province, country].filter((p): p is string => p !== null);
  if (parts.length === 0 && lat === null && lon === null) return null;
  return {
    name: parts.length > 0 ? parts.join(', ') : null,
    country: country === null ? null : refs.countryNameToIso3(country),
    fips: null,
    adm1: null,
    adm2: null,
    lat,
    lon,
    featureId: null,
    resolution: city ? 'city' : district ? 'adm2' : province ? 'adm1' : country ? 'country' : null,
  };
}

function decimal(
  text: string | null,
  column: string,
  extra: Record<string, JsonValue>,
): number | null | string {
  if (text === null) return null;
  const n = parseDecimal(text);
  if (n === null) return `non-numeric ${column} "${text.slice(0, 40)}"`;
  if (String(n) !== text) extra[column] = text;
  return n;
}

/** Parses one data row; returns the event or why the row is malformed. */
export function parseIcewsRow(
  f: readonly string[],
  header: IcewsHeader,
  place: { readonly file: string; readonly line: number },
  refs: IcewsRefs,
): ImportedEvent | string {
  if (f.length !== header.size) return `${f.length} columns, expected ${header.size}`;
  const cell = (name: string): string | null => value(f[header.get(name) ?? -1]);
  const id = cell('Event ID');
  if (id === null || !/^\d+$/.test(id)) return `invalid Event ID "${(id ?? '').slice(0, 40)}"`;
  const dateText = cell('Event Date') ?? '';
  const date = parseIsoDate(dateText);
  if (!date || date.precision !== 'day') return `invalid Event Date "${dateText.slice(0, 40)}"`;
  const code = cell('CAMEO Code') ?? '';
  if (!/^\d{2,4}$/.test(code)) return `invalid CAMEO Code "${code.slice(0, 40)}"`;
  const extra: Record<string, JsonValue> = {};
  const goldstein = decimal(cell('Intensity'), 'Intensity', extra);
  if (typeof goldstein === 'string') return goldstein;
  const lat = decimal(cell('Latitude'), 'Latitude', extra);
  if (typeof lat === 'string') return lat;
  const lon = decimal(cell('Longitude'), 'Longitude', extra);
  if (typeof lon === 'string') return lon;
  const sentenceText = cell('Sentence Number');
  const sentence = sentenceText === null ? null : parseInteger(sentenceText);
  if (sentenceText !== null && sentence === null)
    return `non-numeric Sentence Number "${sentenceText.slice(0, 40)}"`;
  for (const column of KEPT) {
    const text = cell(column);
    if (text !== null) extra[column] = text;
  }
  const info = refs.cameo(code);
  const source = actor(cell('Source Name'), cell('Source Sectors'), cell('Source Country'), refs);
  const target = actor(cell('Target Name'), cell('Target Sectors'), cell('Target Country'), refs);
  return {
    dataset: 'icews',
    externalId: id,
    code,
    root: code.slice(0, 2),
    quad: info?.quad ?? quadOfCode(code),
    goldstein,
    plover: { type: info?.plover.type ?? null, mode: info?.plover.mode ?? null, context: [] },
    sources: source ? [source] : [],
    targets: target ? [target] : [],
    modality: 'asserted',
    date,
    dateAdded: null,
    location: location(cell, lat, lon, refs),
    evidence: {
      text: null,
      url: null,
      source: cell('Publisher'),
      document: cell('Story ID'),
      sentence,
      span: null,
      offsets: null,
    },
    numMentions: null,
    numSources: null,
    numArticles: null,
    avgTone: null,
    provenance: { file: place.file, line: place.line, format: 'icews' },
    extra,
  };
}
