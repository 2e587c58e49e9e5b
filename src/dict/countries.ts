/**
 * Countries: ISO codes, FIPS (GDELT geo fields), CAMEO codes, names, adjectives
 * and demonyms, combining forms ("Sino-") and capitals, with a token index that
 * recognises any of them at a token position.
 */
import { casingAllows } from './common-words.js';
import type { ParseResult } from './parse-result.js';
import { PhraseIndex, SEP, type IndexMatch } from './phrase-index.js';
import { phraseParts } from './text.js';
import { listCell, numberCell, parseTsv } from './tsv.js';

export interface Country {
  /** `countries.tsv:line`. */
  readonly id: string;
  readonly iso3: string;
  readonly iso2: string;
  /** FIPS 10-4 code (GDELT's geo fields), '' when none. */
  readonly fips: string;
  /** The CAMEO country code (differs from iso3 for a few: ROM, TMP, MTN). */
  readonly cameo: string;
  readonly name: string;
  readonly altNames: readonly string[];
  readonly adjectives: readonly string[];
  readonly combining: readonly string[];
  readonly capital: { readonly name: string; readonly geonameId: number | null } | null;
  readonly population: number | null;
}

/** How a country was named: "Belarus", "Belarusian", "Sino-", "Minsk"; `region` blocks a combining reading ("Indo-Pacific"). */
export type CountryForm = 'name' | 'adjective' | 'combining' | 'capital' | 'region';

export interface CountryMatch {
  readonly start: number;
  readonly length: number;
  /** ISO alpha-3, or null for a `region`. */
  readonly iso3: string | null;
  readonly form: CountryForm;
  /** The phrase of the table that matched. */
  readonly phrase: string;
}

export interface CameoCountryCode {
  readonly cameo: string;
  /** ISO alpha-3 Dyad reports, or null (regions, dissolved states). */
  readonly iso3: string | null;
  readonly label: string;
  readonly kind: string;
}

export interface Countries {
  readonly all: readonly Country[];
  get(iso3: string): Country | undefined;
  /**
   * Country names, adjectives, combining forms ("sino", "-") and capitals at
   * token i, longest first. Give the tokens' `texts` to drop one-token matches
   * on common words written in lower case ("us", "china", "turkey").
   */
  matchAt(norms: readonly string[], i: number, texts?: readonly string[]): CountryMatch[];
  /**
   * The first of `matchAt`'s matches (the longest), without building the others; with
   * `longerThan`, undefined when that match is not longer than so many tokens (a caller holding
   * a match that long already is spared the rest of the walk).
   */
  firstAt(
    norms: readonly string[],
    i: number,
    texts?: readonly string[],
    longerThan?: number,
  ): CountryMatch | undefined;
  /** Whether a phrase may begin at a token whose first part (see text.ts) is `first`; false: `matchAt` finds none there. */
  begins(first: string): boolean;
  /** A whole string read as a country name/adjective/capital ("Belarusian" → BLR). */
  lookup(text: string): CountryMatch[];
  /** Whether a whole string names a capital: some match of `lookup` has the form 'capital'. */
  isCapital(text: string): boolean;
  fromIso2(iso2: string): string | null;
  /** GDELT/FIPS country code → ISO alpha-3 ("BO" → BLR). */
  fromFips(fips: string): string | null;
  /** CAMEO country code → ISO alpha-3 ("ROM" → ROU, "USR" → RUS, "BLR" → BLR). */
  fromCameo(code: string): string | null;
  /**
   * The ISO country of a full CAMEO actor code: its first three letters when they
   * are a country code ("BLRGOV" → BLR, "USRGOV" → RUS); for IGO/NGO/MNC-style
   * codes, the first country code among the following triples ("MNCUSAMED" → USA).
   */
  countryOfActorCode(code: string): string | null;
}

