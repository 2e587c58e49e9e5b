/**
 * Helpers for the quantity tests and bench: a naive sentence splitter (the real one is the
 * tokenizer's) and a compact view of mentions.
 */
import assert from 'node:assert/strict';
import type { QuantityMention } from '../../core/types.js';
import { recognizeQuantities, type SentenceBounds } from './recognize.js';

const BOUNDARY = /[.!?]["\u201d\u2019')\]]*\s+(?=["\u201c\u2018(]?[A-Z0-9])|\n+/g;
const ABBREVIATION =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|Art|U\.S|U\.N|U\.K|E\.U|a\.m|p\.m|vs|etc|Inc|Corp|Co|Ltd|Jr|Sr)|\b[A-Z])$/;

/** Splits on sentence-final punctuation followed by a capital or digit, and on newlines. */
export function naiveSentences(text: string): SentenceBounds[] {
  const sentences: SentenceBounds[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    const punctuationEnd = match.index + 1;
    if (match[0][0] === '.' && ABBREVIATION.test(text.slice(Math.max(start, match.index - 6), match.index)))
      continue;
    const end =
      match[0][0] === '\n' ? match.index : punctuationEnd + match[0].slice(1).replace(/\s+$/, '').length;
    if (end > start) sentences.push({ index: sentences.length, start, end });
    start = match.index + match[0].length;
  }
  if (start < text.length) sentences.push({ index: sentences.length, start, end: text.length });
  return sentences;
}

/** Quantities of a single-sentence text. */
export function quantitiesOf(text: string): QuantityMention[] {
  return recognizeQuantities(text, [{ index: 0, start: 0, end: text.length }]);
}

/** A compact, comparable view: [text, value, unit, extras]. */
export function view(mention: QuantityMention): Record<string, unknown> {
  const { value, unit, currency, valueEnd, qualifier } = mention.quantity;
  return {
    text: mention.text,
    value,
    unit,
    ...(currency !== undefined ? { currency } : {}),
    ...(valueEnd !== undefined ? { valueEnd } : {}),
    ...(qualifier !== undefined ? { qualifier } : {}),
    rule: mention.rule,
  };
}

export interface Expected {
  readonly text: string;
  readonly value: number;
  readonly unit: string;
  readonly currency?: string;
  readonly valueEnd?: number;
  readonly qualifier?: string;
  readonly rule: string;
}

/** Asserts that `text` yields exactly `expected` (text, value, unit, extras, rule), in order. */
export function assertQuantities(text: string, expected: readonly Expected[]): void {
  const mentions = quantitiesOf(text);
  assert.deepEqual(mentions.map(view), expected, text);
  for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
}
