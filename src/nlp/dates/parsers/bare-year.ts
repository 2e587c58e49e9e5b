/**
 * dates/bare-year — a year written alone, which counts as a year only in a date context: after a
 * preposition ("in 2014", "since 2013", "by 2030", "until 1991", "as of 2020") or the word "year"
 * ("the year 2012", "the years 2014 and 2015"), and, after a preposition, not followed by a count noun ("in 2000 troops"), a unit or a clock-time zone.
 * Lists continue the context: "in 2014 and 2015", "in 2012, 2016 and 2020". A year followed by
 * "to"/"-" and a number is left to dates/year-range ("from 2000 to 3000 meters" is no date at all).
 */
import type { DateCandidate } from '../types.js';
import { Trigger } from '../triggers.js';
import { candidate, groupSpan, patternParser } from '../pattern-parser.js';
import { YEAR4, words, yearMayEndHere } from '../patterns.js';
import { yearValue } from '../values.js';

const RULE = 'dates/bare-year';

const CONTEXT = words(
  'in',
  'since',
  'by',
  'until',
  'till',
  'from',
  'before',
  'after',
  'during',
  'throughout',
  'through',
  'circa',
  'as of',
  'prior to',
  'as early as',
  'as late as',
  'in the year',
  'the year',
  'year',
  'in the years',
  'the years',
  'years',
);

const SEPARATOR = '(?:,\\s*|,?\\s+(?:and|or)\\s+)';

const PATTERN = new RegExp(
  `(?<![\\w-])(?<context>${CONTEXT})\\s+(?<years>${YEAR4}(?:${SEPARATOR}${YEAR4})*)` +
    `(?!\\s*(?:to|through|until|till|-|–|/)\\s*\\d)`,
  'dg',
);

const ONE_YEAR = new RegExp(YEAR4, 'g');

export const bareYearParser = patternParser(RULE, Trigger.DIGITS, PATTERN, (context, match) => {
  const list = groupSpan(match, 'years');
  if (!list) return null;
  const contextWord = (match.groups?.context ?? '').toLowerCase();
  const found: DateCandidate[] = [];
  for (const m of context.text.slice(list[0], list[1]).matchAll(ONE_YEAR)) {
    const start = list[0] + m.index;
    const end = start + m[0].length;
    // After "year" the number is a year whatever follows ("the year 2000 troops were...").
    if (!yearMayEndHere(context.text, end, contextWord.includes('year') ? 'lenient' : 'strict')) break;
    const c = candidate(
      RULE,
      start,
      end,
      yearValue(Number(m[0]), { stated: ['year'], implied: [] }),
      `year after "${contextWord}"`,
    );
    if (c) found.push(c);
  }
  return found;
});
