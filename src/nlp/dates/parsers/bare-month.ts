/**
 * dates/bare-month — a month name without a day or year after a preposition: "in March",
 * "since January", "until Dec.", "in March and April". Year implied: the most recent such month on or
 * before the reference date (the current month counts) unless the clause looks ahead ("will visit in
 * March"). Chrono would pick the nearest March, often the next one. A year after the list holds for
 * all its months ("in April and May 2019"). "May" needs an unambiguous
 * preposition ("by May" may be a person); a month followed by a number is chrono's.
 */
import type { DateCandidate } from '../types.js';
import { Trigger } from '../triggers.js';
import { candidate, groupSpan, patternParser } from '../pattern-parser.js';
import { MONTH_NO_DAY, YEAR4, words, yearMayEndHere } from '../patterns.js';
import { resolveMonth } from '../month-resolve.js';
import { monthNumber } from '../vocabulary.js';

const PREPOSITIONS = words(
  'in',
  'since',
  'until',
  'till',
  'by',
  'before',
  'after',
  'during',
  'throughout',
  'through',
  'from',
  'early in',
  'late in',
  'earlier in',
  'later in',
  'as of',
);

/** Prepositions after which "May" is the month rather than a name. */
const MAY_PREPOSITIONS = /^(?:in|since|until|till|during|throughout|early in|late in|earlier in|later in)$/i;

const ONE_MONTH = MONTH_NO_DAY;

const PATTERN = new RegExp(
  `(?<![\\w-])(?<prep>${PREPOSITIONS})\\s+(?<months>${ONE_MONTH}(?:(?:,\\s*|,?\\s+(?:and|or)\\s+)${ONE_MONTH})*)` +
    `(?:\\s+(?<year>${YEAR4}))?`,
  'dg',
);

const MONTH_IN_LIST = new RegExp(ONE_MONTH, 'g');

export const bareMonthParser = patternParser(
  'dates/bare-month',
  Trigger.MONTH_NAME,
  PATTERN,
  (context, match) => {
    const list = groupSpan(match, 'months');
    const prep = match.groups?.prep ?? '';
    if (!list) return null;
    // "in April and May 2019": the year after the list holds for every month in it (the last one with
    // its year is dates/month-year's, which wins on length).
    const yearSpan = groupSpan(match, 'year');
    const year =
      yearSpan && yearMayEndHere(context.text, yearSpan[1], 'lenient') ? match.groups?.year : undefined;
    const out: DateCandidate[] = [];
    for (const m of context.text.slice(list[0], list[1]).matchAll(MONTH_IN_LIST)) {
      const month = monthNumber(m[0]);
      if (month === null) continue;
      if (month === 5 && m[0] === 'May' && !MAY_PREPOSITIONS.test(prep.replace(/\s+/g, ' '))) continue;
      const span = [list[0] + m.index, list[0] + m.index + m[0].length] as const;
      const resolved = resolveMonth(context, month, year, span);
      const reason = `after "${prep}"; ${year === undefined ? resolved.reason : 'year from the end of the list'}`;
      const c = candidate('dates/bare-month', span[0], span[1], resolved.date, reason);
      if (c) out.push(c);
    }
    return out;
  },
);
