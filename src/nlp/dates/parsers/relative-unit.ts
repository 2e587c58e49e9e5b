/**
 * dates/relative-unit — "last year", "this year", "next year", "the current year", "last month",
 * "earlier this month", "next week", "this quarter". Counted from the reference date: years and months
 * by the calendar, weeks as ISO weeks, quarters as calendar quarters. "the last year", "the next month"
 * (after an article or possessive) mean a span or a narrative time, not a calendar unit: skipped.
 */
import { addDays, addMonths, isoWeekOf } from '../calendar.js';
import { Trigger } from '../triggers.js';
import { candidate, groupSpan, patternParser } from '../pattern-parser.js';
import { words } from '../patterns.js';
import { monthValue, quarterValue, weekValue, yearValue } from '../values.js';

const RULE = 'dates/relative-unit';

const PATTERN = new RegExp(
  `(?<![\\w-])(?<!\\b(?:the|The|his|her|its|their|our|my|your|a|first|very|whole|entire|of)\\s)` +
    `(?:(?<qualifier>${words('earlier', 'later', 'early', 'late')})\\s+)?` +
    `(?<which>${words('last', 'this', 'next', 'the current')})\\s+(?<unit>year|month|week|quarter)(?![\\w-])`,
  'dg',
);

export const relativeUnitParser = patternParser(RULE, Trigger.UNIT, PATTERN, (context, match) => {
  const span = groupSpan(match, 0);
  const g = match.groups ?? {};
  if (!span) return null;
  const which = (g.which ?? '').toLowerCase();
  const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  const ref = context.reference;
  const reason = `relative ${g.unit}${g.qualifier ? `, "${g.qualifier.toLowerCase()}" not narrowed` : ''}`;
  switch (g.unit) {
    case 'year':
      return candidate(
        RULE,
        span[0],
        span[1],
        yearValue(ref.year + step, { stated: [], implied: ['year'] }),
        reason,
      );
    case 'month': {
      const m = addMonths(ref.year, ref.month, step);
      return candidate(
        RULE,
        span[0],
        span[1],
        monthValue(m.year, m.month, { stated: [], implied: ['year', 'month'] }),
        reason,
      );
    }
    case 'week': {
      const w = isoWeekOf(addDays(ref, 7 * step));
      return candidate(
        RULE,
        span[0],
        span[1],
        weekValue(w.year, w.week, { stated: [], implied: ['year', 'week'] }),
        reason,
      );
    }
    case 'quarter': {
      const index = ref.year * 4 + Math.floor((ref.month - 1) / 3) + step;
      const date = quarterValue(Math.floor(index / 4), (index % 4) + 1, {
        stated: [],
        implied: ['year', 'quarter'],
      });
      return candidate(RULE, span[0], span[1], date, reason);
    }
    default:
      return null;
  }
});
