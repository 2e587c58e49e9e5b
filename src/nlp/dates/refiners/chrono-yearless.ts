/**
 * dates/chrono-yearless — re-resolves the year of chrono dates written without one ("December 4",
 * "Sept. 15", "Monday, December 4"). Chrono takes the year closest to the reference date, which puts
 * past events in the future ("Jan. 20" read on 2023-12-07 becomes 2024-01-20). Here:
 * - a range whose end states the year takes it for both ends ("Dec. 28 to Jan. 3, 2024");
 * - a stated weekday picks the year in which the day falls on that weekday, when exactly one of the
 *   years around the reference date fits;
 * - otherwise the most recent such day on or before the reference date, unless the clause looks ahead
 *   ("will meet on Jan. 20": the first such day on or after it).
 */
import { refiner } from '../refiner.js';
import type { DateValue } from '../../../core/types.js';
import { weekdayOf } from '../calendar.js';
import { aroundYear, pickOccurrence } from '../instances.js';
import { describeDirection, directionAt } from '../tense.js';
import type { ChronoComponents, DateCandidate, DateContext } from '../types.js';
import { dayValue, rangeValue, type DateComponent, type Parts } from '../values.js';

function partsOf(cs: readonly (ChronoComponents | null)[]): Parts {
  const stated = new Set<DateComponent>(['month', 'day']);
  for (const c of cs) {
    if (!c) continue;
    if (c.weekday !== null) stated.add('weekday');
    if (c.time) stated.add('time');
  }
  return { stated: [...stated], implied: ['year'] };
}

function resolveYear(
  context: DateContext,
  c: DateCandidate,
  s: ChronoComponents,
): { year: number; reason: string } | null {
  const month = s.month ?? 0;
  const day = s.day ?? 0;
  const end = c.chrono?.end ?? null;
  if (end && end.year !== null) {
    const after = month > (end.month ?? 0) || (month === end.month && day > (end.day ?? 0));
    return { year: after ? end.year - 1 : end.year, reason: 'year from the end of the range' };
  }
  const parts = { stated: [], implied: [] };
  const options = aroundYear(context.reference.year, (y) => dayValue(y, month, day, parts), 8);
  if (s.weekday !== null) {
    const fitting = options.filter((o): o is DateValue => {
      if (!o) return false;
      const y = Number(o.value.slice(0, 4));
      return Math.abs(y - context.reference.year) <= 1 && weekdayOf({ year: y, month, day }) === s.weekday;
    });
    if (fitting.length === 1 && fitting[0]) {
      return {
        year: Number(fitting[0].value.slice(0, 4)),
        reason: 'year implied: the one where the weekday fits',
      };
    }
  }
  const direction = directionAt(context.text, c.start, c.end);
  const picked = pickOccurrence(options, context.referenceIso, direction.direction);
  return picked
    ? { year: Number(picked.value.slice(0, 4)), reason: `year implied: ${describeDirection(direction)}` }
    : null;
}

function refineOne(context: DateContext, c: DateCandidate): DateCandidate | null {
  const reading = c.chrono;
  if (!reading || reading.start.year !== null) return c;
  const s = reading.start;
  const resolved = resolveYear(context, c, s);
  if (!resolved) return null;
  const parts = partsOf([s, reading.end]);
  const from = dayValue(resolved.year, s.month ?? 0, s.day ?? 0, parts);
  let date: DateValue | null = from;
  if (reading.end) {
    const e = reading.end;
    const endYear = e.year ?? resolved.year;
    let to = dayValue(endYear, e.month ?? 0, e.day ?? 0, parts);
    if (to && from && to.end < from.start && e.year === null)
      to = dayValue(endYear + 1, e.month ?? 0, e.day ?? 0, parts);
    date = rangeValue(from, to, e.year !== null ? { stated: [...parts.stated, 'year'], implied: [] } : parts);
  }
  return date ? Object.freeze({ ...c, date, reason: `${c.reason}; ${resolved.reason}` }) : null;
}

export const chronoYearlessRefiner = refiner(
  'dates/chrono-yearless',
  (context, candidates): readonly DateCandidate[] => {
    const out: DateCandidate[] = [];
    for (const c of candidates) {
      const r = refineOne(context, c);
      if (r) out.push(r);
    }
    return out;
  },
);
