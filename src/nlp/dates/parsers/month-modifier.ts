/**
 * dates/month-modifier — "last March" (the latest March that ended before the reference date),
 * "next March" (the first one after it), "this March" (the reference year's), "this past March".
 */
import { Trigger } from '../triggers.js';
import { candidate, groupSpan, patternParser } from '../pattern-parser.js';
import { MONTH_NO_DAY, words } from '../patterns.js';
import { resolveMonth } from '../month-resolve.js';
import { monthNumber } from '../vocabulary.js';

const PATTERN = new RegExp(
  `(?<![\\w-])(?<modifier>${words('this past', 'last', 'next', 'this')})\\s+(?<month>${MONTH_NO_DAY})`,
  'dg',
);

export const monthModifierParser = patternParser(
  'dates/month-modifier',
  Trigger.MONTH_NAME,
  PATTERN,
  (context, match) => {
    const span = groupSpan(match, 0);
    const month = monthNumber(match.groups?.month ?? '');
    const modifier = (match.groups?.modifier ?? '').toLowerCase();
    if (!span || month === null) return null;
    const resolved =
      modifier === 'this'
        ? resolveMonth(context, month, 'this year', span)
        : resolveMonth(context, month, undefined, span, modifier === 'next' ? 'next' : 'last');
    return candidate('dates/month-modifier', span[0], span[1], resolved.date, resolved.reason);
  },
);
