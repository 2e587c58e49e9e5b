/**
 * dates/year-part — "early 2020", "mid-2020", "late 2019", "the beginning of 2022", "the end of the
 * year", "the end of last year", "by the start of next year". The value keeps year precision (the part
 * is noted in the reason rather than guessed as months).
 */
import { Trigger } from '../triggers.js';
import { candidate, groupSpan, patternParser } from '../pattern-parser.js';
import { YEAR_REF, readYearRef, words, yearMayEndHere } from '../patterns.js';
import { yearValue } from '../values.js';

const RULE = 'dates/year-part';

const PATTERN = new RegExp(
  `(?<![\\w-])(?:(?<early>${words('early', 'mid', 'late')})[-\\s]|` +
    `(?:${words('the')}\\s+)?(?<part>beginning|start|end|middle|close|turn)\\s+of\\s+)(?<year>${YEAR_REF})`,
  'dg',
);

export const yearPartParser = patternParser(
  RULE,
  Trigger.DIGITS | Trigger.UNIT,
  PATTERN,
  (context, match) => {
    const span = groupSpan(match, 0);
    const g = match.groups ?? {};
    if (!span || g.year === undefined) return null;
    if (/^\d/.test(g.year) && !yearMayEndHere(context.text, span[1])) return null;
    const y = readYearRef(g.year, context.reference);
    if (!y) return null;
    const parts = y.stated
      ? { stated: ['year' as const], implied: [] }
      : { stated: [], implied: ['year' as const] };
    const qualifier = (g.early ?? g.part ?? '').toLowerCase();
    const reason = `part of the year "${qualifier}"${y.stated ? '' : `; year from "${g.year}"`}`;
    return candidate(RULE, span[0], span[1], yearValue(y.year, parts), reason);
  },
);
