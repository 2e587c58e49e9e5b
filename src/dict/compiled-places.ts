/**
 * The compiled gazetteer: data/compiled/places.json holds the rows of places.additions.tsv and
 * gazetteer.tsv, already checked, each with its index keys (the folded parts of its names, see
 * `placeKeys`), and the sha256 of both sources. Reading it on the first place lookup skips the
 * TSV parsing and the folding of ~100,000 names. The loader uses it only when both sources are
 * byte for byte those it was built from; otherwise it parses them. Written by
 * `npm run build:data` (or `-- --compile-only`) beside the compiled dictionaries.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlaces, placeKeys, type Place, type PlaceSet } from './gazetteer.js';
import { lineOf, sha256 } from './compiled.js';

export const COMPILED_PLACES = 'compiled/places.json';
const FORMAT = 1;

/** Dyad's place files, additions first (relative to the data folder). */
export const PLACE_FILES = ['places.additions.tsv', 'gazetteer.tsv'] as const;

/**
 * One place: its line, GeoNames id, name, ASCII name (0: the name), alternates, country,
 * latitude, longitude, population, feature code, then its index keys (0: the name's key is
 * the name lower-cased, as for most).
 */
type CompactPlace = [
  number,
  number | null,
  string,
  string | 0,
  string[],
  string,
  number,
  number,
  number | null,
  string,
  (string | 0)[],
];

interface CompiledPlaces {
  readonly format: number;
  /** Source path (relative to the data folder) → sha256. */
  readonly sources: Readonly<Record<string, string>>;
  readonly files: readonly string[];
  readonly places: readonly (readonly CompactPlace[])[];
}

function encode(place: Place): CompactPlace {
  const lower = place.name.toLowerCase();
  return [
    lineOf(place.id),
    place.geonameId,
    place.name,
    place.asciiname === place.name ? 0 : place.asciiname,
    [...place.alternates],
    place.country,
    place.lat,
    place.lon,
    place.population,
    place.featureCode,
    placeKeys(place).map((key) => (key === lower ? 0 : key)),
  ];
}

function decode(file: string, row: CompactPlace): { place: Place; keys: string[] } {
  const [line, geonameId, name, ascii, alternates, country, lat, lon, population, featureCode, keys] = row;
  const place: Place = {
    id: `${file}:${line}`,
    geonameId,
    name,
    asciiname: ascii === 0 ? name : ascii,
    alternates,
    country,
    lat,
    lon,
    population,
    featureCode,
  };
  const lower = name.toLowerCase();
  return { place, keys: keys.map((key) => (key === 0 ? lower : key)) };
}

/**
 * Parses Dyad's place files under `dataDir` and writes the compiled gazetteer. Returns notes for
 * the build log. Throws when a source has errors.
 */
export function compilePlaces(dataDir: string): string[] {
  const sources: Record<string, string> = {};
  const places = PLACE_FILES.map((rel) => {
    const bytes = readFileSync(join(dataDir, rel));
    sources[rel] = sha256(bytes);
    const parsed = parsePlaces(bytes.toString('utf8'), rel);
    if (parsed.errors.length > 0)
      throw new Error(`${rel}: ${parsed.errors.length} error(s)\n${parsed.errors.join('\n')}`);
    return parsed.value.map(encode);
  });
  const data: CompiledPlaces = { format: FORMAT, sources, files: [...PLACE_FILES], places };
  mkdirSync(join(dataDir, 'compiled'), { recursive: true });
  writeFileSync(join(dataDir, COMPILED_PLACES), JSON.stringify(data) + '\n');
  const count = places.reduce((n, rows) => n + rows.length, 0);
  return [`compiled: ${COMPILED_PLACES} with ${count} places from ${PLACE_FILES.length} sources`];
}

/**
 * The places of the compiled gazetteer with their keys, or null when it is missing, of another
 * format, or built from other bytes than `shas` (path relative to the data folder → sha256).
 */
export function readCompiledPlaces(dataDir: string, shas: Readonly<Record<string, string>>): PlaceSet | null {
  let data: CompiledPlaces;
  try {
    data = JSON.parse(readFileSync(join(dataDir, COMPILED_PLACES), 'utf8')) as CompiledPlaces;
  } catch {
    return null;
  }
  if (data.format !== FORMAT || PLACE_FILES.some((rel) => data.sources[rel] !== shas[rel])) return null;
  const places: Place[] = [];
  const keys: string[][] = [];
  data.files.forEach((file, f) => {
    for (const row of data.places[f] ?? []) {
      const decoded = decode(file, row);
      places.push(decoded.place);
      keys.push(decoded.keys);
    }
  });
  return { places, keys };
}
