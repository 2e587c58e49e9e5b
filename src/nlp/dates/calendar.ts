/**
 * Calendar arithmetic on plain `{ year, month, day }` records (proleptic Gregorian, no time zones),
 * in integers only, so results never depend on the machine's local zone.
 */

export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Years Dyad accepts in a date value. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Days since 1970-01-01 (negative before), by integer arithmetic (no Date objects). */
export function toOrdinal(d: Day): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5) + d.day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function fromOrdinal(n: number): Day {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(d: Day, n: number): Day {
  return fromOrdinal(toOrdinal(d) + n);
}

/** The month `n` months after (`n` < 0: before) `year`-`month`. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(d: Day): number {
  return (((toOrdinal(d) + 4) % 7) + 7) % 7;
}

/** ISO-8601 week (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekOf(d: Day): { year: number; week: number } {
  const ordinal = toOrdinal(d);
  const isoWeekday = ((weekdayOf(d) + 6) % 7) + 1; // Monday = 1 ... Sunday = 7
  const thursday = fromOrdinal(ordinal - isoWeekday + 4);
  const firstOfYear = toOrdinal({ year: thursday.year, month: 1, day: 1 });
  return { year: thursday.year, week: Math.floor((toOrdinal(thursday) - firstOfYear) / 7) + 1 };
}

/** The Monday that starts ISO week `week` of `year`. */
export function isoWeekStart(year: number, week: number): Day {
  const jan4 = { year, month: 1, day: 4 };
  const isoWeekday = ((weekdayOf(jan4) + 6) % 7) + 1;
  return fromOrdinal(toOrdinal(jan4) - (isoWeekday - 1) + (week - 1) * 7);
}

/** Number of ISO weeks (52 or 53) in `year`. */
export function isoWeeksInYear(year: number): number {
  return isoWeekOf({ year, month: 12, day: 28 }).week;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** YYYY-MM-DD. */
export function isoDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

export function isoYear(year: number): string {
  return pad(year, 4);
}

/** The number written by the ASCII digits text[start, start + count), or -1 if one is not a digit. */
function digitsAt(text: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/**
 * Parses a strict YYYY-MM-DD day (what /^(\d{4})-(\d{2})-(\d{2})$/ accepts, if the day exists), or
 * returns null. Read by character codes: it runs once per article, and most articles (Wikipedia
 * items) are a sentence or two, where the regex and its match array showed in profiles.
 */
export function parseIsoDay(text: string): Day | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return null;
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
