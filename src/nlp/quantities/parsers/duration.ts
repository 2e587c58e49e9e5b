/**
 * Durations: "three hours", "48 hours", "at least 15 years", "a two-day visit" (a compound
 * adjective still states a duration: 2 days), "one hour". Unit: the plural noun ("days").
 * Left out on purpose: ages ("a 41-year-old", "11 years old") and relative dates ("two years ago",
 * "two days later", "three weeks after the vote"), which belong to the dates recognizer.
 */
import { compare, integer } from '../decimal.js';
import { stickyAt } from '../context.js';
import { DURATION_UNITS } from '../units.js';
import type { Amount, CandidateDraft, QuantityParser, SentenceContext } from '../types.js';
import { draft } from './shared.js';

const RULE = 'quantities/duration';

const UNIT = new RegExp(
  String.raw`(?:([ \u00a0]+)|[-\u2010\u2011])(${Object.keys(DURATION_UNITS).join('|')}|centuries)(s?)(?![\p{L}\p{N}])`,
  'iuy',
);
const AGE = /(?:[-\u2010\u2011]|[ \u00a0]+)old(?![\p{L}])/iuy;
const RELATIVE =
  /[ \u00a0]+(?:ago|later|earlier|before|after|afterwards|hence|prior|from[ \u00a0]+now)(?![\p{L}])/iuy;

export const durationParser: QuantityParser = {
  id: RULE,
  parse(amount: Amount, context: SentenceContext): CandidateDraft | null {
    const { text } = context;
    const match = stickyAt(UNIT, text, amount.end);
    if (!match?.[2]) return null;
    const noun = match[2].toLowerCase();
    const unit = noun === 'centuries' ? 'centuries' : DURATION_UNITS[noun];
    if (!unit) return null;
    const spaced = match[1] !== undefined;
    const plural = match[3] !== '' || noun === 'centuries';
    const one = compare(amount.valueEnd ?? amount.value, integer(1)) === 0;
    // "three day" is not English; singular only for one ("one hour") or in a compound ("two-day").
    if (spaced && !plural && !one) return null;
    const end = amount.end + match[0].length;
    if (stickyAt(AGE, text, end) || stickyAt(RELATIVE, text, end)) return null;
    return draft(amount, context, {
      rule: RULE,
      start: amount.start,
      end,
      unit,
      reason: spaced ? `time unit '${match[2]}${match[3] ?? ''}'` : `compound adjective '-${match[2]}'`,
    });
  },
};
