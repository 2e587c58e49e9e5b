/**
 * Which report leads a group (and gives the canonical event its code, actors, date and
 * evidence). In order: the most specific date (a stated day, then a week, month or
 * short range, then a date taken from publication, then a coarse date; narrower
 * intervals first), the most reports it matches (the centre of the group), the earliest
 * article, the longest evidence, then article id and position so the order is total.
 */
import type { DedupItem } from './types.js';
import { dateClass, spanDays } from './window.js';

const CLASS_RANK = { point: 0, period: 1, inferred: 2, coarse: 3, undated: 4 } as const;

function span(item: DedupItem): number {
  return item.date === null ? Number.POSITIVE_INFINITY : spanDays(item.date);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Negative when `a` should lead before `b`; `degree` counts the reports each one matches. */
export function compareLead(
  a: DedupItem,
  b: DedupItem,
  degree: (item: DedupItem) => number = () => 0,
): number {
  return (
    CLASS_RANK[dateClass(a.date)] - CLASS_RANK[dateClass(b.date)] ||
    span(a) - span(b) ||
    degree(b) - degree(a) ||
    compareStrings(a.published ?? '9999-99-99', b.published ?? '9999-99-99') ||
    b.evidenceLength - a.evidenceLength ||
    compareStrings(a.articleId, b.articleId) ||
    a.ordinal - b.ordinal ||
    compareStrings(a.id, b.id)
  );
}

/** Why `lead` leads, in words, for `explain-event`. */
export function describeLead(lead: DedupItem): string {
  const cls = dateClass(lead.date);
  const what =
    cls === 'point'
      ? 'a stated day'
      : cls === 'period'
        ? 'a stated week, month or short range'
        : cls === 'inferred'
          ? 'a date taken from publication'
          : cls === 'coarse'
            ? 'a coarse date'
            : 'no date';
  return `lead report: ${what}; ties go to the report matching most others, then the earliest article, then the longest evidence`;
}
