/**
 * dates/month-part — part of a month: "the beginning of December", "the end of March 2020",
 * "early March", "mid-March", "late March this year", "the first half of May". The value keeps month
 * precision (the part is noted in the reason, not guessed as days). Without a year, the year is
 * implied as for a bare month.
 */
import { Trigger } from '../triggers.js';
import { candidate, groupSpan, patternParser } from '../pattern-parser.js';
import { MONTH_NO_DAY, YEAR4, YEAR_REF, words, yearMayEndHere } from '../patterns.js';
import { resolveMonth } from '../month-resolve.js';
import { monthNumber } from '../vocabulary.js';

const PART =
  `(?:(?<early>${words('early', 'mid', 'late')})[-\\s]|` +
  `(?:${words('the')}\\s+)?(?<part>beginning|start|end|middle|first half|second half|first week|last week|first days|last days)\\s+of\\s+)`;

const PATTERN = new RegExp(
  `(?<![\\w-])${PART}(?<month>${MONTH_NO_DAY})` +
    `(?:,?\\s+(?<year>${YEAR4}|(?:this|last|next) year(?![\\w-]))|\\s+of\\s+(?<ofYear>${YEAR_REF}))?`,
  'dg',
);

export const monthPartParser = patternParser(
  'dates/month-part',
  Trigger.MONTH_NAME,
  PATTERN,
  (context, match) => {
    const span = groupSpan(match, 0);
    const month = monthNumber(match.groups?.month ?? '');
    if (!span || month === null) return null;
    const yearText = match.groups?.year ?? match.groups?.ofYear;
    let end = span[1];
    let useYear = yearText;
    if (yearText !== undefined && /^\d/.test(yearText) && !yearMayEndHere(context.text, span[1])) {
      // "In early March, 2000 troops...": keep the month, drop the count.
      const monthSpan = groupSpan(match, 'month');
      if (!monthSpan) return null;
      end = monthSpan[1];
      useYear = undefined;
    }
    const qualifier = (match.groups?.early ?? match.groups?.part ?? '').toLowerCase();
    const resolved = resolveMonth(context, month, useYear, [span[0], end]);
    return candidate(
      'dates/month-part',
      span[0],
      end,
      resolved.date,
      `part of the month "${qualifier}"; ${resolved.reason}`,
    );
  },
);
