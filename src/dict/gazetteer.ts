/**
 * The gazetteer: GeoNames places (cities over 15,000 people and capitals) plus
 * Dyad's hand-written places (venues, industrial parks, small towns in the news),
 * looked up by name, ASCII name or a bounded set of alternate names.
 */
import type { ParseResult } from './parse-result.js';
import { PhraseIndex } from './phrase-index.js';
import { phraseParts } from './text.js';
import { listCell, numberCell, parseTsv } from './tsv.js';

export interface Place {
  /** `file:line` of the row. */
  readonly id: string;
  /** GeoNames id, or null for Dyad's own places. */
  readonly geonameId: number | null;
  readonly name: string;
  readonly asciiname: string;
  readonly alternates: readonly string[];
  /** ISO alpha-3. */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number | null;
  /** GeoNames feature code (PPL, PPLC, PPLA, BLDG, INDS...). */
  readonly featureCode: string;
}

export interface PlaceMatch {
  readonly start: number;
  readonly length: number;
  readonly place: Place;
}

/** The places one name at a token position names: `length` tokens, most populous first. */
export interface PlaceName {
  readonly length: number;
  readonly places: readonly Place[];
}

export interface Gazetteer {
  /** All places (Dyad's additions first); parsed on first use. */
  readonly places: readonly Place[];
  /** Places with this name (any of name, ASCII name, alternates; case and diacritics ignored), most populous first. */
  lookup(name: string): Place[];
  /** Place names starting at token i, longest first; same-length candidates most populous first. */
  matchAt(norms: readonly string[], i: number): PlaceMatch[];
  /** The names starting at token i, longest first, each with its places (what `matchAt` lists, grouped by length). */
  namesAt(norms: readonly string[], i: number): readonly PlaceName[];
  /** Whether a phrase may begin at a token whose first part (see text.ts) is `first`; false: `matchAt` finds none there. */
  begins(first: string): boolean;
}

const COLUMNS = [
  'geonameid',
  'name',
  'asciiname',
  'alternates',
  'country',
  'lat',
  'lon',
  'population',
  'feature_code',
];

/** Parses gazetteer.tsv or places.additions.tsv (same columns; additions may leave geonameid empty). */
export function parsePlaces(text: string, fileName: string): ParseResult<readonly Place[]> {
  const table = parseTsv(text, fileName, COLUMNS);
  const errors = [...table.errors];
  const out: Place[] = [];
  for (const { line, cells } of table.value) {
    const where = `${fileName}:${line}`;
    const lat = Number(cells.lat);
    const lon = Number(cells.lon);
    const geonameId = numberCell(cells.geonameid);
    const population = numberCell(cells.population);
    const problems: string[] = [];
    if (!cells.name) problems.push('empty name');
    if (!/^[A-Z]{3}$/.test(cells.country ?? '')) problems.push(`bad country "${cells.country}"`);
    if (!cells.lat || !Number.isFinite(lat) || lat < -90 || lat > 90)
      problems.push(`bad latitude "${cells.lat}"`);
    if (!cells.lon || !Number.isFinite(lon) || lon < -180 || lon > 180)
      problems.push(`bad longitude "${cells.lon}"`);
    if (Number.isNaN(geonameId) || Number.isNaN(population))
      problems.push('geonameid and population must be numbers');
    if (problems.length > 0) {
      errors.push(`${where}: ${problems.join('; ')}`);
      continue;
    }
    out.push({
      id: where,
      geonameId,
      name: cells.name ?? '',
      asciiname: cells.asciiname || (cells.name ?? ''),
      alternates: listCell(cells.alternates),
      country: cells.country ?? '',
      lat,
      lon,
      population,
      featureCode: cells.feature_code ?? '',
    });
  }
  return { value: out, errors, warnings: [] };
}

function byPopulation(a: Place, b: Place): number {
  return (b.population ?? -1) - (a.population ?? -1);
}

/** Places with, where already worked out, each one's index keys (see `placeKeys`), in the same order. */
export interface PlaceSet {
  readonly places: readonly Place[];
  readonly keys?: readonly (readonly string[])[];
}

/**
 * The index keys of a place: the folded parts (see text.ts) of its name, ASCII name and
 * alternates, each once, in that order.
 */
export function placeKeys(place: Place): string[] {
  const keys: string[] = [];
  for (const n of [place.name, place.asciiname, ...place.alternates]) {
    const key = phraseParts(n).join(' ');
    if (key.length > 0 && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

/**
 * Builds the gazetteer over a list of places, or over a function giving them (and perhaps their
 * keys, from the compiled gazetteer), called on first use. The name index (~100,000 names) is
 * also built on the first lookup or match, so that loading the dictionaries stays fast for
 * callers that never ask for places.
 */
export function buildGazetteer(source: readonly Place[] | (() => PlaceSet)): Gazetteer {
  let loaded: PlaceSet | null =
    typeof source === 'function' ? null : { places: Object.freeze(source.map((p) => Object.freeze(p))) };
  const set = (): PlaceSet => {
    if (loaded === null) {
      const given = (source as () => PlaceSet)();
      loaded = { places: Object.freeze(given.places.map((p) => Object.freeze(p))), keys: given.keys };
    }
    return loaded;
  };
  const places = (): readonly Place[] => set().places;
  let built: PhraseIndex | null = null;
  const index = (): PhraseIndex => {
    if (built) return built;
    const { places: all, keys } = set();
    const idx = new PhraseIndex();
    for (let id = 0; id < all.length; id++) {
      const p = all[id];
      if (!p) continue;
      for (const key of keys?.[id] ?? placeKeys(p)) idx.addKey(key, id, 'exact');
    }
    built = idx;
    return idx;
  };
  const placesOf = (ids: readonly number[]): Place[] => {
    const all = places();
    return ids.flatMap((id) => (all[id] ? [all[id]] : [])).sort(byPopulation);
  };
  // The places of a matched key, sorted once: the index hands out one ids array per key it
  // remembers, so the sorted list is kept with it (and goes away with it).
  const sorted = new WeakMap<readonly number[], readonly Place[]>();
  const sortedPlacesOf = (ids: readonly number[]): readonly Place[] => {
    let list = sorted.get(ids);
    if (list === undefined) {
      list = Object.freeze(placesOf(ids));
      sorted.set(ids, list);
    }
    return list;
  };
  const namesAt = (norms: readonly string[], i: number): PlaceName[] => {
    const found = index().matchAt(norms, i);
    const out: PlaceName[] = new Array<PlaceName>(found.length);
    for (let k = 0; k < found.length; k++) {
      const m = found[k]!;
      out[k] = { length: m.length, places: sortedPlacesOf(m.ids) };
    }
    return out;
  };
  return Object.freeze({
    get places() {
      return places();
    },
    lookup: (name: string) => {
      const parts = phraseParts(name);
      const found = index()
        .matchAt(parts, 0, (t) => [parts[t] ?? ''])
        .find((m) => m.length === parts.length);
      return found ? sortedPlacesOf(found.ids).slice() : [];
    },
    begins: (first: string) => index().begins(first),
    matchAt: (norms: readonly string[], i: number) =>
      namesAt(norms, i).flatMap((m) => m.places.map((place) => ({ start: i, length: m.length, place }))),
    namesAt,
  });
}
