/**
 * data/countries.tsv and data/cameo/country-codes.tsv.
 *
 * Sources: GeoNames countryInfo.txt (CC BY 4.0: ISO codes, FIPS, names,
 * capitals, population), GeoNames cities15000 (capital geonameids), GDELT's
 * CAMEO.country.txt (CAMEO codes and labels), nationality-adjectives.csv
 * (demonyms; origin not stated in ../shared — used for the facts only), and
 * data/countries.additions.tsv (Dyad's own). world-countries.json (ODbL) and
 * CountryInfo.txt (CC BY-SA) are not used.
 */
import {
  asciiFold,
  byText,
  csvRecords,
  readData,
  readShared,
  tsv,
  tsvRecords,
  writeData,
  type BuildContext,
} from './files.js';

export interface CountryRow {
  iso3: string;
  iso2: string;
  fips: string;
  cameo: string;
  name: string;
  altNames: string[];
  adjectives: string[];
  combining: string[];
  capital: string;
  capitalId: string;
  population: string;
}

/** Non-ISO CAMEO/Phoenix country codes and what Dyad reports for them. */
const CAMEO_TO_ISO: Readonly<Record<string, { iso3: string; kind: string; note: string }>> = {
  ROM: { iso3: 'ROU', kind: 'country', note: 'CAMEO uses the pre-2002 ISO code for Romania' },
  TMP: { iso3: 'TLS', kind: 'country', note: 'East Timor: pre-2002 ISO code' },
  MTN: { iso3: 'MNE', kind: 'country', note: 'Montenegro: CAMEO code predates ISO MNE (2006)' },
  ANG: { iso3: 'AGO', kind: 'country', note: 'Angola, as written in Phoenix.MilNonState' },
  KSV: { iso3: 'XKX', kind: 'country', note: 'Kosovo: XKX as used by GeoNames and the EU (no ISO code)' },
  USR: { iso3: 'RUS', kind: 'historical', note: 'Soviet Union: Russia is its continuator state' },
  SUN: {
    iso3: 'RUS',
    kind: 'historical',
    note: 'Soviet Union (ISO 3166-3 SUN): Russia is its continuator state',
  },
  YUG: { iso3: 'SRB', kind: 'historical', note: 'Yugoslavia: Serbia is its continuator state' },
  FRY: {
    iso3: 'SRB',
    kind: 'historical',
    note: 'Federal Republic of Yugoslavia: Serbia is its continuator state',
  },
  DDR: { iso3: '', kind: 'historical', note: 'East Germany (1949-1990): no current ISO code' },
  CSK: { iso3: '', kind: 'historical', note: 'Czechoslovakia (to 1992): dissolved, no continuator' },
  ANT: { iso3: '', kind: 'historical', note: 'Netherlands Antilles: dissolved 2010' },
  KRJ: {
    iso3: 'HRV',
    kind: 'territory',
    note: 'Republic of Serbian Krajina (1991-1995), on Croatian territory',
  },
  SRP: { iso3: 'BIH', kind: 'territory', note: 'Republika Srpska, an entity of Bosnia and Herzegovina' },
  WSB: { iso3: 'PSE', kind: 'territory', note: 'West Bank' },
  GZS: { iso3: 'PSE', kind: 'territory', note: 'Gaza Strip' },
  BAG: { iso3: 'IRQ', kind: 'territory', note: 'Baghdad' },
};

/** Labels in CAMEO.country.txt that are misspelt and must not become names. */
const BAD_CAMEO_LABELS = new Set(['Columbia', 'Runion']);

/** Items of nationality-adjectives.csv that are names, not adjectives. */
const NAME_WORDS =
  /\b(Republic|Kingdom|Islands?|States|Union|Coast|Territor(y|ies)|City|Federation|Emirates|Verde|Congo|Ireland)\b/;