export function parseCountries(text: string, fileName: string): ParseResult<readonly Country[]> {
  const table = parseTsv(text, fileName, [
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
  ]);
  const errors = [...table.errors];
  const out: Country[] = [];
  for (const { line, cells } of table.value) {
    const where = `${fileName}:${line}`;
    if (!/^[A-Z]{3}$/.test(cells.iso3 ?? '')) {
      errors.push(`${where}: bad iso3 "${cells.iso3}"`);
      continue;
    }
    const population = numberCell(cells.population);
    const capitalId = numberCell(cells.capital_geonameid);
    if (Number.isNaN(population) || Number.isNaN(capitalId)) {
      errors.push(`${where}: population and capital_geonameid must be numbers`);
      continue;
    }
    out.push({
      id: where,
      iso3: cells.iso3 ?? '',
      iso2: cells.iso2 ?? '',
      fips: cells.fips ?? '',
      cameo: cells.cameo || (cells.iso3 ?? ''),
      name: cells.name ?? '',
      altNames: listCell(cells.alt_names),
      adjectives: listCell(cells.adjectives),
      combining: listCell(cells.combining),
      capital: cells.capital ? { name: cells.capital, geonameId: capitalId } : null,
      population,
    });
  }
  return { value: out, errors, warnings: [] };
}

export function parseCameoCountryCodes(
  text: string,
  fileName: string,
): ParseResult<readonly CameoCountryCode[]> {
  const table = parseTsv(text, fileName, ['cameo', 'iso3', 'label', 'kind']);
  const errors = [...table.errors];
  const out: CameoCountryCode[] = [];
  for (const { line, cells } of table.value) {
    if (!/^[A-Z]{3}$/.test(cells.cameo ?? '') || (cells.iso3 && !/^[A-Z]{3}$/.test(cells.iso3))) {
      errors.push(`${fileName}:${line}: bad code "${cells.cameo}" / "${cells.iso3}"`);
      continue;
    }
    out.push({
      cameo: cells.cameo ?? '',
      iso3: cells.iso3 || null,
      label: cells.label ?? '',
      kind: cells.kind ?? '',
    });
  }
  return { value: out, errors, warnings: [] };
}

/** Region phrases: one per row, column `phrase`. */
export function parseRegions(text: string, fileName: string): ParseResult<readonly string[]> {
  const table = parseTsv(text, fileName, ['phrase']);
  return {
    value: table.value.map((r) => r.cells.phrase ?? '').filter((p) => p.length > 0),
    errors: table.errors,
    warnings: [],
  };
}

/** Most texts `isCapital` remembers its answer for. */
const MAX_CAPITAL_TEXTS = 20_000;

const INTERNATIONAL = /^(IGO|NGO|NGM|MNC|IMG|INT)/;

