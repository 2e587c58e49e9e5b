/**
 * The quantity recognizer's internal records. Positions are offsets into the sentence text
 * (`SentenceContext.text`); `recognizeQuantities` shifts them into the article at the end.
 */
import type { Decimal } from './decimal.js';
import type { Multiplier } from './number-words.js';

/** One number as written: digits ("6.45", "2,111") or words ("five", "a dozen"), with its multiplier. */
export interface NumberExpression {
  readonly start: number;
  readonly end: number;
  readonly form: 'digits' | 'words';
  /** The value with the multiplier applied ("6.45 billion" → 6450000000). */
  readonly value: Decimal;
  /** The value as written before the multiplier ("6.45"); for words, the same as `value`. */
  readonly written: Decimal;
  readonly multiplier: Multiplier | null;
  /** The digits as written, without multiplier ("2021"), for the year test. */
  readonly digits: string | null;
}

/** A number or a range of two numbers ("5 to 6 billion", "between 10 and 20", "5-6"). */
export interface Amount {
  /** Start of the phrase, including a leading "between". */
  readonly start: number;
  readonly end: number;
  readonly low: NumberExpression;
  readonly high: NumberExpression | null;
  /** Lower bound, with the upper bound's multiplier when it was left out ("5 to 6 billion"). */
  readonly value: Decimal;
  readonly valueEnd: Decimal | null;
}

/** What every parser and refiner sees of a sentence. */
export interface SentenceContext {
  readonly text: string;
}

/** A quantity found by a parser, before refiners settle overlaps. */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  /** Where the first number starts (after any qualifier, currency sign or "between"). */
  readonly numberStart: number;
  /** Where the last number (and its multiplier) ends. */
  readonly numberEnd: number;
  /** Parser id, e.g. "quantities/money"; also the order of preference on overlap. */
  readonly rule: string;
  readonly priority: number;
  readonly value: Decimal;
  readonly valueEnd: Decimal | null;
  /** The multiplier of the last number, which a merged range's lower bound may inherit. */
  readonly multiplier: Multiplier | null;
  /** True when the first number carries its own multiplier. */
  readonly lowScaled: boolean;
  readonly unit: string;
  readonly currency: string | null;
  readonly qualifier: string | null;
  readonly reason: string;
}

export type CandidateDraft = Omit<Candidate, 'priority'>;

/** A parser looks at one amount and returns a candidate or null (never throws). */
export interface QuantityParser {
  readonly id: string;
  parse(amount: Amount, context: SentenceContext): CandidateDraft | null;
}

/** A refiner takes all candidates of a sentence and returns a new list (none for none: it only removes, settles or joins). */
export interface QuantityRefiner {
  readonly id: string;
  refine(candidates: readonly Candidate[], context: SentenceContext): readonly Candidate[];
}
