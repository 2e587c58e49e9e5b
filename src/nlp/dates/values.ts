/**
 * Building `DateValue`s, and reading their `value` strings back.
 *
 * Value forms (one per precision):
 *   day      YYYY-MM-DD          2023-12-04
 *   week     YYYY-Www (ISO week) 2023-W49
 *   month    YYYY-MM             2023-03
 *   quarter  YYYY-Qn             2022-Q1
 *   season   YYYY-<season>       2020-summer  (spring Mar–May, summer Jun–Aug, autumn Sep–Nov,
 *                                              winter Dec of YYYY to the end of Feb of YYYY+1;
 *                                              Northern hemisphere, meteorological seasons)
 *   year     YYYY                2014
 *   range    <from>/<to>         2000/2019, 2023-Q1/2023-Q3, 2023-01/2023-06, 2023-12-04/2023-12-06
 *            where <from> and <to> are values of the forms above; a decade is a range of years.
 * `start` and `end` are the inclusive first and last ISO days the value covers.
 */
import type { DatePrecision, DateValue } from '../../core/types.js';
import {
  MAX_YEAR,
  MIN_YEAR,
  addDays,
  daysInMonth,
  isValidDay,
  isoDay,
  isoMonth,
  isoWeekStart,
  isoWeeksInYear,
  isoYear,
} from './calendar.js';

/** The parts of a date an expression can state or leave to the reference date. */
export type DateComponent =
  'decade' | 'year' | 'half' | 'quarter' | 'season' | 'month' | 'week' | 'weekday' | 'day' | 'time';

const COMPONENT_ORDER: readonly DateComponent[] = [
  'decade',
  'year',
  'half',
  'quarter',
  'season',
  'month',
  'week',
  'weekday',
  'day',
  'time',
];

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

/** First month of each season (winter starts in December of its year). */
export const SEASON_START_MONTH: Readonly<Record<Season, number>> = Object.freeze({
  spring: 3,
  summer: 6,
  autumn: 9,
  winter: 12,
});

/** What the text stated, and what came from the reference date. */
export interface Parts {
  readonly stated: readonly DateComponent[];
  readonly implied: readonly DateComponent[];
}

/** A set of components as a bit mask: bit k for COMPONENT_ORDER[k]. */
function maskOf(components: readonly DateComponent[]): number {
  let mask = 0;
  for (const c of components) mask |= 1 << COMPONENT_ORDER.indexOf(c);
  return mask;
}

/**
 * The components of a mask in COMPONENT_ORDER, frozen. One shared list per mask (at most 2^10):
 * many values are built per article and most share a handful of component sets.
 */
const ORDERED = new Map<number, readonly DateComponent[]>();

function ordered(mask: number): readonly DateComponent[] {
  let list = ORDERED.get(mask);
  if (list === undefined) {
    list = Object.freeze(COMPONENT_ORDER.filter((_, k) => (mask & (1 << k)) !== 0));
    ORDERED.set(mask, list);
  }
  return list;
}

function make(value: string, precision: DatePrecision, start: string, end: string, parts: Parts): DateValue {
  const stated = maskOf(parts.stated);
  return Object.freeze({
    value,
    precision,
    start,
    end,
    stated: ordered(stated),
    implied: ordered(maskOf(parts.implied) & ~stated),
  });
}

