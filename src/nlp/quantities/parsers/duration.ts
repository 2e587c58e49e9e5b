/**
 * Durations: "three hours", "48 hours", "at least 15 years", "a two-day visit" (a compound
 * adjective still states a duration: 2 days), "one hour". Unit: the plural noun ("days").
 * Left out on purpose: ages ("a 41-year-old", "11 years old") and relative dates ("two years ago",
 * "two days later", "three weeks after the vote"), which belong to the dates recognizer, and a bare
 * "one day" that means "some day" (kept after a preposition: "for one day").
 */
import { compare, integer } from '../decimal.js';
import { matchBefore, stickyAt } from '../context.js';
import { DURATION_UNITS } from '../units.js';
import type { Amount, CandidateDraft, QuantityParser, SentenceContext } from '../types.js';
import { draft } from './shared.js';

const RULE = 'quantities/duration';

const UNIT = new RegExp(
  String.raw`(?:([ \u00a0]+)|[-\u2010\u2011])(${Object.keys(DURATION_UNITS).join('|')}|centuries)(s?)(?![\p{L}\p{N}])`,
  'iuy',
);
const AGE = /(?:[-\u2010\u2011]|[ \u00a0]+)olds?(?![\p{L}])/iuy;
const RELATIVE =
  /[ \u00a0]+(?:ago|later|earlier|before|after|afterwards|hence|prior|previously|back|from[ \u00a0]+now)(?![\p{L}])/iuy;
/** "one day" alone is usually "some day" ("one day he will..."); as a duration it follows a preposition. */
const ONE_DAY_CONTEXT =
  /(?<![\p{L}])(?:for|in|within|only|just|than|about|over|last|past|next|first|each|every|per|of)[ \u00a0]+$/iu;

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
    if (spaced && unit === 'days' && amount.low.form === 'words' && one && !amount.high) {
      if (!matchBefore(ONE_DAY_CONTEXT, text, amount.start, 12)) return null;
    }
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
