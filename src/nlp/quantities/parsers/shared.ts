/** Building blocks the parsers share: turning an amount plus unit into a candidate draft. */
import { qualifierBefore } from '../qualifiers.js';
import type { Amount, CandidateDraft, SentenceContext } from '../types.js';

export interface DraftParts {
  readonly rule: string;
  /** Where the quantity phrase starts before any qualifier (the amount, or a currency sign before it). */
  readonly start: number;
  readonly end: number;
  readonly unit: string;
  readonly currency?: string;
  readonly reason: string;
  /** Overrides the amount's values (a reinterpreted "5m" = 5 metres). */
  readonly value?: CandidateDraft['value'];
  readonly valueEnd?: CandidateDraft['valueEnd'];
}

/** A candidate for `amount`, with the qualifier written before `parts.start` taken into the span. */
export function draft(amount: Amount, context: SentenceContext, parts: DraftParts): CandidateDraft {
  const qualifier = qualifierBefore(context.text, parts.start);
  const last = amount.high ?? amount.low;
  return {
    start: qualifier ? qualifier.start : parts.start,
    end: parts.end,
    numberStart: amount.low.start,
    numberEnd: last.end,
    rule: parts.rule,
    value: parts.value ?? amount.value,
    valueEnd: parts.valueEnd !== undefined ? parts.valueEnd : amount.valueEnd,
    multiplier: last.multiplier,
    lowScaled: amount.low.multiplier !== null,
    unit: parts.unit,
    currency: parts.currency ?? null,
    qualifier: qualifier ? qualifier.text : null,
    reason: parts.reason,
  };
}

/** "multiplier 'billion'" or "" for the reason text. */
export function multiplierNote(amount: Amount): string {
  const last = amount.high ?? amount.low;
  return last.multiplier ? `; multiplier '${last.multiplier.text}'` : '';
}
