import type { CodedEvent, DateMention, Modality, PlaceMention, Sentence, Token } from '../core/types.js';

/**
 * When and where a coded event happened.
 *
 * Date, in order: a date written inside the verb's clause; else a date elsewhere in the
 * sentence; else the date of an occasion the sentence refers to that the article dated
 * earlier ("after the elections", occasions.ts); else the date of the previous sentence of the same paragraph when this one
 * continues its story ("Then ...", "During the visit ...", "At the meeting ..."); else the
 * article's anchor (the day its lead reports, e.g. "on Monday, December 4" in a story
 * published three days later) or, without one, the publication date, with precision
 * `inferred`. A date after publication is kept only for future events; otherwise the
 * event falls back to the publication date.
 *
 * Location: a place governed by "in"/"at" inside the clause, else in the sentence.
 */
export type EventDate = NonNullable<CodedEvent['date']>;
export type EventLocation = NonNullable<CodedEvent['location']>;

const CONTINUATION =
  /^(then|there|thereafter|afterwards|later|during (the|that|this) (visit|trip|meeting|talks|summit)|at (the|that) (meeting|time|summit|talks)|on (that|this) occasion|in the course of)\b/i;

export function continuesPrevious(sentence: Sentence): boolean {
  return CONTINUATION.test(sentence.text.trim());
}

function toEventDate(d: DateMention): EventDate | null {
  if (!d.date) return null;
  return { value: d.date.value, precision: d.date.precision, start: d.date.start, end: d.date.end };
}

export function inferredDate(day: string | null): EventDate | null {
  return day ? { value: day, precision: 'inferred', start: day, end: day } : null;
}

const ANCHOR_WINDOW_DAYS = 14;
const ANCHOR_PARAGRAPHS = 2;

/**
 * The day an article's lead reports: the first day-precision date in its first two
 * paragraphs that lies within two weeks before publication.
 */
export function anchorDay(
  dates: readonly DateMention[],
  sentences: readonly Sentence[],
  published: string | null,
): string | null {
  if (!published) return null;
  // worked out at the first candidate (most articles have none in their lead)
  let floor: string | null = null;
  for (const d of dates) {
    if (!d.date || d.date.precision !== 'day') continue;
    if ((sentences[d.sentence]?.paragraph ?? Infinity) >= ANCHOR_PARAGRAPHS) break;
    if (d.date.start > published) continue;
    if (floor === null) {
      const earliest = new Date(`${published}T00:00:00Z`);
      earliest.setUTCDate(earliest.getUTCDate() - ANCHOR_WINDOW_DAYS);
      floor = earliest.toISOString().slice(0, 10);
    }
    if (d.date.start >= floor) return d.date.start;
  }
  return null;
}

/** Picks the event date from the sentence's date mentions (offsets are characters). */
export function eventDate(
  dates: readonly DateMention[],
  clause: { readonly start: number; readonly end: number },
  verbAt: number,
  inherited: EventDate | null,
  published: string | null,
  anchor: string | null,
  modality: Modality,
  referenced: EventDate | null = null,
): EventDate | null {
  const usable = dates.filter((d) => d.date !== null);
  const inClause = usable.filter((d) => d.start >= clause.start && d.end <= clause.end);
  const pool = inClause.length > 0 ? inClause : usable;
  const chosen = [...pool].sort((a, b) => Math.abs(a.start - verbAt) - Math.abs(b.start - verbAt))[0];
  const stated = chosen ? toEventDate(chosen) : null;
  const date = stated ?? referenced ?? inherited ?? inferredDate(anchor ?? published);
  if (date && published && date.start > published && modality !== 'future') return inferredDate(published);
  return date;
}

const LOCATIVE = new Set(['in', 'at']);

export function eventLocation(
  tokens: readonly Token[],
  places: readonly PlaceMention[],
  clause: { readonly start: number; readonly end: number },
  tokenAt: (offset: number) => number,
): EventLocation | null {
  const governed = places.filter((p) => {
    const t = tokenAt(p.start);
    const before = tokens[t - 1]?.norm === 'the' ? tokens[t - 2] : tokens[t - 1];
    return before !== undefined && LOCATIVE.has(before.norm);
  });
  const inClause = governed.filter((p) => p.start >= clause.start && p.end <= clause.end);
  const place = inClause[0] ?? governed[0];
  if (!place) return null;
  return { name: place.place.name, country: place.place.country, lat: place.place.lat, lon: place.place.lon };
}

/**
 * The dates an event may take from outside its own clause: not those written inside another
 * verb's clause that does not hold the event's verb. "Lifted the sanctions that were imposed
 * in 2019" was not lifted in 2019, "restored ties, which were cut in 2021" not restored in
 * 2021; a date opening the sentence ("On Monday, ...") lies in no clause and still applies.
 */
export function datesForEvent(
  dates: readonly DateMention[],
  clause: { readonly start: number; readonly end: number },
  verbAt: number,
  clauses: readonly { readonly start: number; readonly end: number }[],
): readonly DateMention[] {
  return dates.filter(
    (d) =>
      (d.start >= clause.start && d.end <= clause.end) ||
      !clauses.some((c) => d.start >= c.start && d.end <= c.end && !(verbAt >= c.start && verbAt < c.end)),
  );
}
