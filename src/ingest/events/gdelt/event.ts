/**
 * One GDELT event row (2.0, translingual, 1.0 daily or back-file) → ImportedEvent.
 * Returns the record, or a one-line reason when the row is malformed.
 *
 * `extra` receives, by column name, every column the record cannot give back as written:
 * the columns it does not represent (known group, ethnic, religion, Type2/3, IsRootEvent)
 * when not empty, and any value whose canonical rendering (format.ts) differs from its text.
 * Columns are checked one by one against format.ts's renderers rather than by rendering the
 * whole row, to keep import fast; the round-trip tests hold the two together.
 *
 * The row is read in place (row.ts): only the fields the record keeps become strings. Runs of
 * columns that repeat across rows (the date columns, the action columns with the code's PLOVER
 * type, DATEADDED, AvgTone, actor and geography blocks) are worked out once per import run,
 * with the columns they send to `extra` (`GdeltRowCache`).
 */
import {
  isShortestForm,
  allDigits,
  dateOf,
  parseDay8,
  parseDecimal,
  parseInteger,
  parseTimestamp14,
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
import { lookupBlock, newBlockCache, rememberBlock, type BlockCache } from './block-cache.js';
import { ACTION_FIRST, ACTION_LAST, parseActionBlock, type ActionBlock } from './action.js';
import { ACTOR_COLUMNS, isNoActor, parseActorBlock, type ActorBlock } from './actor.js';
import type { GdeltEventLayout } from './columns.js';
import { dateAdded as renderDateAdded, sqlDate } from './format.js';
import { geoColumnCount, isNoLocation, parseGeoBlock, type GeoBlock } from './geo.js';
import { field, fieldEquals, isEmpty, rowOfFields, span, type FieldRow } from './row.js';

export interface RowPlace {
  readonly file: string;
  readonly line: number;
  readonly format: SourceFormat;
}

export interface GdeltRefs {
  readonly fipsToIso3: FipsToIso3;
  readonly cameo: CameoLookup;
}

type Plover = ImportedEvent['plover'];

/** Values that repeat across the rows of a file, parsed once per import run. */
export interface GdeltRowCache {
  /** By SQLDATE, MonthYear, Year and FractionDate as written: the date and its non-canonical columns. */
  readonly dates: Map<string, Dated | string>;
  /** By DATEADDED: its value and whether the layout renders it back as written. */
  readonly dateAdded: Map<string, { value: string | null; v2: boolean; canonical: boolean }>;
  /** By AvgTone: its value and whether it renders back as written. */
  readonly tone: DecimalCache;
  /** By the action columns' text (action.ts), with the code's PLOVER type. */
  readonly actions: Map<string, { action: ActionBlock; plover: Plover }>;
  /** By the geography block's text (block-cache.ts): its location and non-canonical columns. */
  readonly geo: BlockCache<GeoBlock>;
  /** By the actor block's text. */
  readonly actors: BlockCache<ActorBlock>;
  /** By EventCode: the PLOVER type and mode from the CAMEO table (shared, never changed). */
  readonly plover: Map<string, Plover>;
}

export function newRowCache(): GdeltRowCache {
  return {
    dates: new Map(),
    dateAdded: new Map(),
    tone: new Map(),
    actions: new Map(),
    geo: newBlockCache(),
    actors: newBlockCache(),
    plover: new Map(),
  };
}

const CACHE_LIMIT = 50_000;

function remember<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= CACHE_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

type DecimalCache = Map<string, { value: number; canonical: boolean } | null>;

/**
 * A decimal field's value and whether it renders back as written, remembered by its text;
 * null for an empty or non-numeric field.
 */
function cachedDecimal(
  cache: DecimalCache,
  text: string,
  canonical: (text: string, value: number) => boolean,
) {
  if (text === '') return null;
  const known = cache.get(text);
  if (known !== undefined) return known;
  const value = parseDecimal(text);
  return remember(cache, text, value === null ? null : { value, canonical: canonical(text, value) });
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

/** Collects the original text of columns the record cannot reproduce. */
class Extra {
  values: Record<string, string> | null = null;
  constructor(
    private readonly row: FieldRow,
    private readonly columns: readonly string[],
  ) {}
  keep(i: number): void {
    (this.values ??= {})[this.columns[i] as string] = field(this.row, i);
  }
  /** Keeps column i unless its text equals the canonical rendering. */
  check(i: number, canonical: string): void {
    if (!fieldEquals(this.row, i, canonical)) this.keep(i);
  }
}

/**
 * Count column i (NumMentions...), null when empty, read from the characters as parseInteger
 * would; kept in `extra` unless written as the number renders (no leading zero, no "-0").
 */
function countAt(row: FieldRow, i: number, column: string, extra: Extra): number | null {
  const text = row.text;
  let at = row.starts[i] as number;
  const end = (row.starts[i + 1] as number) - 1;
  if (at === end) return null;
  const negative = text.charCodeAt(at) === 45;
  if (negative) at++;
  // Up to 15 digits is always a safe integer; longer ones go through parseInteger.
  if (end - at < 1 || end - at > 15) return slowCount(row, i, column, extra);
  let value = 0;
  for (let j = at; j < end; j++) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) fail(`non-numeric ${column} "${field(row, i).slice(0, 40)}"`);
    value = value * 10 + (c - 48);
  }
  if ((end - at > 1 && text.charCodeAt(at) === 48) || (negative && value === 0)) extra.keep(i);
  return negative ? -value : value;
}

