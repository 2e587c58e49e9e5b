/**
 * dates/decade — "the 1990s", "the 1990's", "the early 2000s", "the '90s". A decade is a range of years
 * (value "1990/1999"); "early"/"mid"/"late" are noted in the reason, not guessed as sub-ranges.
 * Two-digit forms need an apostrophe and "the" ("in their 80s" is an age).
 */
import { Trigger } from '../triggers.js';
import { candidate, groupSpan, patternParser } from '../pattern-parser.js';
import { words } from '../patterns.js';
import { rangeValue, yearValue } from '../values.js';

const RULE = 'dates/decade';
function qualifier(group: string): string {
  return `(?:(?<${group}>${words('early', 'mid', 'late')})[-\\s])?`;
}

const PATTERN = new RegExp(
  [
    `(?<![\\w'’-])${qualifier('early')}(?<full>1[89]\\d0|20\\d0)['’]?s(?![\\w])`,
    `(?<=\\b${words('the')}\\s+)${qualifier('early2')}['’](?<short>\\d)0s(?![\\w])`,
  ].join('|'),
  'dg',
);

export const decadeParser = patternParser(RULE, Trigger.DECADE, PATTERN, (context, match) => {
  const span = groupSpan(match, 0);
  const g = match.groups ?? {};
  if (!span) return null;
  let first: number;
  if (g.full !== undefined) {
    first = Number(g.full);
  } else if (g.short !== undefined) {
    const d = Number(g.short);
    // '00s and '10s are this century; '20s is the 2020s once the reference date is in them; else the 1900s.
    first = d <= 1 || (d === 2 && context.reference.year >= 2020) ? 2000 + d * 10 : 1900 + d * 10;
  } else {
    return null;
  }
  const parts = { stated: ['decade' as const], implied: [] };
  const qualifier = (g.early ?? g.early2 ?? '').toLowerCase();
  const reason = qualifier ? `decade, "${qualifier}" not narrowed` : 'decade';
  return candidate(
    RULE,
    span[0],
    span[1],
    rangeValue(yearValue(first, parts), yearValue(first + 9, parts), parts),
    reason,
  );
});
