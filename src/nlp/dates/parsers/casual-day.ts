/**
 * dates/casual-day — "yesterday", "today", "tomorrow", "tonight", "last night", "this morning",
 * "the day before yesterday". Days counted from the reference date, so every part is implied.
 */
import { addDays } from '../calendar.js';
import { Trigger } from '../triggers.js';
import { candidate, groupSpan, patternParser } from '../pattern-parser.js';
import { dayValue } from '../values.js';

const PATTERN =
  /(?<![\w-])(?:[Tt]he day (?:before yesterday|after tomorrow)|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Ll]ast night|[Tt]his (?:morning|afternoon|evening))(?![\w-])/dg;

function offsetOf(phrase: string): number {
  const p = phrase.toLowerCase();
  if (p === 'the day before yesterday') return -2;
  if (p === 'the day after tomorrow') return 2;
  if (p === 'yesterday' || p === 'last night') return -1;
  if (p === 'tomorrow') return 1;
  return 0;
}

export const casualDayParser = patternParser(
  'dates/casual-day',
  Trigger.CASUAL,
  PATTERN,
  (context, match) => {
    const span = groupSpan(match, 0);
    if (!span) return null;
    const day = addDays(context.reference, offsetOf(match[0]));
    return candidate(
      'dates/casual-day',
      span[0],
      span[1],
      dayValue(day.year, day.month, day.day, { stated: [], implied: ['year', 'month', 'day'] }),
      `relative day "${match[0]}"`,
    );
  },
);