const SINGLE_WORD_NAMES = new Set([
  'Swaziland',
  'Zaire',
  'Palestine',
  'Macedonia',
  'Britain',
  'England',
  'Scotland',
  'Wales',
  'Burma',
  'Myanmar',
  'Czechia',
  'Niue',
  'Tokelau',
  'Svalbard',
  'Greenland',
  'Aruba',
  'Guam',
]);

export function foldKey(s: string): string {
  return asciiFold(s).toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
}

function isName(item: string, row: CountryRow): boolean {
  if (/^[A-Z.]{2,}$/.test(item)) return true;
  if (NAME_WORDS.test(item) || SINGLE_WORD_NAMES.has(item)) return true;
  return foldKey(item) === foldKey(row.name);
}

function addUnique(list: string[], value: string, exclude: readonly string[] = []): void {
  const k = foldKey(value);
  if (!value || [...list, ...exclude].some((v) => foldKey(v) === k)) return;
  list.push(value);
}

export interface CountriesBuilt {
  readonly rows: readonly CountryRow[];
  /** Folded country name (any form) → ISO alpha-3. */
  readonly byName: ReadonlyMap<string, string>;
}

export function buildCountries(ctx: BuildContext): CountriesBuilt {
  const info = readShared(ctx, 'reference/geonames/countryInfo.txt')
    .split('\n')
    .filter((l) => l.length > 0 && !l.startsWith('#') && !l.startsWith('ISO\t'))
    .map((l) => l.split('\t'));
  const rows: CountryRow[] = [];
  const byIso2 = new Map<string, CountryRow>();
  for (const f of info) {
    const [iso2 = '', iso3 = '', , fips = '', name = '', capital = '', , population = ''] = f;
    const row: CountryRow = {
      iso3,
      iso2,
      fips,
      cameo: iso3,
      name: name.trim(),
      altNames: [],
      adjectives: [],
      combining: [],
      capital: capital.trim(),
      capitalId: '',
      population,
    };
    rows.push(row);
    byIso2.set(iso2, row);
  }
  const byIso3 = new Map(rows.map((r) => [r.iso3, r]));

  // Capitals: the geonameid of the capital in cities15000 (a PPLC first, else a same-named place).
  const cities = readShared(ctx, 'reference/geonames/cities15000.txt')
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => l.split('\t'));
  for (const row of rows) {
    if (!row.capital) continue;
    const want = foldKey(row.capital);
    const candidates = cities.filter(
      (c) =>
        c[8] === row.iso2 &&
        (foldKey(c[1] ?? '') === want ||
          foldKey(c[2] ?? '') === want ||
          (c[3] ?? '').split(',').some((a) => foldKey(a) === want)),
    );
    const best =
      candidates.find((c) => c[7] === 'PPLC') ??
      candidates.sort((a, b) => Number(b[14] ?? 0) - Number(a[14] ?? 0))[0];
    if (best) row.capitalId = best[0] ?? '';
    else ctx.log(`countries: no geonameid for the capital of ${row.iso3} (${row.capital})`);
  }

  // CAMEO country codes: labels become alternative names; non-ISO codes are mapped.
  const cameoRows: (string | null)[][] = [];
  const cameoLabels = tsvRecords(readShared(ctx, 'reference/cameo/CAMEO.country.txt'));
  for (const { CODE: code = '', LABEL: label = '' } of cameoLabels) {
    const mapped = CAMEO_TO_ISO[code];
    const iso = byIso3.get(code);
    if (iso) {
      if (!BAD_CAMEO_LABELS.has(label)) addUnique(iso.altNames, label, [iso.name]);
      cameoRows.push([code, code, label, 'country', '']);
    } else if (mapped) {
      cameoRows.push([code, mapped.iso3, label, mapped.kind, mapped.note]);
      const target = byIso3.get(mapped.iso3);
      if (target && mapped.kind === 'country') target.cameo = code;
    } else {
      cameoRows.push([code, '', label, 'region', 'a region or group of countries']);
    }
  }
  for (const [code, m] of Object.entries(CAMEO_TO_ISO)) {
    if (!cameoRows.some((r) => r[0] === code)) cameoRows.push([code, m.iso3, '', m.kind, m.note]);
  }

  // Demonyms and adjectives from nationality-adjectives.csv. A row lists the
  // country's own forms first, then its territories: stop at the first item
  // naming another GeoNames country.
  const otherNames = new Map<string, string>();
  for (const r of rows) otherNames.set(foldKey(r.name), r.iso3);
  for (const r of cameoLabels)
    if (byIso3.has(r.CODE ?? '')) otherNames.set(foldKey(r.LABEL ?? ''), r.CODE ?? '');
  for (const rec of csvRecords(readShared(ctx, 'reference/countries/nationality-adjectives.csv'))) {
    const row = byIso3.get(rec.CCA3 ?? '');
    if (!row) continue;
    for (const raw of (rec.Nationality ?? '').split(',')) {
      const item = raw.trim().replace(/’/g, "'");
      if (!item || /[[\]]/.test(item)) continue;
      const other = otherNames.get(foldKey(item));
      if (other && other !== row.iso3) break;
      if (isName(item, row)) addUnique(row.altNames, item, [row.name]);
      else addUnique(row.adjectives, item);
    }
  }

  // Dyad's own additions.
  const regions: string[][] = [];
  for (const rec of tsvRecords(readData(ctx, 'countries.additions.tsv'))) {
    const { iso3 = '', kind = '', value = '' } = rec;
    if (kind === 'region') {
      regions.push([value, rec.note ?? '']);
      continue;
    }
    const row = byIso3.get(iso3);
    if (!row) throw new Error(`countries.additions.tsv: unknown iso3 ${iso3}`);
    if (kind === 'name') addUnique(row.altNames, value, [row.name]);
    else if (kind === 'adjective') addUnique(row.adjectives, value);
    else if (kind === 'combining') addUnique(row.combining, value);
    else throw new Error(`countries.additions.tsv: unknown kind ${kind}`);
  }

  rows.sort((a, b) => byText(a.iso3, b.iso3));
  const countriesTsv = tsv(
    [
      'iso3',
      'iso2',
      'fips',
      'cameo',
      'name',
      'alt_names',
      'adjectives',
      'combining',
      'capital',
      'capital_geonameid',
      'population',
    ],
    rows.map((r) => [
      r.iso3,
      r.iso2,
      r.fips,
      r.cameo,
      r.name,
      r.altNames.join('|'),
      r.adjectives.join('|'),
      r.combining.join('|'),
      r.capital,
      r.capitalId,
      r.population,
    ]),
  );
  const header =
    '# Dyad country table, generated by scripts/build-data.ts. Sources: GeoNames countryInfo and cities15000 (CC BY 4.0, www.geonames.org),\n' +
    '# GDELT CAMEO.country.txt (labels), nationality-adjectives.csv (demonyms), data/countries.additions.tsv (Dyad). Lists are |-separated.\n';
  writeData(ctx, 'countries.tsv', header + countriesTsv);
  const regionTsv = tsv(['phrase', 'note'], regions);
  writeData(
    ctx,
    'countries.regions.tsv',
    '# Hyphenated compounds that begin with a combining form but name no country (from countries.additions.tsv).\n' +
      regionTsv,
  );
  cameoRows.sort((a, b) => byText(a[0] ?? '', b[0] ?? ''));
  writeData(
    ctx,
    'cameo/country-codes.tsv',
    '# CAMEO/Phoenix country codes and the ISO alpha-3 code Dyad reports for them (empty = none). From GDELT CAMEO.country.txt and the Phoenix dictionaries.\n' +
      tsv(['cameo', 'iso3', 'label', 'kind', 'note'], cameoRows),
  );

  const byName = new Map<string, string>();
  for (const r of rows)
    for (const n of [r.name, ...r.altNames]) if (!byName.has(foldKey(n))) byName.set(foldKey(n), r.iso3);
  return { rows, byName };
}