function yearOk(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

export function dayValue(year: number, month: number, day: number, parts: Parts): DateValue | null {
  if (!isValidDay(year, month, day)) return null;
  const iso = isoDay({ year, month, day });
  return make(iso, 'day', iso, iso, parts);
}

export function monthValue(year: number, month: number, parts: Parts): DateValue | null {
  if (!yearOk(year) || !Number.isInteger(month) || month < 1 || month > 12) return null;
  return make(
    isoMonth(year, month),
    'month',
    isoDay({ year, month, day: 1 }),
    isoDay({ year, month, day: daysInMonth(year, month) }),
    parts,
  );
}

export function yearValue(year: number, parts: Parts): DateValue | null {
  if (!yearOk(year)) return null;
  return make(isoYear(year), 'year', `${isoYear(year)}-01-01`, `${isoYear(year)}-12-31`, parts);
}

export function quarterValue(year: number, quarter: number, parts: Parts): DateValue | null {
  if (!yearOk(year) || !Number.isInteger(quarter) || quarter < 1 || quarter > 4) return null;
  const first = quarter * 3 - 2;
  const last = quarter * 3;
  return make(
    `${isoYear(year)}-Q${quarter}`,
    'quarter',
    isoDay({ year, month: first, day: 1 }),
    isoDay({ year, month: last, day: daysInMonth(year, last) }),
    parts,
  );
}

export function seasonValue(year: number, season: Season, parts: Parts): DateValue | null {
  if (!yearOk(year) || (season === 'winter' && year + 1 > MAX_YEAR)) return null;
  const first = SEASON_START_MONTH[season];
  const endYear = season === 'winter' ? year + 1 : year;
  const endMonth = season === 'winter' ? 2 : first + 2;
  return make(
    `${isoYear(year)}-${season}`,
    'season',
    isoDay({ year, month: first, day: 1 }),
    isoDay({ year: endYear, month: endMonth, day: daysInMonth(endYear, endMonth) }),
    parts,
  );
}

/** An ISO week (`isoYear` is the ISO week-numbering year). */
export function weekValue(isoWeekYear: number, week: number, parts: Parts): DateValue | null {
  if (!yearOk(isoWeekYear) || !Number.isInteger(week) || week < 1 || week > isoWeeksInYear(isoWeekYear)) {
    return null;
  }
  const monday = isoWeekStart(isoWeekYear, week);
  return make(
    `${isoYear(isoWeekYear)}-W${String(week).padStart(2, '0')}`,
    'week',
    isoDay(monday),
    isoDay(addDays(monday, 6)),
    parts,
  );
}

/**
 * The period from the start of `from` to the end of `to`. Returns `from` itself when both are the same
 * value, and null when `to` ends before `from` starts.
 */
export function rangeValue(from: DateValue | null, to: DateValue | null, parts: Parts): DateValue | null {
  if (!from || !to) return null;
  if (from.value === to.value) return make(from.value, from.precision, from.start, from.end, parts);
  if (to.end < from.start) return null;
  return make(`${from.value}/${to.value}`, 'range', from.start, to.end, parts);
}

/** The same value with other stated/implied parts. */
export function withParts(value: DateValue, parts: Parts): DateValue {
  return make(value.value, value.precision, value.start, value.end, parts);
}

const NO_PARTS: Parts = { stated: [], implied: [] };

function singleBounds(value: string): { precision: DatePrecision; start: string; end: string } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const v = dayValue(Number(m[1]), Number(m[2]), Number(m[3]), NO_PARTS);
    return v && { precision: v.precision, start: v.start, end: v.end };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const v = monthValue(Number(m[1]), Number(m[2]), NO_PARTS);
    return v && { precision: v.precision, start: v.start, end: v.end };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) {
    const v = yearValue(Number(m[1]), NO_PARTS);
    return v && { precision: v.precision, start: v.start, end: v.end };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const v = quarterValue(Number(m[1]), Number(m[2]), NO_PARTS);
    return v && { precision: v.precision, start: v.start, end: v.end };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(value);
  if (m) {
    const v = weekValue(Number(m[1]), Number(m[2]), NO_PARTS);
    return v && { precision: v.precision, start: v.start, end: v.end };
  }
  m = /^(\d{4})-(spring|summer|autumn|winter)$/.exec(value);
  if (m) {
    const v = seasonValue(Number(m[1]), m[2] as Season, NO_PARTS);
    return v && { precision: v.precision, start: v.start, end: v.end };
  }
  return null;
}

/**
 * Reads a value string back into its precision and inclusive bounds, or null when it is not one of
 * the forms above. For every DateValue Dyad makes, `dateBounds(v.value)` equals
 * `{ precision: v.precision, start: v.start, end: v.end }`.
 */
export function dateBounds(value: string): { precision: DatePrecision; start: string; end: string } | null {
  const slash = value.indexOf('/');
  if (slash < 0) return singleBounds(value);
  const from = singleBounds(value.slice(0, slash));
  const to = singleBounds(value.slice(slash + 1));
  if (!from || !to || to.end < from.start) return null;
  return { precision: 'range', start: from.start, end: to.end };
}
