import type { PlaceMention } from '../../core/types.js';
import { isCommonWord, Starts, type Place, type PlaceName } from '../../dict/index.js';

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

/** Whether a token's first character is upper case (ASCII answered without building strings). */
function capitalised(text: string): boolean {
  const c = text.charCodeAt(0);
  if (!(c >= 128)) return c >= 65 && c <= 90;
  const first = text[0]!;
  return first !== first.toLowerCase();
}

/** A place in a country the article mentions, else the most populous (the first). */
function choose(candidates: readonly Place[], countries: ReadonlySet<string>): Place | undefined {
  for (const p of candidates) if (countries.has(p.country)) return p;
  return candidates[0];
}

/** The longest name of `names` that ends within the sentence and holds no taken token. */
function longestFree(
  names: readonly PlaceName[],
  i: number,
  to: number,
  taken: ArrayLike<number>,
): PlaceName | null {
  for (const m of names) {
    if (i + m.length > to) continue;
    let free = true;
    for (let k = i; k < i + m.length; k++) {
      if (taken[k] === 1) {
        free = false;
        break;
      }
    }
    if (free) return m;
  }
  return null;
}

/** The mention of `place`, named by the tokens [i, i + length). */
function placeMention(
  ctx: ReadContext,
  sentence: number,
  i: number,
  length: number,
  place: Place,
  named: number,
  countries: ReadonlySet<string>,
): PlaceMention {
  const start = ctx.tokens[i]!.start;
  const end = ctx.tokens[i + length - 1]!.end;
  const { name, country, lat, lon, geonameId, featureCode } = place;
  return {
    kind: 'place',
    text: ctx.text.slice(start, end),
    start,
    end,
    sentence,
    rule: 'places/gazetteer',
    entry: place.id,
    reason:
      `${named} place(s) named so; chose ${name}, ${country}` +
      (countries.has(country) ? ' (a country the article mentions)' : ' (most populous)'),
    // the same fields in the same order as ever: geonameId only for GeoNames places
    place: geonameId
      ? { name, country, lat, lon, geonameId, featureClass: featureCode }
      : { name, country, lat, lon, featureClass: featureCode },
  };
}

/**
 * Finds places in sentence tokens `[from, to)`, skipping the tokens marked in `taken` (1).
 * `countries` are the countries the article mentions (for disambiguation).
 */
export function recognizePlaces(
  ctx: ReadContext,
  sentence: number,
  from: number,
  to: number,
  taken: ArrayLike<number>,
  countries: ReadonlySet<string>,
): PlaceMention[] {
  const { tokens, norms, texts, dicts, starts } = ctx;
  const sentenceStart = ctx.sentences[sentence]!.tokenStart;
  const places: PlaceMention[] = [];
  let i = from;
  while (i < to) {
    if (((starts[i] ?? 0) & Starts.PLACE) === 0 || taken[i] === 1 || !capitalised(texts[i] ?? '')) {
      i++;
      continue;
    }
    const name = longestFree(dicts.gazetteer.namesAt(norms, i), i, to, taken);
    if (name === null) {
      i++;
      continue;
    }
    const length = name.length;
    const place = choose(name.places, countries);
    const governed = governedAsPlace(tokens, i, sentenceStart);
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
    places.push(placeMention(ctx, sentence, i, length, place, name.places.length, countries));
    i += length;
  }
  return places;
}
