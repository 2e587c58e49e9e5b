import type { DateMention, Sentence, Token } from '../core/types.js';
import { monthValue } from '../nlp/dates/values.js';
import type { EventDate } from './event-time.js';

/**
 * Dating by reference to an occasion the article has already dated. A story that says
 * "the president won a sixth term in elections in August 2020" and later "after the
 * elections, the opposition took to the streets" dates the later sentence by the elections,
 * not by the publication date. Only named kinds of one-off occasions count (elections,
 * referendums, summits, invasions, coups ...), each dated once in the article:
 *
 *   anchor      a date and an occasion noun in one sentence, next to each other:
 *               "the 2020 elections", "in August 2020 in elections", "elections held in
 *               August 2020", "the summit on 5 June"
 *   reference   a later sentence naming the same kind of occasion with "the", "that" or
 *               "those" and no date of its own: "after the elections", "the results of the
 *               presidential election", "at that summit"
 *
 * An occasion dated twice with different dates ("the 2015 and 2020 elections") is
 * ambiguous and dates nothing. A reference only places an event near the occasion, so a
 * day is widened to its month.
 */

/** Occasion nouns, singular and plural, to the kind they name. */
const OCCASIONS: ReadonlyMap<string, string> = new Map([
  ['election', 'election'],
  ['elections', 'election'],
  ['referendum', 'referendum'],
  ['referendums', 'referendum'],
  ['referenda', 'referendum'],
  ['plebiscite', 'referendum'],
  ['summit', 'summit'],
  ['invasion', 'invasion'],
  ['coup', 'coup'],
  ['uprising', 'uprising'],
  ['revolution', 'revolution'],
  ['earthquake', 'earthquake'],
  ['olympics', 'olympics'],
]);

/** Words that may stand between an occasion noun and its date ("elections held in August 2020"). */
const LINKS = new Set(['held', 'in', 'on', 'of', 'at', 'took', 'place', 'was', 'were', 'the']);
/** Determiners that make a later mention a reference to an occasion already named. */
const REFERRING = new Set(['the', 'that', 'those']);
/** Modifiers that make a mention another occasion of the kind ("the next elections"). */
const OTHER = new Set([
  'next',
  'upcoming',
  'coming',
  'forthcoming',
  'future',
  'new',
  'previous',
  'prior',
  'earlier',
  'last',
  'past',
  'planned',
  'proposed',
  'scheduled',
  'possible',
  'potential',
  'any',
  'another',
  'first',
]);
/** Most tokens between a date and its occasion noun, either way. */
const GAP = 3;

export interface OccasionAnchor {
  readonly kind: string;
  /** Index of the sentence that dates the occasion. */
  readonly sentence: number;
  readonly date: EventDate;
}

/** Occasion kind → its anchor, for the kinds dated exactly once. */
export type Occasions = ReadonlyMap<string, OccasionAnchor>;

const isModifier = (t: Token): boolean => t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NOUN';

/** The occasion kind of the noun within `GAP` modifier or link tokens after token `from`. */
function occasionAfter(tokens: readonly Token[], from: number, end: number): string | null {
  for (let i = from; i < end && i < from + GAP + 1; i++) {
    const t = tokens[i]!;
    const kind = OCCASIONS.get(t.norm);
    if (kind) return kind;
    if (!LINKS.has(t.norm) && !isModifier(t)) return null;
  }
  return null;
}

/** The occasion kind of the noun within `GAP` link tokens before token `to` (exclusive). */
function occasionBefore(tokens: readonly Token[], to: number, start: number): string | null {
  for (let i = to - 1; i >= start && i >= to - GAP - 1; i--) {
    const t = tokens[i]!;
    const kind = OCCASIONS.get(t.norm);
    if (kind) return kind;
    if (!LINKS.has(t.norm)) return null;
  }
  return null;
}

function asEventDate(d: DateMention): EventDate | null {
  if (!d.date || d.date.precision === 'inferred' || d.date.precision === 'range') return null;
  const { value, precision, start, end } = d.date;
  if (precision !== 'day') return { value, precision, start, end };
  const widened = monthValue(Number(value.slice(0, 4)), Number(value.slice(5, 7)), NO_PARTS);
  return (
    widened && { value: widened.value, precision: widened.precision, start: widened.start, end: widened.end }
  );
}

const NO_PARTS = { stated: [], implied: [] } as const;

/** The first token at or after character `offset` (tokens are in text order). */
function tokenFrom(tokens: readonly Token[], offset: number, lo: number, hi: number): number {
  let i = lo;
  while (i < hi && tokens[i]!.start < offset) i++;
  return i;
}

/** The occasions an article dates, each dated once (see the module comment). */
export function findOccasions(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  dates: readonly DateMention[],
): Occasions {
  const found = new Map<string, OccasionAnchor>();
  const ambiguous = new Set<string>();
  for (const d of dates) {
    const date = asEventDate(d);
    const s = sentences[d.sentence];
    if (!date || !s) continue;
    const first = tokenFrom(tokens, d.start, s.tokenStart, s.tokenEnd);
    const after = tokenFrom(tokens, d.end, first, s.tokenEnd);
    const kind = occasionAfter(tokens, after, s.tokenEnd) ?? occasionBefore(tokens, first, s.tokenStart);
    if (!kind || ambiguous.has(kind)) continue;
    const known = found.get(kind);
    if (known && known.date.value !== date.value) {
      found.delete(kind);
      ambiguous.add(kind);
    } else if (!known) found.set(kind, { kind, sentence: s.index, date });
  }
  return found;
}

/**
 * The date of a dated occasion a sentence refers to ("after the elections"), or null. Only
 * occasions dated in an earlier sentence count; the reference is the first in the sentence.
 */
export function referencedOccasion(
  tokens: readonly Token[],
  sentence: Sentence,
  occasions: Occasions,
): OccasionAnchor | null {
  if (occasions.size === 0) return null;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const anchor = occasions.get(OCCASIONS.get(tokens[i]!.norm) ?? '');
    if (!anchor || anchor.sentence >= sentence.index) continue;
    let j = i - 1;
    while (j >= sentence.tokenStart && j >= i - GAP && isModifier(tokens[j]!) && !OTHER.has(tokens[j]!.norm))
      j--;
    if (j >= sentence.tokenStart && REFERRING.has(tokens[j]!.norm)) return anchor;
  }
  return null;
}
