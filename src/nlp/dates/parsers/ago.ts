/**
 * dates/ago — "three days ago", "a year ago", "two months ago". Counted back from the reference date;
 * the precision follows the unit (days and hours → day, weeks → ISO week, months → month,
 * years → year). Vague or approximate counts ("a few", "several", "about two years ago") are skipped:
 * they would give a precise-looking but wrong date.
 */
import { addDays, addMonths, isoWeekOf } from '../calendar.js';
import { Trigger } from '../triggers.js';
import { candidate, groupSpan, patternParser } from '../pattern-parser.js';
import { SMALL_NUMBER, smallNumber } from '../vocabulary.js';
import { dayValue, monthValue, weekValue, yearValue, type Parts } from '../values.js';

const DAY: Parts = { stated: [], implied: ['year', 'month', 'day'] };
const WEEK: Parts = { stated: [], implied: ['year', 'week'] };
const MONTH: Parts = { stated: [], implied: ['year', 'month'] };
const YEAR: Parts = { stated: [], implied: ['year'] };

const PATTERN = new RegExp(
  `(?<![\\w-])(?<n>${SMALL_NUMBER})\\s+(?<unit>hours?|days?|weeks?|months?|years?)\\s+ago(?![\\w-])`,
  'dgi',
);

/** Words before the count that make it approximate. */
const APPROXIMATE =
  /(?:about|around|some|nearly|almost|roughly|over|than|least|most|under|approximately|up to)\s*$/i;

export const agoParser = patternParser('dates/ago', Trigger.AGO, PATTERN, (context, match) => {
  const span = groupSpan(match, 0);
  const n = smallNumber(match.groups?.n ?? '');
  const unit = (match.groups?.unit ?? '').toLowerCase().replace(/s$/, '');
  if (!span || n === null || n === 0) return null;
  if (APPROXIMATE.test(context.text.slice(Math.max(0, span[0] - 20), span[0]))) return null;
  const ref = context.reference;
  const reason = `counted back from the reference date: "${match[0]}"`;
  const rule = 'dates/ago';
  switch (unit) {
    case 'hour':
      return candidate(rule, span[0], span[1], dayValue(ref.year, ref.month, ref.day, DAY), reason);
    case 'day': {
      const d = addDays(ref, -n);
      return candidate(rule, span[0], span[1], dayValue(d.year, d.month, d.day, DAY), reason);
    }
    case 'week': {
      const w = isoWeekOf(addDays(ref, -7 * n));
      return candidate(rule, span[0], span[1], weekValue(w.year, w.week, WEEK), reason);
    }
    case 'month': {
      const m = addMonths(ref.year, ref.month, -n);
      return candidate(rule, span[0], span[1], monthValue(m.year, m.month, MONTH), reason);
    }
    case 'year':
      return candidate(rule, span[0], span[1], yearValue(ref.year - n, YEAR), reason);
    default:
      return null;
  }
});
