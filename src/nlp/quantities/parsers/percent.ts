/**
 * Percentages: "83.6%", "83.6 percent", "83.6 per cent", "10-percent", "19.7 percentage points",
 * "25 basis points". Unit "percent", "percentage points" or "basis points".
 */
import { stickyAt } from '../context.js';
import type { Amount, CandidateDraft, QuantityParser, SentenceContext } from '../types.js';
import { draft } from './shared.js';

const RULE = 'quantities/percent';

const SIGN = /[ \u00a0]?[%\uff05]/y;
const WORDS =
  /(?:[ \u00a0]*|[-\u2010\u2011])(?:(percentage[ \u00a0-]+points?)|(basis[ \u00a0-]+points?|bps)|(per[ \u00a0]?cent|percent|pct))(?![\p{L}\p{N}])/iuy;

export const percentParser: QuantityParser = {
  id: RULE,
  parse(amount: Amount, context: SentenceContext): CandidateDraft | null {
    const { text } = context;
    const sign = stickyAt(SIGN, text, amount.end);
    if (sign) {
      return draft(amount, context, {
        rule: RULE,
        start: amount.start,
        end: amount.end + sign[0].length,
        unit: 'percent',
        reason: 'percent sign',
      });
    }
    const words = stickyAt(WORDS, text, amount.end);
    if (!words) return null;
    const unit = words[1] ? 'percentage points' : words[2] ? 'basis points' : 'percent';
    return draft(amount, context, {
      rule: RULE,
      start: amount.start,
      end: amount.end + words[0].length,
      unit,
      reason: `unit word '${words[0].trim()}'`,
    });
  },
};
