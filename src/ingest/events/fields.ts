/**
 * Small parsers for the values event datasets write as text. Each returns null on a
 * malformed value (never throws); callers turn that into a skipped row with a reason.
 */
import type { QuadClass } from '../../core/types.js';
import type { ImportedDate } from './types.js';

/** True when every character of `text` is an ASCII digit (and there is at least one). */
export function allDigits(text: string, from = 0): boolean {
  if (text.length <= from) return false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** An integer written in decimal digits, or null. */
export function parseInteger(text: string): number | null {
  if (!allDigits(text, text.charCodeAt(0) === 45 ? 1 : 0)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : null;
}

/** A finite decimal number ("-7.0", "2.5e-3"), or null. */
export function parseDecimal(text: string): number | null {
  // Number() alone also accepts " 1", "1 ", "0x10", "0b1", "0o7" and "": refuse those by their ends.
  const n = text.length;
  if (n === 0) return null;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(n - 1);
  if (!((first >= 48 && first <= 57) || first === 45 || first === 43 || first === 46)) return null;
  if (!((last >= 48 && last <= 57) || last === 46)) return null;
  if (n > 1 && first === 48) {
    const second = text.charCodeAt(1) | 0x20;
    if (second === 120 || second === 98 || second === 111) return null;
  }
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, '0');

/** The date at day, month or year precision, or null when the parts are not a real date. */
export function dateOf(year: number, month: number | null, day: number | null): ImportedDate | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  if (month === null) {
    const y = pad4(year);
    return { value: y, precision: 'year', start: `${y}-01-01`, end: `${y}-12-31` };
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  const ym = `${pad4(year)}-${pad2(month)}`;
  if (day === null) {
    return {
      value: ym,
      precision: 'month',
      start: `${ym}-01`,
      end: `${ym}-${pad2(daysInMonth(year, month))}`,
    };
  }
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  const value = `${ym}-${pad2(day)}`;
  return { value, precision: 'day', start: value, end: value };
}

/** An ISO day "YYYY-MM-DD" (also "YYYY-MM" and "YYYY" at lower precision), or null. */
export function parseIsoDate(text: string): ImportedDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!match) return null;
  return dateOf(Number(match[1]), match[2] ? Number(match[2]) : null, match[3] ? Number(match[3]) : null);
}

/** A range from two ISO dates (start ≤ end), at `range` precision unless both are the same day. */
export function dateRange(start: ImportedDate, end: ImportedDate): ImportedDate | null {
  if (end.end < start.start) return null;
  if (start.precision === 'day' && end.precision === 'day' && start.value === end.value) return start;
  return { value: `${start.value}/${end.value}`, precision: 'range', start: start.start, end: end.end };
}

/** A 14-digit UTC timestamp "YYYYMMDDHHMMSS" as "YYYY-MM-DDTHH:MM:SSZ", or null. */
export function parseTimestamp14(text: string): string | null {
  if (text.length !== 14 || !allDigits(text)) return null;
  const day = parseDay8(text.slice(0, 8));
  const hour = Number(text.slice(8, 10));
  const minute = Number(text.slice(10, 12));
  const second = Number(text.slice(12, 14));
  if (day === null || hour > 23 || minute > 59 || second > 59) return null;
  return `${day}T${text.slice(8, 10)}:${text.slice(10, 12)}:${text.slice(12, 14)}Z`;
}

/** An 8-digit day "YYYYMMDD" as "YYYY-MM-DD", or null. */
export function parseDay8(text: string): string | null {
  if (text.length !== 8 || !allDigits(text)) return null;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(4, 6));
  const day = Number(text.slice(6, 8));
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}

/** GDELT's quad class from a CAMEO code's root: 01–05 → 1, 06–09 → 2, 10–14 → 3, 15–20 → 4. */
export function quadOfCode(code: string): QuadClass | null {
  const root = Number(code.slice(0, 2));
  if (!/^\d{2}/.test(code) || root < 1 || root > 20) return null;
  if (root <= 5) return 1;
  if (root <= 9) return 2;
  if (root <= 14) return 3;
  return 4;
}

/**
 * Whether `String(Number(text))` gives `text` back, decided from the text alone for the
 * common forms ("-30.3098", "0.5", "12"): no sign but a leading "-", no leading zeros, no
 * trailing zeros after a point, no exponent, at most 15 significant digits (which a double
 * always returns). Other forms fall back to formatting the number.
 */
export function isShortestForm(text: string, value: number): boolean {
  const n = text.length;
  const i = text.charCodeAt(0) === 45 ? 1 : 0;
  if (i === n) return false;
  let digits = 0;
  let point = -1;
  if (text.charCodeAt(i) === 48) {
    // A leading zero must be the whole integer part: "0" or "0.xxx".
    if (i + 1 < n && text.charCodeAt(i + 1) !== 46) return String(value) === text;
  }
  let significant = false;
  for (let j = i; j < n; j++) {
    const c = text.charCodeAt(j);
    if (c === 46) {
      if (point >= 0) return false;
      point = j;
      continue;
    }
    if (c < 48 || c > 57) return String(value) === text;
    if (c !== 48) significant = true;
    if (significant) digits++;
  }
  if (point === n - 1 || point === i) return false;
  if (point >= 0 && text.charCodeAt(n - 1) === 48) return false;
  if (!significant) return text === '0';
  if (digits > 15 || (point >= 0 && point - i > 21)) return String(value) === text;
  // Very small magnitudes are written with an exponent by String().
  if (Math.abs(value) < 1e-6) return String(value) === text;
  return true;
}

/** Formats a number the way `String` does, except integers keep one decimal ("-7.0"), as GDELT writes Goldstein scores. */
export function oneDecimal(value: number): string {
  return Number.isInteger(value) ? value.toFixed(1) : String(value);
}
