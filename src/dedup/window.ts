/**
 * The date window of the matching rule. Each date falls in a class by its precision,
 * and each pair of classes allows a largest gap between the two date intervals:
 *
 * | classes                      | merge when                                          |
 * | ---------------------------- | --------------------------------------------------- |
 * | day – day                    | at most 1 day apart (±1 day)                         |
 * | day – inferred               | at most 1 day apart                                 |
 * | inferred – inferred          | the same day                                        |
 * | day/period – period          | the intervals overlap (a day inside the month)      |
 * | inferred – period            | never                                               |
 * | coarse – coarse              | the same precision and the same interval            |
 * | coarse – anything else       | never                                               |
 * | undated – anything           | never                                               |
 *
 * `point` is a day; `inferred` is a date taken from the publication date or the
 * article's anchor day, not stated for the event; `period` is a week, a month or a
 * range of at most 31 days; `coarse` is a quarter, a season, a year or a longer range.
 * Coarse dates merge only with the same coarse date: "in 2025 A and B held talks" could
 * be any of the year's talks, and letting it join a dated meeting would glue distinct
 * meetings together. An inferred date says only when the article appeared, so it merges
 * cautiously: with a stated day at most one day away, or with another inferred date on
 * the same day.
 */
import { addDays, dayNumber } from './days.js';
import type { DateClass, DateVerdict, DedupDate } from './types.js';

/** Ranges up to this many days compare like a month; longer ones are coarse. */
export const SHORT_RANGE_DAYS = 31;
/** The ±days a stated day tolerates against another day or an inferred date. */
export const DAY_TOLERANCE = 1;

export function dateClass(date: DedupDate | null): DateClass {
  if (date === null) return 'undated';
  switch (date.precision) {
    case 'day':
      return 'point';
    case 'inferred':
      return 'inferred';
    case 'week':
    case 'month':
      return 'period';
    case 'range':
      return spanDays(date) <= SHORT_RANGE_DAYS ? 'period' : 'coarse';
    default:
      return 'coarse';
  }
}

/** Days the date covers, both ends included. */
export function spanDays(date: DedupDate): number {
  return dayNumber(date.end) - dayNumber(date.start) + 1;
}

/**
 * The days a compatible date must touch: any date merging with `date` has an interval
 * intersecting this one. Used to look up candidates; null for undated events.
 */
export function searchWindow(date: DedupDate | null): { readonly lo: string; readonly hi: string } | null {
  if (date === null) return null;
  const cls = dateClass(date);
  if (cls === 'point' || cls === 'inferred') {
    return { lo: addDays(date.start, -DAY_TOLERANCE), hi: addDays(date.end, DAY_TOLERANCE) };
  }
  return { lo: date.start, hi: date.end };
}

/** A date as shown in explanations: `2025-03-04 (day)`, `2025-03 (month)`, `2025 (year)`. */
export function describeDate(date: DedupDate | null): string {
  if (date === null) return 'undated';
  let label: string;
  if (date.precision === 'month') label = date.start.slice(0, 7);
  else if (date.precision === 'year') label = date.start.slice(0, 4);
  else label = date.start === date.end ? date.start : `${date.start}/${date.end}`;
  return `${label} (${date.precision})`;
}

/** Days between two date intervals; 0 when they overlap. */
export function gapDays(a: DedupDate, b: DedupDate): number {
  const aStart = dayNumber(a.start);
  const aEnd = dayNumber(a.end);
  const bStart = dayNumber(b.start);
  const bEnd = dayNumber(b.end);
  return Math.max(0, bStart - aEnd, aStart - bEnd);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The heart of the date rule: which rule applies to two dates and the largest gap (in
 * days) it allows, or null when it allows none. Both the explained comparison and the
 * fast one used for grouping call it.
 */
export function dateRule(
  a: DedupDate,
  b: DedupDate,
  classes: readonly [DateClass, DateClass] = [dateClass(a), dateClass(b)],
): { readonly rule: DateVerdict['rule']; readonly tolerance: number | null } {
  const [ca, cb] = classes;
  if (ca === 'undated' || cb === 'undated') return { rule: 'undated', tolerance: null };
  if (ca === 'coarse' || cb === 'coarse') {
    if (ca !== cb) return { rule: 'coarse', tolerance: null };
    const same = a.precision === b.precision && a.start === b.start && a.end === b.end;
    return { rule: 'same-period', tolerance: same ? 0 : null };
  }
  if ((ca === 'inferred' && cb === 'period') || (ca === 'period' && cb === 'inferred')) {
    return { rule: 'inferred-vs-period', tolerance: null };
  }
  if (ca === 'inferred' && cb === 'inferred') return { rule: 'same-day', tolerance: 0 };
  if (ca === 'period' || cb === 'period') return { rule: 'overlap', tolerance: 0 };
  // a date taken from publication says the event happened that day or before: a stated day
  // may be the day before it, never after (the article cannot report what had not happened)
  if ((ca === 'point' && cb === 'inferred') || (ca === 'inferred' && cb === 'point')) {
    const [stated, published] = ca === 'point' ? [a, b] : [b, a];
    return {
      rule: 'day-before-publication',
      tolerance: stated.start > published.start ? null : DAY_TOLERANCE,
    };
  }
  return { rule: 'within-days', tolerance: DAY_TOLERANCE };
}

/** Whether two event dates allow the events to be one happening, and why. */
export function compareDates(a: DedupDate | null, b: DedupDate | null): DateVerdict {
  const classes: [DateClass, DateClass] = [dateClass(a), dateClass(b)];
  if (a === null || b === null) {
    return {
      ok: false,
      rule: 'undated',
      classes,
      gapDays: null,
      toleranceDays: null,
      text: 'an undated event never merges',
    };
  }
  const gap = gapDays(a, b);
  const { rule, tolerance } = dateRule(a, b, classes);
  const ok = tolerance !== null && gap <= tolerance;
  const da = describeDate(a);
  const db = describeDate(b);
  const apart = plural(gap, 'day');
  const texts: Record<DateVerdict['rule'], string> = {
    undated: 'an undated event never merges',
    coarse: `${da} and ${db}: a coarse date merges only with the same coarse date`,
    'same-period': ok
      ? `both ${da}`
      : `${da} and ${db} differ: a coarse date merges only with the same coarse date`,
    'inferred-vs-period': `${da} and ${db}: a date taken from publication does not merge with a week, month or range`,
    'same-day': ok
      ? `both dated by publication, same day ${a.start}`
      : `${da} and ${db}: dates taken from publication must be the same day (${apart} apart)`,
    overlap: ok ? `${da} and ${db} overlap` : `${da} and ${db} do not overlap (${apart} apart)`,
    'within-days': `${da} and ${db} are ${apart} apart, window ±${DAY_TOLERANCE} day${ok ? '' : ': too far'}`,
    'day-before-publication': ok
      ? `${da} and ${db} are ${apart} apart: the stated day is at most ${DAY_TOLERANCE} day before the date taken from publication`
      : `${da} and ${db}: a stated day must be on or at most ${DAY_TOLERANCE} day before a date taken from publication, never after it`,
  };
  return { ok, rule, classes, gapDays: gap, toleranceDays: tolerance, text: texts[rule] };
}