export function buildCountries(
  countries: readonly Country[],
  cameoCodes: readonly CameoCountryCode[],
  regions: readonly string[],
): Countries {
  const byIso3 = new Map(countries.map((c) => [c.iso3, c]));
  const byIso2 = new Map(countries.filter((c) => c.iso2).map((c) => [c.iso2, c.iso3]));
  const byFips = new Map(countries.filter((c) => c.fips).map((c) => [c.fips, c.iso3]));
  const byCameo = new Map<string, string | null>();
  for (const c of cameoCodes) byCameo.set(c.cameo, c.iso3);
  for (const c of countries) {
    if (!byCameo.has(c.cameo)) byCameo.set(c.cameo, c.iso3);
    if (!byCameo.has(c.iso3)) byCameo.set(c.iso3, c.iso3);
  }

  const index = new PhraseIndex();
  const refs: { iso3: string | null; form: CountryForm; phrase: string }[] = [];
  // The keys of the capitals' names: every phrase is exact, so `lookup` reads a string as a
  // capital exactly when its whole key is one of these (no match list needs building).
  const capitalKeys = new Set<string>();
  const add = (phrase: string, iso3: string | null, form: CountryForm, parts = phraseParts(phrase)): void => {
    index.add(parts, refs.length, 'exact');
    refs.push({ iso3, form, phrase });
    if (form === 'capital' && parts.length > 0) capitalKeys.add(parts.join(SEP));
  };
  for (const c of countries) {
    for (const n of [c.name, ...c.altNames]) add(n, c.iso3, 'name');
    for (const a of c.adjectives) add(a, c.iso3, 'adjective');
    for (const f of c.combining) add(`${f}-`, c.iso3, 'combining', [...phraseParts(f), '-']);
  }
  for (const c of countries) if (c.capital) add(c.capital.name, c.iso3, 'capital');
  for (const r of regions) add(r, null, 'region');

  // The answers of `isCapital` by text: composing asks it of every lone country or actor it reads
  // ("China", "Beijing", the same few hundred names over and over), and splitting the text into
  // folded parts each time cost more than a lookup. Bounded (further texts are worked out each time).
  const capitalTexts = new Map<string, boolean>();

  const toMatches = (found: ReturnType<PhraseIndex['matchAt']>, start: number): CountryMatch[] => {
    const out: CountryMatch[] = [];
    for (const m of found) {
      for (const id of m.ids) {
        const ref = refs[id];
        if (ref) out.push({ start, length: m.length, ...ref });
      }
    }
    return out;
  };

  /** The first country match of one index match at token i, if any. */
  const firstOf = (
    m: IndexMatch,
    norms: readonly string[],
    i: number,
    texts: readonly string[] | undefined,
  ): CountryMatch | undefined => {
    // one-token matches on common words need the text's casing ("us", "china", "turkey")
    if (m.length === 1 && texts && !casingAllows(norms[i] ?? '', texts[i] ?? '')) return undefined;
    for (const id of m.ids) {
      const ref = refs[id];
      if (ref) return { start: i, length: m.length, iso3: ref.iso3, form: ref.form, phrase: ref.phrase };
    }
    return undefined;
  };

  const countryOfActorCode = (code: string): string | null => {
    const upper = code.toUpperCase();
    const first = upper.slice(0, 3);
    if (!INTERNATIONAL.test(upper) && byCameo.has(first)) return byCameo.get(first) ?? null;
    if (!INTERNATIONAL.test(upper)) return null;
    for (let k = 3; k + 3 <= upper.length; k += 3) {
      const triple = upper.slice(k, k + 3);
      if (byIso3.has(triple) || (byCameo.get(triple) ?? null) !== null) return byCameo.get(triple) ?? triple;
    }
    return null;
  };

  return Object.freeze({
    all: Object.freeze([...countries]),
    get: (iso3: string) => byIso3.get(iso3.toUpperCase()),
    matchAt: (norms: readonly string[], i: number, texts?: readonly string[]) => {
      const found = index.matchAt(norms, i);
      if (found.length === 0) return [];
      return toMatches(found, i).filter(
        (m) => m.length > 1 || !texts || casingAllows(norms[i] ?? '', texts[i] ?? ''),
      );
    },
    firstAt: (norms: readonly string[], i: number, texts?: readonly string[], longerThan = 0) => {
      // the longest index match nearly always gives the first match: the others are listed only
      // when it gives none (a common word in lower case)
      const longest = index.longestAt(norms, i, longerThan);
      if (longest === null) return undefined;
      const first = firstOf(longest, norms, i, texts);
      if (first !== undefined) return first;
      const found = index.matchAt(norms, i);
      for (let n = 1; n < found.length && found[n]!.length > longerThan; n++) {
        const match = firstOf(found[n]!, norms, i, texts);
        if (match !== undefined) return match;
      }
      return undefined;
    },
    begins: (first: string) => index.begins(first),
    lookup: (text: string) => {
      const parts = phraseParts(text);
      return toMatches(
        index.matchAt(parts, 0, (t) => [parts[t] ?? '']),
        0,
      ).filter((m) => m.length === parts.length);
    },
    isCapital: (text: string) => {
      let known = capitalTexts.get(text);
      if (known === undefined) {
        const parts = phraseParts(text);
        known = parts.length > 0 && capitalKeys.has(parts.join(SEP));
        // (a copy: the text may be a slice that would keep the whole article alive)
        if (capitalTexts.size < MAX_CAPITAL_TEXTS) capitalTexts.set([...text].join(''), known);
      }
      return known;
    },
    fromIso2: (iso2: string) => byIso2.get(iso2.toUpperCase()) ?? null,
    fromFips: (fips: string) => byFips.get(fips.toUpperCase()) ?? null,
    fromCameo: (code: string) => byCameo.get(code.toUpperCase()) ?? null,
    countryOfActorCode,
  });
}
