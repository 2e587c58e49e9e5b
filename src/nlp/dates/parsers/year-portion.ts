/**
 * dates/year-portion — halves and leading months of a year: "the first half of 2023",
 * "the second half of the year", "H1 2023", "the first nine months of this year". Each is a range of
 * months (value "2023-01/2023-06"); the year must be written (a number or "this/last/next year",
 * "the current year", "the year").
 */
import { Trigger } from '../triggers.js';
import { candidate, groupSpan, patternParser } from '../pattern-parser.js';
import { YEAR4, YEAR_REF, readYearRef, words, yearMayEndHere } from '../patterns.js';
import { SMALL_NUMBER, smallNumber } from '../vocabulary.js';
import { monthValue, rangeValue, type DateComponent } from '../values.js';

const RULE = 'dates/year-portion';

const PATTERN = new RegExp(
  [
    `(?<![\\w-])(?:${words('the')}\\s+)?(?<half>first|second|1st|2nd)\\s+half\\s+of\\s+(?<y1>${YEAR_REF})`,
    `(?<![\\w-])H(?<h>[12])\\s+(?<y2>${YEAR4})`,
    `(?<![\\w-])(?:${words('the')}\\s+)?first\\s+(?<n>${SMALL_NUMBER})\\s+months\\s+of\\s+(?<y3>${YEAR_REF})`,
  ].join('|'),
  'dgi',
);

export const yearPortionParser = patternParser(RULE, Trigger.PORTION, PATTERN, (context, match) => {
  const span = groupSpan(match, 0);
  const g = match.groups ?? {};
  const yearText = g.y1 ?? g.y2 ?? g.y3;
  if (!span || yearText === undefined) return null;
  if (/^\d/.test(yearText) && !yearMayEndHere(context.text, span[1])) return null;
  const y = readYearRef(yearText, context.reference);
  if (!y) return null;
  let first: number;
  let last: number;
  let unit: DateComponent;
  if (g.n !== undefined) {
    const n = smallNumber(g.n);
    if (n === null || n < 2 || n > 11) return null;
    [first, last, unit] = [1, n, 'month'];
  } else {
    const second = g.half !== undefined ? /^(second|2nd)$/i.test(g.half) : g.h === '2';
    [first, last, unit] = second ? [7, 12, 'half'] : [1, 6, 'half'];
  }
  const parts = {
    stated: (y.stated ? [unit, 'year'] : [unit]) as DateComponent[],
    implied: (y.stated ? [] : ['year']) as DateComponent[],
  };
  const date = rangeValue(monthValue(y.year, first, parts), monthValue(y.year, last, parts), parts);
  return candidate(
    RULE,
    span[0],
    span[1],
    date,
    y.stated ? 'portion of a stated year' : `year from "${yearText}"`,
  );
});
