/**
 * dates/month-year — a month with its year: "July 2015", "July, 2015", "March of 2015",
 * "March this year", "March of this year", "August of this year", "March last year",
 * "March of the current year". A numeric year after a comma must not be a count ("In March, 2000
 * troops...").
 */
import { Trigger } from '../triggers.js';
import { candidate, groupSpan, patternParser } from '../pattern-parser.js';
import { MONTH, YEAR4, YEAR_REF, yearMayEndHere } from '../patterns.js';
import { resolveMonth } from '../month-resolve.js';
import { monthNumber } from '../vocabulary.js';

const PATTERN = new RegExp(
  `(?<![\\w-])(?<month>${MONTH})(?:,?\\s+(?<year>${YEAR4}|(?:this|last|next) year(?![\\w-]))|\\s+of\\s+(?<ofYear>${YEAR_REF}))`,
  'dg',
);

export const monthYearParser = patternParser(
  'dates/month-year',
  Trigger.MONTH_NAME,
  PATTERN,
  (context, match) => {
    const span = groupSpan(match, 0);
    const month = monthNumber(match.groups?.month ?? '');
    const yearText = match.groups?.year ?? match.groups?.ofYear;
    if (!span || month === null || yearText === undefined) return null;
    // "March 2015 found": a month before the number already makes it a year; after a comma the number may
    // be a count ("In March, 2000 troops...").
    const comma = match[0].includes(',');
    if (/^\d/.test(yearText) && !yearMayEndHere(context.text, span[1], comma ? 'strict' : 'lenient'))
      return null;
    const resolved = resolveMonth(context, month, yearText, span);
    return candidate('dates/month-year', span[0], span[1], resolved.date, resolved.reason);
  },
);
