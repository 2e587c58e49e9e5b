/**
 * The lookups the importers take (FIPS → ISO, country name → ISO, CAMEO code → Goldstein,
 * quad and PLOVER), and the ISO → FIPS lookup the GDELT exporter takes, built from Dyad's
 * own tables in data/ (countries.tsv, cameo/country-codes.tsv, countries.regions.tsv,
 * cameo/codes.tsv). Only these tables are read: an import does not load the dictionaries.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DyadError } from '../../core/errors.js';
import { buildCameoTable, parseCameoCodes, type CameoTable } from '../../dict/cameo.js';
import {
  buildCountries,
  parseCameoCountryCodes,
  parseCountries,
  parseRegions,
  type Countries,
} from '../../dict/countries.js';
import { DEFAULT_DATA_DIR } from '../../dict/load.js';
import type { ParseResult } from '../../dict/parse-result.js';
import type { CameoLookup, CountryNameToIso3, FipsToIso3 } from './types.js';

export interface ImportLookups {
  readonly fipsToIso3: FipsToIso3;
  readonly countryNameToIso3: CountryNameToIso3;
  readonly cameo: CameoLookup;
  /** ISO alpha-3 → FIPS 10-4, for GDELT export of locations that carry no FIPS code. */
  readonly iso3ToFips: (iso3: string) => string | null;
}

function parsed<T>(dir: string, file: string, parse: (text: string, name: string) => ParseResult<T>): T {
  const path = join(dir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new DyadError(path, 'cannot read this table of Dyad data');
  }
  const result = parse(text, file);
  if (result.errors.length > 0) throw new DyadError(path, result.errors.join('; '));
  return result.value;
}

/**
 * Country names event datasets write (ICEWS uses ISO 3166 short names) that Dyad's country
 * table does not list. Checked after the table; keys are lower case.
 */
const DATASET_COUNTRY_NAMES: ReadonlyMap<string, string> = new Map([
  ['congo', 'COG'],
  ['democratic republic of congo', 'COD'],
  ['congo, the democratic republic of the', 'COD'],
  ['the former yugoslav republic of macedonia', 'MKD'],
  ['macedonia, the former yugoslav republic of', 'MKD'],
  ['timor-leste', 'TLS'],
  ['moldova, republic of', 'MDA'],
  ['korea, republic of', 'KOR'],
  ["korea, democratic people's republic of", 'PRK'],
  ['iran, islamic republic of', 'IRN'],
  ['tanzania, united republic of', 'TZA'],
  ['venezuela, bolivarian republic of', 'VEN'],
  ['bolivia, plurinational state of', 'BOL'],
  ['micronesia, federated states of', 'FSM'],
  ['syrian arab republic', 'SYR'],
  ["lao people's democratic republic", 'LAO'],
  ['viet nam', 'VNM'],
  ['libyan arab jamahiriya', 'LBY'],
  ['brunei darussalam', 'BRN'],
  ['holy see (vatican city state)', 'VAT'],
]);

/** The lookups from given tables (tests build small ones). */
export function lookupsFrom(countries: Countries, cameo: CameoTable): ImportLookups {
  return Object.freeze({
    fipsToIso3: (fips: string) => countries.fromFips(fips),
    countryNameToIso3: (name: string) => {
      const iso3 = countries.get(name)?.iso3;
      if (iso3 && name.length === 3) return iso3;
      const match = countries.lookup(name).find((m) => m.iso3 !== null && m.form === 'name');
      return match?.iso3 ?? DATASET_COUNTRY_NAMES.get(name.trim().toLowerCase()) ?? null;
    },
    cameo: (code: string) => {
      const entry = cameo.get(code);
      if (!entry) return null;
      return {
        goldstein: entry.goldstein,
        quad: entry.quad,
        plover: {
          type: entry.plover.type,
          mode: entry.plover.mode,
          context: entry.plover.context.length > 0 ? entry.plover.context.join('|') : null,
        },
      };
    },
    iso3ToFips: (iso3: string) => countries.get(iso3)?.fips || null,
  });
}

/** Reads Dyad's country and CAMEO tables from `dataDir` (default: the project's data/). */
export function loadImportLookups(dataDir: string = DEFAULT_DATA_DIR): ImportLookups {
  const countries = buildCountries(
    parsed(dataDir, 'countries.tsv', parseCountries),
    parsed(dataDir, 'cameo/country-codes.tsv', parseCameoCountryCodes),
    parsed(dataDir, 'countries.regions.tsv', parseRegions),
  );
  const cameo = buildCameoTable(parsed(dataDir, 'cameo/codes.tsv', parseCameoCodes));
  return lookupsFrom(countries, cameo);
}
