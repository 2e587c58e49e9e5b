import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { DedupDate } from './types.js';
import { compareDates, dateClass, describeDate, searchWindow } from './window.js';
import { addDays } from './days.js';

const day = (iso: string): DedupDate => ({ precision: 'day', start: iso, end: iso });
const inferred = (iso: string): DedupDate => ({ precision: 'inferred', start: iso, end: iso });
const month = (ym: string, last: string): DedupDate => ({
  precision: 'month',
  start: `${ym}-01`,
  end: `${ym}-${last}`,
});
const year = (y: string): DedupDate => ({ precision: 'year', start: `${y}-01-01`, end: `${y}-12-31` });
const range = (start: string, end: string): DedupDate => ({ precision: 'range', start, end });

test('classes by precision; ranges by length', () => {
  assert.equal(dateClass(day('2024-03-05')), 'point');
  assert.equal(dateClass(inferred('2024-03-05')), 'inferred');
  assert.equal(dateClass(month('2024-03', '31')), 'period');
  assert.equal(dateClass({ precision: 'week', start: '2024-03-04', end: '2024-03-10' }), 'period');
  assert.equal(dateClass(range('2024-03-03', '2024-03-05')), 'period');
  assert.equal(dateClass(range('2024-03-01', '2024-03-31')), 'period', '31 days is still short');
  assert.equal(dateClass(range('2024-03-01', '2024-04-01')), 'coarse');
  assert.equal(dateClass({ precision: 'quarter', start: '2024-01-01', end: '2024-03-31' }), 'coarse');
  assert.equal(dateClass({ precision: 'season', start: '2024-06-01', end: '2024-08-31' }), 'coarse');
  assert.equal(dateClass(year('2024')), 'coarse');
  assert.equal(dateClass(null), 'undated');
});

test('day precision: ±1 day merges, 2 days apart does not', () => {
  assert.ok(compareDates(day('2024-03-05'), day('2024-03-05')).ok);
  const one = compareDates(day('2024-03-05'), day('2024-03-06'));
  assert.ok(one.ok);
  assert.equal(one.gapDays, 1);
  assert.equal(one.toleranceDays, 1);
  assert.match(one.text, /1 day apart, window ±1 day/);
  assert.ok(compareDates(day('2024-02-29'), day('2024-03-01')).ok, 'across a month end');
  const two = compareDates(day('2024-03-05'), day('2024-03-07'));
  assert.equal(two.ok, false);
  assert.equal(two.gapDays, 2);
  assert.match(two.text, /2 days apart.*too far/);
  assert.equal(compareDates(day('2024-03-05'), day('2024-04-05')).ok, false, 'a month apart');
});

test('month precision: same month only', () => {
  assert.ok(compareDates(month('2024-03', '31'), month('2024-03', '31')).ok);
  assert.equal(compareDates(month('2024-03', '31'), month('2024-04', '30')).ok, false);
  assert.ok(compareDates(month('2024-03', '31'), day('2024-03-31')).ok, 'a day inside the month');
  assert.equal(compareDates(month('2024-03', '31'), day('2024-04-01')).ok, false, 'the next day is outside');
  assert.ok(
    compareDates(range('2024-03-30', '2024-04-02'), month('2024-04', '30')).ok,
    'short range overlaps',
  );
});

test('inferred dates merge cautiously', () => {
  assert.ok(compareDates(inferred('2024-03-05'), inferred('2024-03-05')).ok, 'same publication day');
  const next = compareDates(inferred('2024-03-05'), inferred('2024-03-06'));
  assert.equal(next.ok, false, 'publication dates a day apart do not');
  assert.equal(next.rule, 'same-day');
  assert.ok(compareDates(inferred('2024-03-06'), day('2024-03-05')).ok, 'a stated day ±1');
  assert.equal(compareDates(inferred('2024-03-07'), day('2024-03-05')).ok, false);
  const withMonth = compareDates(inferred('2024-03-06'), month('2024-03', '31'));
  assert.equal(withMonth.ok, false);
  assert.equal(withMonth.rule, 'inferred-vs-period');
});

test('coarse dates merge only with the same coarse date', () => {
  assert.ok(compareDates(year('2024'), year('2024')).ok);
  assert.equal(compareDates(year('2024'), year('2025')).ok, false);
  const withDay = compareDates(year('2024'), day('2024-03-05'));
  assert.equal(withDay.ok, false);
  assert.equal(withDay.rule, 'coarse');
  assert.equal(
    compareDates(year('2024'), { precision: 'quarter', start: '2024-01-01', end: '2024-03-31' }).ok,
    false,
  );
  assert.ok(compareDates(range('2020-01-01', '2022-12-31'), range('2020-01-01', '2022-12-31')).ok);
  assert.equal(compareDates(range('2020-01-01', '2022-12-31'), range('2020-01-01', '2023-12-31')).ok, false);
});

test('undated never merges', () => {
  const v = compareDates(null, day('2024-03-05'));
  assert.equal(v.ok, false);
  assert.equal(v.rule, 'undated');
  assert.equal(compareDates(null, null).ok, false);
  assert.equal(searchWindow(null), null);
});

test('dates read well in explanations', () => {
  assert.equal(describeDate(day('2024-03-05')), '2024-03-05 (day)');
  assert.equal(describeDate(month('2024-03', '31')), '2024-03 (month)');
  assert.equal(describeDate(year('2024')), '2024 (year)');
  assert.equal(describeDate(range('2024-03-03', '2024-03-05')), '2024-03-03/2024-03-05 (range)');
  assert.equal(describeDate(null), 'undated');
});

const anyDate = fc
  .tuple(
    fc.constantFrom('day', 'inferred', 'week', 'month', 'quarter', 'season', 'year', 'range'),
    fc.integer({ min: 0, max: 120 }),
    fc.integer({ min: 0, max: 60 }),
  )
  .map(([precision, offset, length]): DedupDate => {
    const start = addDays('2024-01-01', offset);
    const point = precision === 'day' || precision === 'inferred';
    return {
      precision: precision as DedupDate['precision'],
      start,
      end: point ? start : addDays(start, length),
    };
  });

test('property: the comparison is symmetric and a match lies inside the search window', () => {
  fc.assert(
    fc.property(anyDate, anyDate, (a, b) => {
      const ab = compareDates(a, b);
      const ba = compareDates(b, a);
      assert.equal(ab.ok, ba.ok);
      assert.equal(ab.gapDays, ba.gapDays);
      if (ab.ok) {
        const w = searchWindow(a)!;
        assert.ok(b.start <= w.hi && b.end >= w.lo, 'candidates are found through the window');
      }
    }),
    { numRuns: 2000 },
  );
});

test('a stated day may be the day before a date taken from publication, never after it', () => {
  // an article of the 15th dated by its publication cannot report a strike stated for the 16th
  const after = compareDates(day('2026-07-16'), inferred('2026-07-15'));
  assert.equal(after.ok, false);
  assert.equal(after.rule, 'day-before-publication');
  assert.match(after.text, /never after it/);
  assert.equal(compareDates(inferred('2026-07-15'), day('2026-07-16')).ok, false, 'in either order');
  // the day before, or the same day, still merges
  assert.equal(compareDates(day('2026-07-14'), inferred('2026-07-15')).ok, true);
  assert.equal(compareDates(inferred('2026-07-15'), day('2026-07-15')).ok, true);
  assert.equal(
    compareDates(day('2026-07-13'), inferred('2026-07-15')).ok,
    false,
    'two days before is too far',
  );
});
