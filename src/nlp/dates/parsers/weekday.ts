/**
 * dates/weekday — "on Tuesday", "said Monday", "last Friday", "next Wednesday", "this Thursday".
 * A bare weekday is the most recent one on or before the reference date (the reference day itself
 * counts), unless its clause looks ahead ("will meet on Tuesday"); "last" is strictly before, "next"
 * strictly after, "this" the one in the reference date's ISO week. Holidays named after a weekday
 * ("Good Friday", "Super Tuesday") and schedules ("Monday to Friday") are not dates.
 */
import type { DateValue } from '../../../core/types.js';
import { addDays, weekdayOf, type Day } from '../calendar.js';
import { pickOccurrence, type Pick } from '../instances.js';
import { Trigger } from '../triggers.js';
import { candidate, groupSpan, patternParser } from '../pattern-parser.js';
import { WEEKDAY, words } from '../patterns.js';
import { describeDirection, directionAt } from '../tense.js';
import { weekdayNumber } from '../vocabulary.js';
import { dayValue, type Parts } from '../values.js';

const PATTERN = new RegExp(
  `\\b(?:(?<modifier>${words('this past', 'last', 'next', 'this', 'past')})\\s+)?(?<weekday>${WEEKDAY})`,
  'dg',
);

/** Words before a weekday that make it a holiday's name ("Good Friday", "Super Tuesday", "Mail on Sunday"). */
const HOLIDAY_BEFORE =
  /\b(?:Black|Good|Super|Ash|Bloody|Cyber|Holy|Palm|Easter|Maundy|Shrove|Giving|Blue|Orthodox|Clean|Great|Whit|Mothering|Fat|Low|Mail on)\s+$/;

/** A schedule ("Monday to Friday"), before or after the weekday. */
const RANGE_BEFORE = new RegExp(`${WEEKDAY}\\s*(?:-|–|through|to|till|until)\\s*$`);
const RANGE_AFTER = new RegExp(`^\\s*(?:-|–|through|to|till|until)\\s*${WEEKDAY}`);

/** Newspapers and institutions named after a weekday. */
const NAME_AFTER =
  /^\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Independent|Observer|Mail|School|Service|supplement|edition|newspaper|paper|magazine|school)\b/;

function isDate(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  const after = text.slice(end, end + 30);
  return (
    !HOLIDAY_BEFORE.test(before) &&
    !RANGE_BEFORE.test(before) &&
    !RANGE_AFTER.test(after) &&
    !NAME_AFTER.test(after)
  );
}

const PARTS: Parts = { stated: ['weekday'], implied: ['year', 'month', 'day'] };

/** The days with this weekday within a week either side of the reference date. */
function occurrences(reference: Day, weekday: number): DateValue[] {
  const back = (weekdayOf(reference) - weekday + 7) % 7;
  const out: DateValue[] = [];
  for (const k of [-back - 7, -back, 7 - back]) {
    if (k < -7 || k > 7) continue;
    const d = addDays(reference, k);
    const v = dayValue(d.year, d.month, d.day, PARTS);
    if (v) out.push(v);
  }
  return out;
}

export const weekdayParser = patternParser('dates/weekday', Trigger.WEEKDAY, PATTERN, (context, match) => {
  const span = groupSpan(match, 0);
  const weekday = weekdayNumber(match.groups?.weekday ?? '');
  if (!span || weekday === null || !isDate(context.text, span[0], span[1])) return null;
  const modifier = (match.groups?.modifier ?? '').toLowerCase();
  const options = occurrences(context.reference, weekday);
  const rule = 'dates/weekday';
  if (modifier === 'this') {
    // Same ISO week (Monday to Sunday) as the reference date.
    const refIsoWeekday = ((weekdayOf(context.reference) + 6) % 7) + 1;
    const isoWeekday = ((weekday + 6) % 7) + 1;
    const d = addDays(context.reference, isoWeekday - refIsoWeekday);
    return candidate(rule, span[0], span[1], dayValue(d.year, d.month, d.day, PARTS), 'weekday of this week');
  }
  if (modifier !== '') {
    const pick: Pick = modifier === 'next' ? 'next' : 'last';
    const reason = pick === 'next' ? 'first after the reference date' : 'last before the reference date';
    return candidate(rule, span[0], span[1], pickOccurrence(options, context.referenceIso, pick), reason);
  }
  const direction = directionAt(context.text, span[0], span[1]);
  return candidate(
    rule,
    span[0],
    span[1],
    pickOccurrence(options, context.referenceIso, direction.direction),
    describeDirection(direction),
  );
});
