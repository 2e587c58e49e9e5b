import type { PlaceMention } from '../../core/types.js';
import { isCommonWord, Starts, type Place } from '../../dict/index.js';

/** Direction and position words: alternate names of cities in GeoNames, and parts of others' names. */
const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'central',
  'north',
  'south',
  'east',
  'west',
  'northern',
  'southern',
  'eastern',
  'western',
  'upper',
  'lower',
  'middle',
  'capital',
  'centre',
  'center',
  'city',
  'downtown',
  'port',
  'new',
  'old',
  'greater',
  'inner',
  'outer',
]);
import type { ReadContext } from '../context.js';
import { governedAsPlace } from './prepositions.js';

/**
 * Places: gazetteer names (GeoNames cities, Dyad's venues) at tokens no other mention holds.
 * A name must be capitalised; a one-word name that is also an English word ("Mobile", "Split")
 * needs a locative preposition. Among same-name places, one in a country the article
 * mentions wins, then the most populous.
 */
const MIN_POPULATION_UNGOVERNED = 100_000;

function capitalised(text: string): boolean {
  const first = text[0] ?? '';
  return first !== first.toLowerCase();
}

function choose(candidates: readonly Place[], countries: ReadonlySet<string>): Place | undefined {
  return candidates.find((p) => countries.has(p.country)) ?? candidates[0];
}

/**
 * Finds places in sentence tokens `[from, to)`, skipping tokens in `taken`.
 * `countries` are the countries the article mentions (for disambiguation).
 */
export function recognizePlaces(
  ctx: ReadContext,
  sentence: number,
  from: number,
  to: number,
  taken: ReadonlySet<number>,
  countries: ReadonlySet<string>,
): PlaceMention[] {
  const { tokens, norms, texts, dicts, text } = ctx;
  const places: PlaceMention[] = [];
  let i = from;
  while (i < to) {
    if (((ctx.starts[i] ?? 0) & Starts.PLACE) === 0 || taken.has(i) || !capitalised(texts[i] ?? '')) {
      i++;
      continue;
    }
    const matches = dicts.gazetteer.matchAt(norms, i).filter((m) => {
      if (i + m.length > to) return false;
      for (let k = i; k < i + m.length; k++) if (taken.has(k)) return false;
      return true;
    });
    const length = matches[0]?.length ?? 0;
    if (length === 0) {
      i++;
      continue;
    }
    const same = matches.filter((m) => m.length === length).map((m) => m.place);
    const place = choose(same, countries);
    const governed = governedAsPlace(tokens, i, ctx.sentences[sentence]!.tokenStart);
    const common = length === 1 && isCommonWord(norms[i]!);
    // "Central Papua": a direction or position word is an alternate name of some city in
    // GeoNames ("Central" for Davao); alone it names a place only as that place's own name
    if (length === 1 && GENERIC_WORDS.has(norms[i]!) && place?.name.toLowerCase() !== norms[i]) {
      i++;
      continue;
    }
    const prominent =
      length > 1 ||
      place?.geonameId === null ||
      (place?.population ?? 0) >= MIN_POPULATION_UNGOVERNED ||
      place?.featureCode === 'PPLC';
    if (!place || (common && !governed) || (!governed && !prominent)) {
      i++;
      continue;
    }
    const start = tokens[i]!.start;
    const end = tokens[i + length - 1]!.end;
    places.push({
      kind: 'place',
      text: text.slice(start, end),
      start,
      end,
      sentence,
      rule: 'places/gazetteer',
      entry: place.id,
      reason:
        `${same.length} place(s) named so; chose ${place.name}, ${place.country}` +
        (countries.has(place.country) ? ' (a country the article mentions)' : ' (most populous)'),
      place: {
        name: place.name,
        country: place.country,
        lat: place.lat,
        lon: place.lon,
        ...(place.geonameId ? { geonameId: place.geonameId } : {}),
        featureClass: place.featureCode,
      },
    });
    i += length;
  }
  return places;
}
