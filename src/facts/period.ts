/**
 * The date governing a figure or a designation: the resolved date mention nearest to it in its
 * clause (else in its sentence); on a tie, the earlier one. "from March ... until December" joins two
 * mentions into one range.
 */
import type { DateMention, DatePrecision, DateValue, Period } from '../core/types.js';
import { comparable, tokenGap } from './phrases.js';
import { clauseAt, type Placed, type SentenceView } from './sentence-view.js';

export interface GoverningDate {
  readonly value: string;
  readonly precision: DatePrecision;
  readonly start: string;
  readonly end: string;
  /** Token range of the mention(s). */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

export const UNDATED: Period = Object.freeze({
  start: null,
  end: null,
  precision: 'undated',
  value: 'undated',
});

const OPENERS: ReadonlySet<string> = new Set(['from', 'since']);
const JOINERS: ReadonlySet<string> = new Set(['until', 'till', 'to', 'through', 'thru']);
const DASH = /^[-\u2010-\u2015]$/;

function fromValue(date: DateValue, tokenStart: number, tokenEnd: number): GoverningDate {
  return {
    value: date.value,
    precision: date.precision,
    start: date.start,
    end: date.end,
    tokenStart,
    tokenEnd,
  };
}

/** Joins "from A until B" pairs of date mentions into ranges. */
function joinRanges(view: SentenceView, dates: readonly Placed<DateMention>[]): GoverningDate[] {
  const out: GoverningDate[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i];
    if (!a?.mention.date) continue;
    const b = dates[i + 1];
    if (b?.mention.date && b.start > a.end) {
      const opener = Array.from({ length: 6 }, (_, k) => view.tokens[a.start - 1 - k]).some(
        (t) => t !== undefined && t.index >= view.first && OPENERS.has(comparable(t.norm)),
      );
      const between = view.tokens.slice(a.end, b.start).map((t) => comparable(t.norm));
      const joined =
        between.some((w) => JOINERS.has(w)) || (between.length === 1 && DASH.test(between[0] ?? ''));
      if (opener && between.length <= 8 && joined) {
        const [x, y] = [a.mention.date, b.mention.date];
        const value =
          x.value.includes('/') || y.value.includes('/') ? `${x.start}/${y.end}` : `${x.value}/${y.value}`;
        out.push({
          value,
          precision: 'range',
          start: x.start,
          end: y.end,
          tokenStart: a.start,
          tokenEnd: b.end,
        });
        i++;
        continue;
      }
    }
    out.push(fromValue(a.mention.date, a.start, a.end));
  }
  return out;
}

/** The date nearest to the anchor (token range) in its clause, else in its sentence, or null. */
export function governingDate(
  view: SentenceView,
  anchor: { start: number; end: number },
): GoverningDate | null {
  const dates = joinRanges(view, view.dates);
  const clause = clauseAt(view, anchor.start);
  const inClause = dates.filter((d) => clauseAt(view, d.tokenStart) === clause);
  const pool = inClause.length > 0 ? inClause : dates;
  let best: GoverningDate | null = null;
  let bestGap = Infinity;
  for (const d of pool) {
    const gap = tokenGap({ start: d.tokenStart, end: d.tokenEnd }, anchor);
    if (gap < bestGap) {
      best = d;
      bestGap = gap;
    }
  }
  return best;
}

export function periodOf(date: GoverningDate | null): Period {
  if (!date) return UNDATED;
  return { start: date.start, end: date.end, precision: date.precision, value: date.value };
}
