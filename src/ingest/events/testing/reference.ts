/**
 * Lookups built from ../shared reference data, for tests and the benchmark only (Dyad's
 * own tables are passed in by the lead at run time). Each returns null when the shared
 * file is absent.
 */
import { readFileSync } from 'node:fs';
import type { QuadClass } from '../../../core/types.js';
import { sharedFile } from '../../../testing/shared.js';
import type { CameoInfo, CameoLookup, CountryNameToIso3, FipsToIso3 } from '../types.js';

/** FIPS 10-4 → ISO alpha-3 from GeoNames' countryInfo.txt. */
export function fipsToIso3FromGeonames(): FipsToIso3 | null {
  const path = sharedFile('reference/geonames/countryInfo.txt');
  if (!path) return null;
  const table = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const cells = line.split('\t');
    const iso3 = cells[1];
    const fips = cells[3];
    if (iso3 && fips) table.set(fips, iso3);
  }
  return (fips) => table.get(fips) ?? null;
}

/** ISO alpha-3 → FIPS 10-4, the inverse of the above. */
export function iso3ToFipsFromGeonames(): ((iso3: string) => string | null) | null {
  const path = sharedFile('reference/geonames/countryInfo.txt');
  if (!path) return null;
  const table = new Map<string, string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const cells = line.split('\t');
    if (cells[1] && cells[3]) table.set(cells[1], cells[3]);
  }
  return (iso3) => table.get(iso3) ?? null;
}

/** CAMEO code → GDELT Goldstein, quad class and PLOVER type/mode from cameo-codes-merged.tsv. */
export function cameoFromMergedTable(): CameoLookup | null {
  const path = sharedFile('reference/cameo/cameo-codes-merged.tsv');
  if (!path) return null;
  const table = new Map<string, CameoInfo>();
  const lines = readFileSync(path, 'utf8').split('\n');
  const header = lines.find((l) => l.startsWith('code\t'))?.split('\t') ?? [];
  const at = (name: string): number => header.indexOf(name);
  for (const line of lines) {
    if (line.startsWith('#') || line.startsWith('code\t') || line.trim() === '') continue;
    const c = line.split('\t');
    const cell = (name: string): string => (c[at(name)] ?? '').trim();
    const goldstein = cell('goldstein_gdelt');
    const quad = cell('quad_gdelt');
    table.set(cell('code'), {
      goldstein: goldstein === '' ? null : Number(goldstein),
      quad: quad === '' ? null : (Number(quad) as QuadClass),
      plover: {
        type: cell('plover_event') || null,
        mode: cell('plover_mode') || null,
        context: cell('plover_context') || null,
      },
    });
  }
  return (code) => table.get(code) ?? null;
}

/**
 * Country names → ISO alpha-3 from world-countries.json (common and official names, alternative
 * spellings) and GeoNames' countryInfo.txt; lookups ignore case.
 */
export function countryNamesFromReference(): CountryNameToIso3 | null {
  const world = sharedFile('reference/countries/world-countries.json');
  const geonames = sharedFile('reference/geonames/countryInfo.txt');
  if (!world || !geonames) return null;
  const table = new Map<string, string>();
  const add = (name: string | undefined, iso3: string): void => {
    if (name && !table.has(name.toLowerCase())) table.set(name.toLowerCase(), iso3);
  };
  const countries = JSON.parse(readFileSync(world, 'utf8')) as {
    cca3: string;
    name: { common: string; official: string };
    altSpellings?: string[];
  }[];
  for (const c of countries) {
    add(c.name.common, c.cca3);
    add(c.name.official, c.cca3);
    for (const alt of c.altSpellings ?? []) if (alt.length > 3) add(alt, c.cca3);
  }
  for (const line of readFileSync(geonames, 'utf8').split('\n')) {
    if (line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (cells[1] && cells[4]) add(cells[4], cells[1]);
  }
  return (name) => table.get(name.toLowerCase()) ?? null;
}
