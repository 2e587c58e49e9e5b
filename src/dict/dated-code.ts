/**
 * Dated actor codes, as PETRARCH writes them inside `[...]`:
 *
 *   [CODE]                 the default, used when no dated code applies
 *   [CODE >yymmdd]         from that day on
 *   [CODE <yymmdd]         up to that day
 *   [CODE yymmdd-yymmdd]   between the two days
 *
 * Dates have 6 (yymmdd) or 8 (yyyymmdd) digits and may be mixed. Two-digit
 * years follow KEDS/TABARI/PETRARCH: 00–30 → 20yy, 31–99 → 19yy. Bounds are
 * inclusive ("or equal to", as PETRARCH's documentation says). Spaces after
 * `<`/`>` and around `-` are tolerated (the PETRARCH validation suite has them).
 */

/** One code with the days it applies (ISO dates, inclusive; null = open). */
export interface DatedCode {
  readonly code: string;
  readonly from: string | null;
  readonly to: string | null;
  /** True for the undated default `[CODE]`. */
  readonly isDefault: boolean;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Converts a 6- or 8-digit PETRARCH date to YYYY-MM-DD, or null when it is not a real day. */
export function dictDateToIso(digits: string): string | null {
  let year: number;
  let rest: string;
  if (/^\d{8}$/.test(digits)) {
    year = Number(digits.slice(0, 4));
    rest = digits.slice(4);
  } else if (/^\d{6}$/.test(digits)) {
    const yy = Number(digits.slice(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = digits.slice(2);
  } else {
    return null;
  }
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const max = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  if (day > max) return null;
  return `${String(year).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}

/** A code must be letters, digits, `/`, `-` or `+` (`[---]` = do not code, `[ELR/GAL]` = several). */
const CODE = /^[A-Za-z0-9/+-]+$/;

/**
 * How one `[...]` group reads:
 * - `code`: a usable dated code (with a `warning` when Dyad had to interpret it,
 *   e.g. a lone date without `<`/`>` is read as "from", as PETRARCH did);
 * - `warning` without `code`: the group names an impossible day (a typo such as
 *   `9008223` or a range that ends before it starts); PETRARCH could never apply
 *   it, Dyad skips it and says so;
 * - `error`: the group is not a dated code at all.
 */
export type DatedCodeReading =
  | { readonly code: DatedCode; readonly warning?: string }
  | { readonly warning: string; readonly code?: undefined }
  | { readonly error: string };

/** Parses the inside of one `[...]` group of an actor dictionary. */
export function parseDatedCode(inner: string): DatedCodeReading {
  const text = inner.trim();
  if (text.length === 0) return { error: 'empty code []' };
  const space = text.search(/\s/);
  const code = space < 0 ? text : text.slice(0, space);
  const restriction = space < 0 ? '' : text.slice(space).replace(/\s+/g, '');
  if (!CODE.test(code)) return { error: `bad code "${code}" in [${text}]` };
  if (restriction === '') return { code: { code, from: null, to: null, isDefault: true } };
  const skipped = (why: string): DatedCodeReading => ({ warning: `${why} in [${text}]; code skipped` });
  const single = /^([<>]?)(\d+)$/.exec(restriction);
  if (single) {
    const day = dictDateToIso(single[2] ?? '');
    if (!day) return skipped(`impossible date "${single[2]}"`);
    if (single[1] === '<') return { code: { code, from: null, to: day, isDefault: false } };
    const dated: DatedCode = { code, from: day, to: null, isDefault: false };
    if (single[1] === '>') return { code: dated };
    return { code: dated, warning: `date without < or > in [${text}]; read as >${single[2]}` };
  }
  const range = /^(\d+)-(\d+)$/.exec(restriction);
  if (range) {
    const from = dictDateToIso(range[1] ?? '');
    const to = dictDateToIso(range[2] ?? '');
    if (!from) return skipped(`impossible date "${range[1]}"`);
    if (!to) return skipped(`impossible date "${range[2]}"`);
    if (from > to) return skipped('date range ends before it starts');
    return { code: { code, from, to, isDefault: false } };
  }
  return { error: `bad date restriction "${restriction}" in [${text}] (expected >date, <date or date-date)` };
}

/**
 * The code that applies on a day.
 *
 * - With a date: among the dated codes whose range holds the day, the one that
 *   started latest wins (a role that began that day beats one that ends that
 *   day; a narrow exception inside a long range beats the range); ties go to
 *   the first written. When no dated code applies, the first undated default.
 *   (PETRARCH 2 let the last matching line win, default included, which makes
 *   a trailing default override every dated line; its documentation describes
 *   the behaviour implemented here.)
 * - Without a date: the undated default, else the dated code that started
 *   latest (the most recent role).
 *
 * Returns null when nothing applies (or the entry has no codes).
 */
export function codeOnDate(codes: readonly DatedCode[], isoDate: string | null): string | null {
  if (isoDate !== null) {
    let best: DatedCode | null = null;
    for (const c of codes) {
      if (c.isDefault) continue;
      if (c.from !== null && isoDate < c.from) continue;
      if (c.to !== null && isoDate > c.to) continue;
      if (best === null || (c.from ?? '') > (best.from ?? '')) best = c;
    }
    if (best) return best.code;
  }
  for (const c of codes) if (c.isDefault) return c.code;
  if (isoDate !== null) return null;
  let latest: DatedCode | null = null;
  for (const c of codes) if (latest === null || (c.from ?? '') > (latest.from ?? '')) latest = c;
  return latest?.code ?? null;
}

/** Writes a dated code back in PETRARCH form with 8-digit dates. */
export function formatDatedCode(c: DatedCode): string {
  const d = (iso: string): string => iso.replace(/-/g, '');
  if (c.isDefault) return `[${c.code}]`;
  if (c.from && c.to) return `[${c.code} ${d(c.from)}-${d(c.to)}]`;
  if (c.from) return `[${c.code} >${d(c.from)}]`;
  return `[${c.code} <${d(c.to ?? '')}]`;
}
