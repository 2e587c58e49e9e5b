import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { DateMention } from '../../core/types.js';
import { recognizeDates, type SentenceSpan } from './recognize.js';
import { dateBounds } from './values.js';

/** Words and pieces the parsers react to, so random text reaches every parser and refiner. */
const PIECES = [
  'in',
  'since',
  'by',
  'from',
  'to',
  'and',
  'between',
  'the',
  'of',
  'on',
  'at',
  'last',
  'next',
  'this',
  'early',
  'late',
  'mid-',
  'beginning of',
  'end of',
  'first',
  'three',
  'quarters',
  'quarter',
  'half',
  'months',
  'year',
  'month',
  'week',
  'ago',
  'will',
  'said',
  ',',
  '.',
  '-',
  '/',
  '’',
  "'",
  'March',
  'May',
  'Sept.',
  'Dec.',
  'December',
  'Monday',
  'Friday',
  'summer',
  'Winter',
  'fall',
  'Q3',
  'H1',
  '1990s',
  "'90s",
  '2014',
  '2000',
  '1800',
  '2100',
  '2014-15',
  '1999',
  '4',
  '15',
  '31',
  '2023-12-04',
  '25/12/2023',
  '12/04/2023',
  'yesterday',
  'today',
  'tonight',
  'at 5 p.m.',
  'troops',
  'GMT',
  '%',
  'km',
  'attacks',
  '\u00e9',
  '\ud83d\ude00',
  '\u2028',
  '\t',
  '\n',
];

const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((ws) => ws.join(' '));
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  soup,
  fc.tuple(fc.string({ unit: 'grapheme', maxLength: 40 }), soup).map(([a, b]) => a + b),
);

const reference = fc.option(
  fc
    .tuple(
      fc.integer({ min: 1800, max: 2200 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
);

const cuts = fc.array(fc.nat({ max: 10_000 }), { maxLength: 6 });

function sentencesOf(t: string, cutPoints: readonly number[]): SentenceSpan[] {
  const points = [...new Set(cutPoints.map((c) => c % (t.length + 1)))].sort((a, b) => a - b);
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const p of [...points, t.length]) {
    if (p < start) continue;
    spans.push({ index: spans.length, start, end: p });
    start = p;
  }
  return spans;
}

function checkMention(
  t: string,
  sentences: readonly SentenceSpan[],
  ref: string | null,
  m: DateMention,
): void {
  assert.equal(m.kind, 'date');
  assert.match(m.rule, /^dates\/[a-z-]+$/);
  assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end));
  assert.ok(0 <= m.start && m.start < m.end && m.end <= t.length);
  assert.equal(t.slice(m.start, m.end), m.text);
  const s = sentences[m.sentence];
  assert.ok(s && s.start <= m.start && m.end <= s.end, 'inside its sentence');
  if (ref !== null) assert.ok(m.date, 'resolved when the reference is known');
  if (m.date) {
    const d = m.date;
    assert.ok(d.start <= d.end);
    assert.deepEqual(dateBounds(d.value), { precision: d.precision, start: d.start, end: d.end });
    assert.ok(d.stated.every((c) => !d.implied.includes(c)));
    if (ref === null) assert.deepEqual(d.implied, [], 'nothing implied without a reference');
  } else {
    assert.equal(ref, null);
    assert.ok(m.reason);
  }
}

test('arbitrary text never throws; spans slice back; values agree with their bounds', () => {
  fc.assert(
    fc.property(text, reference, cuts, (t, ref, cutPoints) => {
      const sentences = sentencesOf(t, cutPoints);
      const found = recognizeDates(t, sentences, ref);
      let previousEnd = 0;
      for (const m of found) {
        checkMention(t, sentences, ref, m);
        assert.ok(m.start >= previousEnd, 'in text order, without overlap');
        previousEnd = m.end;
      }
    }),
    { numRuns: 600 },
  );
});

test('the same text gives the same spans with or without a reference', () => {
  fc.assert(
    fc.property(soup, reference, (t, ref) => {
      const one = [{ index: 0, start: 0, end: t.length }];
      const withRef = recognizeDates(t, one, ref ?? '2023-12-07').map((m) => [m.start, m.end, m.rule]);
      const without = recognizeDates(t, one, null).map((m) => [m.start, m.end, m.rule]);
      // Without a reference a year-less date cannot be pushed to another year, so the readings agree.
      assert.deepEqual(without, withRef);
    }),
    { numRuns: 300 },
  );
});
