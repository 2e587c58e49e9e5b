/**
 * dates/quarter — calendar quarters: "Q3 2023", "2023 Q3", "the first quarter of 2022",
 * "the fourth quarter of last year", "the third quarter" (year implied, as for a bare month),
 * "in Q2" and ranges of quarters: "the first three quarters of the current year" (Q1–Q3),
 * "the last two quarters of 2022" (Q3–Q4). Quarters are calendar quarters, not fiscal ones.
 */
import type { DateCandidate, DateContext } from '../types.js';
import { aroundYear, pickOccurrence } from '../instances.js';
import { Trigger } from '../triggers.js';
import { candidate, groupSpan, patternParser } from '../pattern-parser.js';
import { YEAR4, YEAR_DIGITS, YEAR_REF, readYearRef, words, yearMayEndHere } from '../patterns.js';
import { describeDirection, directionAt } from '../tense.js';
import { ordinalNumber, smallNumber } from '../vocabulary.js';
import { quarterValue, rangeValue, type DateComponent } from '../values.js';

const RULE = 'dates/quarter';
const ORDINAL = '(?:first|second|third|fourth|1st|2nd|3rd|4th)';

const PATTERN = new RegExp(
  [
    // Q3 2023, Q3 of 2023, Q3-2023
    `(?<![\\w-])Q(?<q1>[1-4])(?:\\s+of\\s+|\\s*[-/]\\s*|\\s+)(?<y1>${YEAR4})`,
    // 2023 Q3, 2023-Q3
    `(?<![\\w.,-])(?<y2>${YEAR_DIGITS})\\s*[-/]?\\s*Q(?<q2>[1-4])(?![\\w-])`,
    // in Q2 (year implied)
    `(?<=\\b${words('in', 'during', 'by')}\\s)Q(?<q3>[1-4])(?![\\w-])`,
    // the first three quarters of the current year, the last two quarters of 2022
    `(?<![\\w-])(?:${words('the')}\\s+)?(?<edge>first|last)\\s+(?<count>two|three|2|3)\\s+quarters\\s+of\\s+(?<y4>${YEAR_REF})`,
    // the third quarter of 2023, the fourth quarter of last year, the final quarter of 2022
    `(?<![\\w-])(?:${words('the')}\\s+)?(?<ord>${ORDINAL}|final|last)[-\\s]quarter\\s+of\\s+(?<y5>${YEAR_REF})`,
    // the third quarter, the third quarter 2023 (no "of")
    `(?<![\\w-])${words('the')}\\s+(?<ord6>${ORDINAL})\\s+quarter(?:,?\\s+(?<y6>${YEAR4}))?(?![\\w-])(?!\\s+of\\b)`,
  ].join('|'),
  'dg',
);

function one(
  context: DateContext,
  span: readonly [number, number],
  quarter: number,
  yearText: string | undefined,
): DateCandidate | null {
  if (yearText !== undefined) {
    const y = readYearRef(yearText, context.reference);
    if (!y) return null;
    const parts = {
      stated: (y.stated ? ['quarter', 'year'] : ['quarter']) as DateComponent[],
      implied: (y.stated ? [] : ['year']) as DateComponent[],
    };
    const reason = y.stated ? 'quarter and year stated' : `year from "${yearText}"`;
    return candidate(RULE, span[0], span[1], quarterValue(y.year, quarter, parts), reason);
  }
  const direction = directionAt(context.text, span[0], span[1]);
  const options = aroundYear(context.reference.year, (y) =>
    quarterValue(y, quarter, { stated: ['quarter'], implied: ['year'] }),
  );
  return candidate(
    RULE,
    span[0],
    span[1],
    pickOccurrence(options, context.referenceIso, direction.direction),
    `year implied: ${describeDirection(direction)}`,
  );
}

export const quarterParser = patternParser(RULE, Trigger.PORTION, PATTERN, (context, match) => {
  const span = groupSpan(match, 0);
  const g = match.groups ?? {};
  if (!span) return null;
  const numericYear = g.y1 ?? g.y6;
  if (numericYear !== undefined && !yearMayEndHere(context.text, span[1])) return null;
  if (g.q1 !== undefined) return one(context, span, Number(g.q1), g.y1);
  if (g.q2 !== undefined) return one(context, span, Number(g.q2), g.y2);
  if (g.q3 !== undefined) return one(context, span, Number(g.q3), undefined);
  if (g.edge !== undefined && g.count !== undefined && g.y4 !== undefined) {
    const n = smallNumber(g.count);
    const y = readYearRef(g.y4, context.reference);
    if (n === null || !y) return null;
    const first = g.edge === 'first' ? 1 : 5 - n;
    const last = g.edge === 'first' ? n : 4;
    const parts = {
      stated: (y.stated ? ['quarter', 'year'] : ['quarter']) as DateComponent[],
      implied: (y.stated ? [] : ['year']) as DateComponent[],
    };
    const date = rangeValue(quarterValue(y.year, first, parts), quarterValue(y.year, last, parts), parts);
    return candidate(RULE, span[0], span[1], date, `${g.edge} ${n} quarters of "${g.y4}"`);
  }
  if (g.ord !== undefined) {
    const q = g.ord === 'final' || g.ord === 'last' ? 4 : ordinalNumber(g.ord);
    return q === null ? null : one(context, span, q, g.y5);
  }
  if (g.ord6 !== undefined) {
    const q = ordinalNumber(g.ord6);
    return q === null ? null : one(context, span, q, g.y6);
  }
  return null;
});
