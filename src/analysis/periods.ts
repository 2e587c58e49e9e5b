/**
 * Calendar periods (day, week from Monday, month, quarter, year) as ISO days, in UTC.
 * Pure functions; a period is named by its first day.
 */
import type { SeriesInterval } from '../store/types.js';

const DAY_MS = 86_400_000;

function toDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The first day of the period containing `day`. */
export function periodStart(day: string, interval: SeriesInterval): string {
  const d = toDate(day);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (interval) {
    case 'day':
      return iso(d);
    case 'week':
      return iso(new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS));
    case 'month':
      return iso(new Date(Date.UTC(y, m, 1)));
    case 'quarter':
      return iso(new Date(Date.UTC(y, m - (m % 3), 1)));
    case 'year':
      return iso(new Date(Date.UTC(y, 0, 1)));
  }
}

/** The first day of the period after the one starting on `start`. */
export function nextPeriod(start: string, interval: SeriesInterval): string {
  const d = toDate(start);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (interval) {
    case 'day':
      return iso(new Date(d.getTime() + DAY_MS));
    case 'week':
      return iso(new Date(d.getTime() + 7 * DAY_MS));
    case 'month':
      return iso(new Date(Date.UTC(y, m + 1, 1)));
    case 'quarter':
      return iso(new Date(Date.UTC(y, m + 3, 1)));
    case 'year':
      return iso(new Date(Date.UTC(y + 1, 0, 1)));
  }
}

/** The last day of the period starting on `start`. */
export function periodEnd(start: string, interval: SeriesInterval): string {
  return iso(new Date(toDate(nextPeriod(start, interval)).getTime() - DAY_MS));
}

/** The number of periods from the one containing `from` to the one containing `to` (0 when reversed). */
export function countPeriods(from: string, to: string, interval: SeriesInterval): number {
  const a = toDate(periodStart(from, interval));
  const b = toDate(periodStart(to, interval));
  if (b < a) return 0;
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  switch (interval) {
    case 'day':
      return Math.round((b.getTime() - a.getTime()) / DAY_MS) + 1;
    case 'week':
      return Math.round((b.getTime() - a.getTime()) / (7 * DAY_MS)) + 1;
    case 'month':
      return months + 1;
    case 'quarter':
      return months / 3 + 1;
    case 'year':
      return b.getUTCFullYear() - a.getUTCFullYear() + 1;
  }
}

/** Every period start from the period of `from` to the period of `to`, inclusive. */
export function periodsBetween(from: string, to: string, interval: SeriesInterval): string[] {
  const out: string[] = [];
  const last = periodStart(to, interval);
  for (let p = periodStart(from, interval); p <= last; p = nextPeriod(p, interval)) out.push(p);
  return out;
}

/** A period length that gives a readable chart for a date range (about 12 to 60 points). */
export function intervalFor(from: string, to: string): SeriesInterval {
  const days = (toDate(to).getTime() - toDate(from).getTime()) / DAY_MS;
  if (days <= 90) return 'day';
  if (days <= 400) return 'week';
  if (days <= 5 * 366) return 'month';
  if (days <= 15 * 366) return 'quarter';
  return 'year';
}
