/** Resolving a month name, with or without a written year, for the month parsers. */
import type { DateValue } from '../../core/types.js';
import { aroundYear, pickOccurrence, type Pick } from './instances.js';
import { readYearRef } from './patterns.js';
import { describeDirection, directionAt } from './tense.js';
import type { DateContext } from './types.js';
import { monthValue, type DateComponent } from './values.js';

export interface Resolved {
  readonly date: DateValue | null;
  readonly reason: string;
}

/**
 * The month `month` of the year written in `yearText` ("2015", "this year", "last year"...), or, when
 * no year is written, the occurrence chosen by `pick` or, without one, by the clause's direction
 * (most recent on or before the reference date unless the clause looks ahead).
 */
export function resolveMonth(
  context: DateContext,
  month: number,
  yearText: string | undefined,
  span: readonly [number, number],
  pick?: Pick,
): Resolved {
  if (yearText !== undefined) {
    const year = readYearRef(yearText, context.reference);
    if (!year) return { date: null, reason: '' };
    const parts = year.stated
      ? { stated: ['month', 'year'] as DateComponent[], implied: [] }
      : { stated: ['month'] as DateComponent[], implied: ['year'] as DateComponent[] };
    return {
      date: monthValue(year.year, month, parts),
      reason: year.stated ? 'month and year stated' : `year from "${yearText}"`,
    };
  }
  const options = aroundYear(context.reference.year, (y) =>
    monthValue(y, month, { stated: ['month'], implied: ['year'] }),
  );
  if (pick) {
    const reason = pick === 'next' ? 'first after the reference date' : 'last before the reference date';
    return { date: pickOccurrence(options, context.referenceIso, pick), reason };
  }
  const direction = directionAt(context.text, span[0], span[1]);
  return {
    date: pickOccurrence(options, context.referenceIso, direction.direction),
    reason: `year implied: ${describeDirection(direction)}`,
  };
}
