/**
 * Publication dates as YYYY-MM-DD. Accepted forms:
 * - ISO 8601 dates and date-times: `2024-01-02`, `2024-01-02T10:00:00Z`, `2024-01-02 10:00:00+03:00`
 * - compact `20240102` (and `20240102T100000Z`)
 * - RFC 2822 (RSS): `Tue, 02 Jan 2024 10:00:00 +0000`, two-digit years included
 * - `2024/01/02`, `2 January 2024`, `January 2, 2024`, `Jan 2 2024`
 *
 * The date is the calendar date as written, in the publisher's own time zone: a time and offset do
 * not shift it to UTC (`2024-01-02T23:30:00-05:00` is 2024-01-02). Returns null when the string is
 * not one of these forms or is not a real calendar date.
 */
export function parsePublishedDate(raw: string): string | null {
  const s = raw.trim();
  if (s.length === 0 || s.length > 100) return null;
  for (const parse of PARSERS) {
    const date = parse(s);
    if (date !== undefined) return date;
  }
  return null;
}

type DateParser = (s: string) => string | null | undefined;

const TIME = String.raw`(?:[T ]\d{2}:?\d{2}(?::?\d{2}(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT)?)?`;
const ISO = new RegExp(String.raw`^(\d{4})-(\d{2})-(\d{2})${TIME}$`, 'i');
const COMPACT = new RegExp(String.raw`^(\d{4})(\d{2})(\d{2})${TIME}$`, 'i');
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const ZONE = String.raw`(?:\s+(?:[+-]\d{4}|[A-Z]{1,5}))?`;
const CLOCK = String.raw`(?:\s+\d{1,2}:\d{2}(?::\d{2})?${ZONE})?`;
const RFC2822 = new RegExp(
  String.raw`^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4}|\d{2})${CLOCK}$`,
  'i',
);
const MONTH_FIRST = new RegExp(
  String.raw`^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${CLOCK}$`,
  'i',
);

const PARSERS: readonly DateParser[] = [
  (s) => fromMatch(ISO.exec(s), 1, 2, 3),
  (s) => fromMatch(COMPACT.exec(s), 1, 2, 3),
  (s) => fromMatch(SLASHED.exec(s), 1, 2, 3),
  (s) => fromNamedMonth(RFC2822.exec(s), 3, 2, 1),
  (s) => fromNamedMonth(MONTH_FIRST.exec(s), 3, 1, 2),
];

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};

/** undefined: the pattern did not match (try the next); null: it matched but is no real date. */
function fromMatch(m: RegExpExecArray | null, y: number, mo: number, d: number): string | null | undefined {
  if (!m) return undefined;
  return calendarDate(Number(m[y]), Number(m[mo]), Number(m[d]));
}

function fromNamedMonth(
  m: RegExpExecArray | null,
  y: number,
  mo: number,
  d: number,
): string | null | undefined {
  if (!m) return undefined;
  const month = MONTHS[(m[mo] ?? '').toLowerCase()];
  if (month === undefined) return undefined;
  const yearText = m[y] ?? '';
  let year = Number(yearText);
  // RFC 2822 obsolete two-digit years: 00-49 are 20xx, 50-99 are 19xx.
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  return calendarDate(year, month, Number(m[d]));
}

function calendarDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
