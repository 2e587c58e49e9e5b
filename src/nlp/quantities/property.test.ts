/**
 * Invariants over arbitrary input: no throw; spans slice back to their text and stay inside their
 * sentence; values are finite; a range's end is above its start; mentions of a sentence do not overlap.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { QuantityMention } from '../../core/types.js';
import { recognizeQuantities, type SentenceBounds } from './index.js';
import { naiveSentences } from './testing.js';

function checkInvariants(
  text: string,
  sentences: readonly SentenceBounds[],
  mentions: readonly QuantityMention[],
): void {
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  let previous: QuantityMention | null = null;
  for (const m of mentions) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(m.start < m.end);
    const sentence = byIndex.get(m.sentence);
    assert.ok(sentence);
    assert.ok(m.start >= sentence.start && m.end <= sentence.end);
    assert.ok(Number.isFinite(m.quantity.value));
    assert.ok(m.quantity.value >= 0);
    assert.ok(m.quantity.unit.length > 0);
    if (m.quantity.valueEnd !== undefined) {
      assert.ok(Number.isFinite(m.quantity.valueEnd));
      assert.ok(m.quantity.valueEnd > m.quantity.value);
    }
    assert.ok(m.rule.startsWith('quantities/'));
    if (previous && previous.sentence === m.sentence) assert.ok(previous.end <= m.start);
    previous = m;
  }
}

function run(text: string): void {
  const sentences = naiveSentences(text);
  checkInvariants(text, sentences, recognizeQuantities(text, sentences));
  const whole = [{ index: 0, start: 0, end: text.length }];
  checkInvariants(text, whole, recognizeQuantities(text, whole));
}

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

/** Pieces that reach deep into the parsers when glued together at random. */
const piece = fc.constantFrom(
  '5',
  '6.45',
  '2,111',
  '1990',
  '2021',
  '0',
  '00',
  '999999999999999999999999999999',
  '1,000,000',
  '.',
  ',',
  '-',
  '–',
  ' ',
  ' ',
  '\u00a0',
  '\n',
  '$',
  'US$',
  '€',
  '£',
  '¥',
  'CN¥',
  'USD',
  'RMB',
  '%',
  'percent',
  'per cent',
  'percentage points',
  'billion',
  'million',
  'bn',
  'm',
  'k',
  'thousand',
  'trillion',
  'dozen',
  'a',
  'half',
  'one',
  'two',
  'twenty',
  'five',
  'hundred',
  'and',
  'to',
  'or',
  'between',
  'from',
  'about',
  'at least',
  'up to',
  'more than',
  'over',
  '~',
  'people',
  'countries',
  'doses',
  'Chinese',
  'state-owned',
  'enterprises',
  'km',
  'square kilometers',
  'km²',
  'hectares',
  'miles',
  'days',
  'day',
  'hours',
  'year',
  'old',
  'ago',
  'dollars',
  'yuan',
  'rubles',
  'Belarusian',
  'pounds',
  'of',
  'won',
  'The',
  'Resolution',
  'Article',
  'No.',
  'December',
  'G',
  'Su',
  'p.m.',
  ':',
  '/',
  '+',
  "'s",
  '’',
  's',
  'th',
  'x',
  'é',
  '😀',
  '\u0301',
  '\ud800',
);

test('no throw and invariants hold on arbitrary Unicode (code points)', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), run), { numRuns: 400 });
});

test('no throw and invariants hold on arbitrary UTF-16 (lone surrogates included)', () => {
  fc.assert(fc.property(fc.string({ unit: anyCodeUnit, maxLength: 200 }), run), { numRuns: 400 });
});

test('no throw and invariants hold on quantity-like soup', () => {
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')),
      run,
    ),
    { numRuns: 2000 },
  );
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(' ')),
      run,
    ),
    { numRuns: 2000 },
  );
});

test('random sentence bounds inside the text never throw', () => {
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(' ')),
      fc.nat(),
      fc.nat(),
      (text, a, b) => {
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = start + (text.length === 0 ? 0 : b % (text.length - start + 1));
        const sentences = [{ index: 0, start, end }];
        checkInvariants(text, sentences, recognizeQuantities(text, sentences));
      },
    ),
    { numRuns: 1000 },
  );
});