function slowCount(row: FieldRow, i: number, column: string, extra: Extra): number {
  const text = field(row, i);
  const value = parseInteger(text) ?? fail(`non-numeric ${column} "${text.slice(0, 40)}"`);
  if (String(value) !== text) extra.keep(i);
  return value;
}

/** The location of the geography block at `start`, its non-canonical columns kept in `extra`. */
function geo(
  row: FieldRow,
  start: number,
  layout: GdeltEventLayout,
  prefix: string,
  refs: GdeltRefs,
  cache: GdeltRowCache,
  extra: Extra,
): ImportedLocation | null {
  if (isNoLocation(row, start, layout.adm2)) return null;
  // FeatureID, the block's last column, tells most places apart.
  const last = start + geoColumnCount(layout.adm2) - 1;
  let block = row.exactKeys ? lookupBlock(cache.geo, row, start, last, last) : undefined;
  if (block === undefined) {
    const parsed = parseGeoBlock(row, start, layout.adm2, prefix, refs.fipsToIso3);
    if (typeof parsed === 'string') fail(parsed);
    block = row.exactKeys ? rememberBlock(cache.geo, row, start, last, last, parsed) : parsed;
  }
  for (const offset of block.keep) extra.keep(start + offset);
  return block.location;
}

/** The actor whose columns start at `base` (Actor1Code: 5, Actor2Code: 15), or null. */
function actor(
  row: FieldRow,
  base: number,
  location: ImportedLocation | null,
  cache: GdeltRowCache,
  extra: Extra,
): ImportedActor | null {
  if (isNoActor(row, base)) return null;
  // Name varies least among an actor's blocks (USA has 47 in the 15-minute export, UNITED STATES 10).
  const last = base + ACTOR_COLUMNS - 1;
  let block = row.exactKeys ? lookupBlock(cache.actors, row, base, last, base + 1) : undefined;
  if (block === undefined) {
    const parsed = parseActorBlock(row, base);
    block = row.exactKeys ? rememberBlock(cache.actors, row, base, last, base + 1, parsed) : parsed;
  }
  for (const offset of block.keep) extra.keep(base + offset);
  const a = block.actor;
  if (a === null) return null;
  return { code: a.code, country: a.country, sector: a.sector, name: a.name, text: null, location };
}

/** Keeps the columns from..to-1 of an absent actor's geography unless they are the empty block. */
function keepAbsentGeo(row: FieldRow, from: number, to: number, extra: Extra): void {
  if (!fieldEquals(row, from, '0')) extra.keep(from);
  for (let i = from + 1; i < to; i++) if (!isEmpty(row, i)) extra.keep(i);
}

function ploverOf(code: string, refs: GdeltRefs, cache: GdeltRowCache): Plover {
  let plover = cache.plover.get(code);
  if (plover === undefined) {
    const info = refs.cameo(code);
    plover = remember(cache.plover, code, {
      type: info?.plover.type ?? null,
      mode: info?.plover.mode ?? null,
      context: [],
    });
  }
  return plover;
}

interface Dated {
  readonly date: ImportedDate;
  /** The layout whose rendering `keep` was decided against. */
  readonly layout: string;
  /** Columns 1–4 whose text goes to `extra`, in column order. */
  readonly keep: readonly number[];
}

/** Columns first, first+1... whose text differs from `rendered`. */
function nonCanonical(row: FieldRow, first: number, rendered: readonly string[]): number[] {
  const keep: number[] = [];
  for (let k = 0; k < rendered.length; k++)
    if (!fieldEquals(row, first + k, rendered[k] as string)) keep.push(first + k);
  return keep;
}

/**
 * The event date from SQLDATE, MonthYear and Year (columns 1–3), and which of columns 1–4
 * (FractionDate too) are not written as the layout renders the date. Kept by the four
 * columns' text, so a repeated date costs one look-up and no comparisons.
 */
function datedOf(row: FieldRow, layout: GdeltEventLayout, cache: GdeltRowCache): Dated {
  const key = row.exactKeys ? span(row, 1, 4) : null;
  let dated = key === null ? undefined : cache.dates.get(key);
  if (dated === undefined || (typeof dated !== 'string' && dated.layout !== layout.name)) {
    const date = eventDate(field(row, 1), field(row, 2), field(row, 3));
    dated =
      typeof date === 'string'
        ? date
        : { date, layout: layout.name, keep: nonCanonical(row, 1, sqlDate(date, layout)) };
    if (key !== null) remember(cache.dates, key, dated);
  }
  if (typeof dated === 'string') fail(dated);
  return dated;
}

