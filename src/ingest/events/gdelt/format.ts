/**
 * Renders an event as the fields of one GDELT event row, for one source–target pair.
 * Each column has a canonical rendering from the record; values kept in `extra` (by column
 * name) replace it, so an imported GDELT row is reproduced exactly. The importer (event.ts)
 * uses the renderers exported here to decide what must go into `extra`, and a property test
 * checks that parsing then rendering gives back every row.
 */
import { oneDecimal, quadOfCode } from '../fields.js';
import type { ImportedActor, ImportedDate, ImportedEvent, ImportedLocation, SourceFormat } from '../types.js';
import { CARRIED_EVENT_COLUMNS, type GdeltEventLayout, type GdeltEventLayoutName } from './columns.js';

export interface GdeltFormatOptions {
  /** ISO alpha-3 → FIPS 10-4, for locations that carry no FIPS code (events not read from GDELT). */
  readonly iso3ToFips?: (iso3: string) => string | null;
}

/** Which `extra` values apply: all (same layout), the carried columns only (another GDELT layout), none. */
export type ExtraUse = 'all' | 'carried' | 'none';

const LAYOUT_OF_FORMAT: Partial<Record<SourceFormat, GdeltEventLayoutName>> = {
  'gdelt2-events': 'gdelt2',
  'gdelt2-translingual': 'gdelt2',
  'gdelt1-daily': 'gdelt1-daily',
  'gdelt1-backfile': 'gdelt1-backfile',
};

export function extraUseFor(event: ImportedEvent, layout: GdeltEventLayout): ExtraUse {
  const from = LAYOUT_OF_FORMAT[event.provenance.format];
  if (from === undefined) return 'none';
  return from === layout.name ? 'all' : 'carried';
}

/** "2019-10-24T14:30:00Z" → "20191024143000"; "2016-07-28" → "20160728". */
const digits = (iso: string): string =>
  iso.length >= 19
    ? `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`
    : `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}`;

/**
 * SQLDATE, MonthYear, Year, FractionDate. GDELT 2.0 always has a day: a period is written as
 * its first day. The 1.0 layouts write a month or year as YYYYMM00 / YYYY0000.
 */
export function sqlDate(
  date: ImportedDate | null,
  layout: GdeltEventLayout,
): [string, string, string, string] {
  if (!date) return ['', '', '', ''];
  const start = date.start;
  const y = start.slice(0, 4);
  const m = start.slice(5, 7);
  const d = start.slice(8, 10);
  const coarse = layout.name !== 'gdelt2';
  const sql =
    coarse && date.precision === 'year'
      ? `${y}0000`
      : coarse && date.precision === 'month'
        ? `${y}${m}00`
        : `${y}${m}${d}`;
  const fraction = (Number(y) + ((Number(m) - 1) * 30 + Number(d)) / 365).toFixed(4);
  return [sql, `${y}${m}`, y, fraction];
}

function fipsOf(location: ImportedLocation, options: GdeltFormatOptions): string {
  if (location.fips !== null) return location.fips;
  return location.country !== null ? (options.iso3ToFips?.(location.country) ?? '') : '';
}

export function geoType(location: ImportedLocation, fips: string): string {
  switch (location.resolution) {
    case 'country':
      return '1';
    case 'adm1':
    case 'adm2':
      return fips === 'US' ? '2' : '5';
    case 'city':
      return fips === 'US' ? '3' : '4';
    default:
      return '';
  }
}

const num = (value: number | null): string => (value === null ? '' : String(value));

function pushGeo(
  out: string[],
  location: ImportedLocation | null,
  adm2: boolean,
  options: GdeltFormatOptions,
): void {
  if (!location) {
    out.push('0', '', '', '');
    if (adm2) out.push('');
    out.push('', '', '');
    return;
  }
  const fips = fipsOf(location, options);
  out.push(geoType(location, fips), location.name ?? '', fips, location.adm1 ?? '');
  if (adm2) out.push(location.adm2 ?? '');
  out.push(num(location.lat), num(location.lon), location.featureId ?? '');
}

function pushActor(out: string[], actor: ImportedActor | null): void {
  if (!actor) {
    out.push('', '', '', '', '', '', '', '', '', '');
    return;
  }
  out.push(
    actor.code ?? '',
    actor.name ?? '',
    actor.country ?? '',
    '',
    '',
    '',
    '',
    actor.sector ?? '',
    '',
    '',
  );
}

export function dateAdded(value: string | null, layout: GdeltEventLayout): string {
  if (value === null) return '';
  const d = digits(value);
  if (layout.name !== 'gdelt2') return d.slice(0, 8);
  return d.length === 8 ? `${d}000000` : d;
}

/**
 * The fields of one row for the pair (source, target) of `event`, in `layout`'s column order.
 * `id` is the GLOBALEVENTID to write.
 */
export function gdeltEventFields(
  event: ImportedEvent,
  source: ImportedActor | null,
  target: ImportedActor | null,
  layout: GdeltEventLayout,
  id: string,
  use: ExtraUse,
  options: GdeltFormatOptions = {},
): string[] {
  const out: string[] = [id, ...sqlDate(event.date, layout)];
  pushActor(out, source);
  pushActor(out, target);
  const code = event.code ?? '';
  const quad = event.quad ?? (code ? quadOfCode(code) : null);
  out.push(
    '',
    code,
    code.slice(0, 3),
    event.root ?? code.slice(0, 2),
    quad === null ? '' : String(quad),
    event.goldstein === null ? '' : oneDecimal(event.goldstein),
    num(event.numMentions),
    num(event.numSources),
    num(event.numArticles),
    num(event.avgTone),
  );
  pushGeo(out, source?.location ?? null, layout.adm2, options);
  pushGeo(out, target?.location ?? null, layout.adm2, options);
  pushGeo(out, event.location, layout.adm2, options);
  out.push(dateAdded(event.dateAdded, layout));
  if (layout.url >= 0) out.push(event.evidence.url ?? '');
  if (use !== 'none') applyExtra(out, event, layout, use);
  return out;
}

function applyExtra(out: string[], event: ImportedEvent, layout: GdeltEventLayout, use: ExtraUse): void {
  for (const key in event.extra) {
    const value = event.extra[key];
    if (typeof value !== 'string') continue;
    if (use === 'carried' && !CARRIED_EVENT_COLUMNS.has(key)) continue;
    const index = layout.index.get(key);
    if (index !== undefined) out[index] = value;
  }
}
