/**
 * dates/year-range — "between 2000 and 2019", "from 2013 to 2021", "from 2013 through 2021",
 * "2013-2021", "2014–15". Both ends must be years (1800–2100) in order. The worded forms must not be
 * followed by a count noun ("between 1800 and 2000 people"); the dashed form is a range by itself
 * but not a clock time or a longer number.
 */
import { Trigger } from '../triggers.js';
import { candidate, groupSpan, patternParser } from '../pattern-parser.js';
import { YEAR4, YEAR_BEFORE, YEAR_DIGITS, words, yearMayEndHere } from '../patterns.js';
import { rangeValue, yearValue } from '../values.js';

const RULE = 'dates/year-range';
const END = `(?:${YEAR4}|\\d\\d(?![\\w%]|[.,]\\d))`;

const PATTERN = new RegExp(
  [
    `(?<![\\w-])(?<prep>${words('between', 'from')})\\s+(?<a>${YEAR4})\\s*(?:to|and|through|until|till|-|–)\\s*(?<b>${END})`,
    `${YEAR_BEFORE}(?<c>${YEAR_DIGITS})\\s?[-–/]\\s?(?<d>${END})`,
  ].join('|'),
  'dg',
);

function expand(start: number, end: string): number {
  if (end.length === 4) return Number(end);
  let full = Math.floor(start / 100) * 100 + Number(end);
  if (full <= start) full += 100;
  return full - start <= 10 ? full : Number.NaN;
}

export const yearRangeParser = patternParser(RULE, Trigger.DIGITS, PATTERN, (context, match) => {
  const span = groupSpan(match, 0);
  const g = match.groups ?? {};
  const worded = g.a !== undefined;
  const startText = g.a ?? g.c;
  const endText = g.b ?? g.d;
  if (!span || startText === undefined || endText === undefined) return null;
  const from = Number(startText);
  const to = expand(from, endText);
  if (!(to > from) || to > 2100) return null;
  if (worded ? !yearMayEndHere(context.text, span[1]) : !yearMayEndHere(context.text, span[1], 'lenient')) {
    return null;
  }
  const parts = { stated: ['year' as const], implied: [] };
  const reason = worded ? `range after "${(g.prep ?? '').toLowerCase()}"` : 'range of years';
  return candidate(
    RULE,
    span[0],
    span[1],
    rangeValue(yearValue(from, parts), yearValue(to, parts), parts),
    reason,
  );
});
