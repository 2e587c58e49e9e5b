/**
 * dates/month-range — "from March to May 2023", "between January and April", "March-May 2023",
 * "from November 2022 to February 2023". A range of months; without a year, the end month is
 * resolved like a bare month and the start is the latest such month not after it.
 */
import { aroundYear, pickOccurrence } from '../instances.js';
import { Trigger } from '../triggers.js';
import { candidate, groupSpan, patternParser } from '../pattern-parser.js';
import { MONTH, MONTH_NO_DAY, YEAR4, readYearRef, words, yearMayEndHere } from '../patterns.js';
import { describeDirection, directionAt } from '../tense.js';
import { monthNumber } from '../vocabulary.js';
import { monthValue, rangeValue, type DateComponent } from '../values.js';

const WORDED =
  `(?<![\\w-])${words('from', 'between')}\\s+(?<from>${MONTH})(?:,?\\s+(?<fromYear>${YEAR4}))?` +
  `\\s+(?:to|and|through|until|till|-|–)\\s+(?<to>${MONTH_NO_DAY})` +
  `(?:,?\\s+(?<toYear>${YEAR4}|(?:this|last|next) year(?![\\w-])))?`;

const DASHED = `(?<![\\w-])(?<from2>${MONTH})\\s*[-–]\\s*(?<to2>${MONTH}),?\\s+(?<toYear2>${YEAR4})`;

const PATTERN = new RegExp(`${WORDED}|${DASHED}`, 'dg');

export const monthRangeParser = patternParser(
  'dates/month-range',
  Trigger.MONTH_NAME,
  PATTERN,
  (context, match) => {
    const span = groupSpan(match, 0);
    const g = match.groups ?? {};
    const from = monthNumber(g.from ?? g.from2 ?? '');
    const to = monthNumber(g.to ?? g.to2 ?? '');
    const toYearText = g.toYear ?? g.toYear2;
    if (!span || from === null || to === null) return null;
    if (toYearText !== undefined && /^\d/.test(toYearText) && !yearMayEndHere(context.text, span[1]))
      return null;
    if (g.fromYear !== undefined && toYearText === undefined) return null;

    const stated: DateComponent[] = ['month'];
    const implied: DateComponent[] = [];
    let toYear: number;
    let reason: string;
    if (toYearText !== undefined) {
      const y = readYearRef(toYearText, context.reference);
      if (!y) return null;
      toYear = y.year;
      (y.stated ? stated : implied).push('year');
      reason = y.stated ? 'months and year stated' : `year from "${toYearText}"`;
    } else {
      const direction = directionAt(context.text, span[0], span[1]);
      const end = pickOccurrence(
        aroundYear(context.reference.year, (y) => monthValue(y, to, { stated: [], implied: [] })),
        context.referenceIso,
        direction.direction,
      );
      if (!end) return null;
      toYear = Number(end.value.slice(0, 4));
      implied.push('year');
      reason = `year implied: end month ${describeDirection(direction)}`;
    }
    const fromYear = g.fromYear !== undefined ? Number(g.fromYear) : from <= to ? toYear : toYear - 1;
    const parts = { stated, implied };
    const date = rangeValue(monthValue(fromYear, from, parts), monthValue(toYear, to, parts), parts);
    return candidate('dates/month-range', span[0], span[1], date, reason);
  },
);
