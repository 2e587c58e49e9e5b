/**
 * Day arithmetic on ISO days (YYYY-MM-DD), proleptic Gregorian, without Date's year-100 quirks:
 * the ISO-string face of the reading layer's calendar (src/nlp/dates/calendar.ts).
 */
import { fromOrdinal, toOrdinal } from '../nlp/dates/calendar.js';

/** Days since 1970-01-01 of an ISO day. */
export function dayNumber(iso: string): number {
  return toOrdinal({
    year: Number(iso.slice(0, 4)),
    month: Number(iso.slice(5, 7)),
    day: Number(iso.slice(8, 10)),
  });
}

/** The ISO day `n` days after 1970-01-01. */
export function isoDay(n: number): string {
  const { year, month, day } = fromOrdinal(n);
  const pad = (v: number, width: number) => String(v).padStart(width, '0');
  return `${year < 0 ? '-' : ''}${pad(Math.abs(year), 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The ISO day `delta` days from `iso`. */
export function addDays(iso: string, delta: number): string {
  return isoDay(dayNumber(iso) + delta);
}
