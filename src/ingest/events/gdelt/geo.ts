/**
 * One GDELT geography block (Actor1Geo_*, Actor2Geo_*, ActionGeo_*: Type, FullName,
 * CountryCode, ADM1Code, [ADM2Code,] Lat, Long, FeatureID) → ImportedLocation, and which of
 * its columns the record cannot give back as written (they go to `extra`).
 *
 * The result depends on the block's text alone, and GDELT repeats blocks heavily (the
 * 2,111-row 15-minute export has 475 distinct blocks among its 6,333), so the row parser
 * keeps results per import run by the block's text (block-cache.ts); the location objects are shared, and
 * never changed, by the events that hold them.
 */
import { isShortestForm, parseDecimal, parseInteger } from '../fields.js';
import type { FipsToIso3, ImportedLocation } from '../types.js';
import { geoType } from './format.js';
import { allEmpty, field, fieldLength, isEmpty, type FieldRow } from './row.js';

export interface GeoBlock {
  readonly location: ImportedLocation | null;
  /** Offsets from the block's first column whose text goes to `extra`, in column order. */
  readonly keep: readonly number[];
}

const RESOLUTION: Record<string, ImportedLocation['resolution']> = {
  '1': 'country',
  '2': 'adm1',
  '3': 'city',
  '4': 'city',
  '5': 'adm1',
};

/** Columns in a block: ADM2Code only in GDELT 2.0. */
export function geoColumnCount(adm2: boolean): number {
  return adm2 ? 8 : 7;
}

/**
 * Whether the block is the one GDELT writes for no location, "0" then empty columns (a
 * quarter of Actor2Geo blocks): it parses to no location with nothing kept. Told from the
 * field offsets and one character, so the row parser need not look the block up.
 */
export function isNoLocation(row: FieldRow, start: number, adm2: boolean): boolean {
  return (
    fieldLength(row, start) === 1 &&
    row.text.charCodeAt(row.starts[start] as number) === 48 &&
    allEmpty(row, start + 1, start + geoColumnCount(adm2) - 1)
  );
}

function decimal(text: string, column: string): number | null | string {
  if (text === '') return null;
  return parseDecimal(text) ?? `non-numeric ${column} "${text.slice(0, 40)}"`;
}

/**
 * Parses the block at `start`; a malformed value gives a one-line reason naming the column
 * (`prefix` is "Actor1Geo", "Actor2Geo" or "ActionGeo").
 */
export function parseGeoBlock(
  row: FieldRow,
  start: number,
  adm2: boolean,
  prefix: string,
  fipsToIso3: FipsToIso3,
): GeoBlock | string {
  const type = field(row, start);
  const name = field(row, start + 1);
  const fips = field(row, start + 2);
  const adm1 = field(row, start + 3);
  const k = adm2 ? 5 : 4;
  const latText = field(row, start + k);
  const lonText = field(row, start + k + 1);
  const featureId = field(row, start + k + 2);
  const lat = decimal(latText, `${prefix}_Lat`);
  if (typeof lat === 'string') return lat;
  const lon = decimal(lonText, `${prefix}_Long`);
  if (typeof lon === 'string') return lon;
  if (type !== '' && parseInteger(type) === null) return `non-numeric ${prefix}_Type "${type.slice(0, 40)}"`;
  const keep: number[] = [];
  if ((type === '' || type === '0') && name === '' && fips === '' && adm1 === '') {
    // No location: the canonical block is "0" then empty columns.
    if (type !== '0') keep.push(0);
    if (adm2 && !isEmpty(row, start + 4)) keep.push(4);
    if (latText !== '') keep.push(k);
    if (lonText !== '') keep.push(k + 1);
    if (featureId !== '') keep.push(k + 2);
    return { location: null, keep };
  }
  const location: ImportedLocation = {
    name: name || null,
    country: fips ? fipsToIso3(fips) : null,
    fips: fips || null,
    adm1: adm1 || null,
    adm2: adm2 ? field(row, start + 4) || null : null,
    lat,
    lon,
    featureId: featureId || null,
    resolution: RESOLUTION[type] ?? null,
  };
  if (type !== geoType(location, fips)) keep.push(0);
  if (lat === null ? latText !== '' : !isShortestForm(latText, lat)) keep.push(k);
  if (lon === null ? lonText !== '' : !isShortestForm(lonText, lon)) keep.push(k + 1);
  return { location, keep };
}