/** The action columns' block (25–30), from the cache when their text was seen before. */
function actionOf(
  row: FieldRow,
  refs: GdeltRefs,
  cache: GdeltRowCache,
): { action: ActionBlock; plover: Plover } {
  const key = row.exactKeys ? span(row, ACTION_FIRST, ACTION_LAST) : null;
  const known = key === null ? undefined : cache.actions.get(key);
  if (known !== undefined) return known;
  const action = parseActionBlock(row);
  if (typeof action === 'string') fail(action);
  const parsed = { action, plover: ploverOf(action.code, refs, cache) };
  return key === null ? parsed : remember(cache.actions, key, parsed);
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
  return parseGdeltEventFields(rowOfFields(f), layout, place, refs, cache);
}

/** As parseGdeltEventRow, for a row read in place (row.ts: `rowOfLine`). */
export function parseGdeltEventFields(
  row: FieldRow,
  layout: GdeltEventLayout,
  place: RowPlace,
  refs: GdeltRefs,
  cache: GdeltRowCache,
): ImportedEvent | string {
  try {
    return parseRow(row, layout, place, refs, cache);
  } catch (error) {
    if (error instanceof RowError) return error.reason;
    throw error;
  }
}

function parseRow(
  row: FieldRow,
  layout: GdeltEventLayout,
  place: RowPlace,
  refs: GdeltRefs,
  cache: GdeltRowCache,
): ImportedEvent {
  if (row.count !== layout.columns.length) fail(`${row.count} columns, expected ${layout.columns.length}`);
  const extra = new Extra(row, layout.columns);
  const id = field(row, 0);
  if (!allDigits(id)) fail(`non-numeric GLOBALEVENTID "${id.slice(0, 40)}"`);

  const dated = datedOf(row, layout, cache);
  for (const i of dated.keep) extra.keep(i);

  const { action, plover } = actionOf(row, refs, cache);
  for (const i of action.keep) extra.keep(i);

  const numMentions = countAt(row, 31, 'NumMentions', extra);
  const numSources = countAt(row, 32, 'NumSources', extra);
  const numArticles = countAt(row, 33, 'NumArticles', extra);
  const toneText = field(row, 34);
  const tone = cachedDecimal(cache.tone, toneText, isShortestForm);
  if (tone === null && toneText !== '') fail(`non-numeric AvgTone "${toneText.slice(0, 40)}"`);
  if (tone !== null && !tone.canonical) extra.keep(34);

  const dateAddedText = field(row, layout.dateAdded);
  let added = cache.dateAdded.get(dateAddedText);
  if (added === undefined || added.v2 !== (layout.name === 'gdelt2')) {
    const value =
      dateAddedText === ''
        ? null
        : layout.name === 'gdelt2'
          ? parseTimestamp14(dateAddedText)
          : parseDay8(dateAddedText);
    added = remember(cache.dateAdded, dateAddedText, {
      value,
      v2: layout.name === 'gdelt2',
      canonical: renderDateAdded(value, layout) === dateAddedText,
    });
  }
  const dateAdded = added.value;
  if (dateAdded === null && dateAddedText !== '') fail(`invalid DATEADDED "${dateAddedText.slice(0, 40)}"`);
  if (!added.canonical) extra.keep(layout.dateAdded);

  const [g1, g2, ga] = layout.geo;
  const source = actor(row, 5, geo(row, g1, layout, 'Actor1Geo', refs, cache, extra), cache, extra);
  const target = actor(row, 15, geo(row, g2, layout, 'Actor2Geo', refs, cache, extra), cache, extra);
  // An actor that is absent cannot carry a location: keep its geo columns as written.
  if (!source) keepAbsentGeo(row, g1, g2, extra);
  if (!target) keepAbsentGeo(row, g2, ga, extra);
  const location = geo(row, ga, layout, 'ActionGeo', refs, cache, extra);
  return {
    dataset: layout.name === 'gdelt2' ? 'gdelt2' : 'gdelt1',
    externalId: id,
    code: action.code,
    root: action.root,
    quad: action.quad,
    goldstein: action.goldstein,
    plover,
    sources: source ? [source] : [],
    targets: target ? [target] : [],
    modality: 'asserted',
    date: dated.date,
    dateAdded,
    location,
    evidence: {
      text: null,
      url: layout.url >= 0 ? field(row, layout.url) || null : null,
      source: null,
      document: null,
      sentence: null,
      span: null,
      offsets: null,
    },
    numMentions,
    numSources,
    numArticles,
    avgTone: tone?.value ?? null,
    provenance: { file: place.file, line: place.line, format: place.format },
    extra: extra.values ?? EMPTY,
  };
}
