/**
 * Gold dates and periods: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-Qn`, `A/B` (a range of any
 * of those), `undated`. Each becomes an inclusive range of ISO days.
 */
import type { GoldDate, GoldPeriod } from './types.js';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** One date at its precision, or null when it is not one of the forms above. */
function single(text: string): { start: string; end: string } | null {
  let m = /^(\d{4})$/.exec(text);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})-Q([1-4])$/.exec(text);
  if (m) {
    const year = Number(m[1]);
    const first = (Number(m[2]) - 1) * 3 + 1;
    return {
      start: `${year}-${pad(first)}-01`,
      end: `${year}-${pad(first + 2)}-${pad(daysIn(year, first + 2))}`,
    };
  }
  m = /^(\d{4})-(\d{2})$/.exec(text);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${pad(daysIn(year, month))}` };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysIn(Number(m[1]), month)) return null;
    return { start: text, end: text };
  }
  return null;
}

/** Reads a period (`2021`, `2023-01/2023-09`); null when malformed or reversed. */
export function parsePeriod(text: string): GoldPeriod | null {
  const value = text.trim();
  const parts = value.split('/');
  if (parts.length > 2) return null;
  const first = single(parts[0] ?? '');
  const last = parts.length === 2 ? single(parts[1] ?? '') : first;
  if (first === null || last === null || first.start > last.end) return null;
  return { value, start: first.start, end: last.end };
}

/** Reads a gold date: `undated` or a period; null when malformed. */
export function parseGoldDate(text: string): GoldDate | null {
  if (text.trim().toLowerCase() === 'undated') return { kind: 'undated' };
  const period = parsePeriod(text);
  return period === null ? null : { kind: 'period', ...period };
}

/** True when [start, end] lies inside the gold period; any date (or none) matches `undated`. */
export function dateWithin(
  gold: GoldDate | null,
  produced: { start: string; end: string } | null | undefined,
): boolean {
  if (gold === null || gold.kind === 'undated') return true;
  if (produced === null || produced === undefined) return false;
  return produced.start >= gold.start && produced.end <= gold.end;
}

/** True when the two periods share a day; open ends (null) extend without limit. */
export function periodsOverlap(
  gold: GoldDate | null,
  produced: { start: string | null; end: string | null } | null | undefined,
): boolean {
  if (gold === null || gold.kind === 'undated') return true;
  if (produced === null || produced === undefined || (produced.start === null && produced.end === null))
    return false;
  const start = produced.start ?? '0000-01-01';
  const end = produced.end ?? '9999-12-31';
  return start <= gold.end && end >= gold.start;
}
