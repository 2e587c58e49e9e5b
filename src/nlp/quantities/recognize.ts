/**
 * recognizeQuantities: money, percentages, measures, durations and counts in an article, with exact
 * values and exact spans. Sentence by sentence: scan numbers (a cheap gate: sentences without a digit
 * or number word stop there), run every parser on every number, then the refiners.
 */
import { DyadError } from '../../core/errors.js';
import type { QuantityMention } from '../../core/types.js';
import { scanAmounts } from './amount.js';
import { PARSERS, REFINERS } from './config.js';
import { toNumber } from './decimal.js';
import type { Candidate, CandidateDraft, SentenceContext } from './types.js';

export interface SentenceBounds {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

function checkBounds(text: string, sentence: SentenceBounds): void {
  const { start, end } = sentence;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new DyadError(
      `sentences[${sentence.index}]`,
      `bounds ${start}..${end} are not a range inside the text (length ${text.length})`,
    );
  }
}

/**
 * A parser's draft with its priority, field by field in the draft's order (a spread would build each
 * candidate through a slower generic copy).
 */
function withPriority(d: CandidateDraft, priority: number): Candidate {
  return {
    start: d.start,
    end: d.end,
    numberStart: d.numberStart,
    numberEnd: d.numberEnd,
    rule: d.rule,
    value: d.value,
    valueEnd: d.valueEnd,
    multiplier: d.multiplier,
    lowScaled: d.lowScaled,
    unit: d.unit,
    currency: d.currency,
    qualifier: d.qualifier,
    reason: d.reason,
    priority,
  };
}

/** Candidates of one sentence, refined, with offsets local to the sentence. */
export function recognizeInSentence(sentenceText: string): readonly Candidate[] {
  const amounts = scanAmounts(sentenceText);
  if (amounts.length === 0) return [];
  const context: SentenceContext = { text: sentenceText };
  let candidates: Candidate[] = [];
  for (const amount of amounts) {
    for (let priority = 0; priority < PARSERS.length; priority++) {
      const found = PARSERS[priority]!.parse(amount, context);
      if (found) candidates.push(withPriority(found, priority));
    }
  }
  // With no candidate there is nothing to refine (a refiner only removes, settles or joins).
  if (candidates.length === 0) return candidates;
  for (const refiner of REFINERS) candidates = [...refiner.refine(candidates, context)];
  return candidates;
}

function toMention(text: string, sentence: SentenceBounds, candidate: Candidate): QuantityMention | null {
  const value = toNumber(candidate.value);
  const valueEnd = candidate.valueEnd ? toNumber(candidate.valueEnd) : null;
  if (!Number.isFinite(value) || (valueEnd !== null && !Number.isFinite(valueEnd))) return null;
  const start = sentence.start + candidate.start;
  const end = sentence.start + candidate.end;
  return {
    kind: 'quantity',
    start,
    end,
    text: text.slice(start, end),
    sentence: sentence.index,
    rule: candidate.rule,
    reason: candidate.reason,
    quantity: {
      value,
      unit: candidate.unit,
      ...(candidate.currency ? { currency: candidate.currency } : {}),
      ...(valueEnd !== null ? { valueEnd } : {}),
      ...(candidate.qualifier ? { qualifier: candidate.qualifier } : {}),
    },
  };
}

/**
 * Every quantity in `text`, sentence by sentence, in text order. Offsets are into `text` and
 * `text.slice(m.start, m.end) === m.text` always holds. Throws DyadError only for sentence bounds
 * that do not lie inside the text.
 */
export function recognizeQuantities(text: string, sentences: readonly SentenceBounds[]): QuantityMention[] {
  const mentions: QuantityMention[] = [];
  for (const sentence of sentences) {
    checkBounds(text, sentence);
    if (sentence.start === sentence.end) continue;
    for (const candidate of recognizeInSentence(text.slice(sentence.start, sentence.end))) {
      const mention = toMention(text, sentence, candidate);
      if (mention) mentions.push(mention);
    }
  }
  return mentions;
}
