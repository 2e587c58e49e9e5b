import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countPeriods, intervalFor, nextPeriod, periodEnd, periodStart, periodsBetween } from './periods.js';
import type { SeriesInterval } from '../store/types.js';

const INTERVALS: SeriesInterval[] = ['day', 'week', 'month', 'quarter', 'year'];

describe('periods', () => {
  test('period starts', () => {
    assert.equal(periodStart('2024-02-29', 'day'), '2024-02-29');
    assert.equal(periodStart('2024-01-07', 'week'), '2024-01-01', 'Sunday belongs to the week of Monday');
    assert.equal(periodStart('2024-01-01', 'week'), '2024-01-01');
    assert.equal(periodStart('2023-01-01', 'week'), '2022-12-26', 'a week crosses the year');
    assert.equal(periodStart('2024-02-29', 'month'), '2024-02-01');
    assert.equal(periodStart('2024-12-31', 'quarter'), '2024-10-01');
    assert.equal(periodStart('2024-03-31', 'quarter'), '2024-01-01');
    assert.equal(periodStart('2024-06-15', 'year'), '2024-01-01');
  });

  test('period ends and next periods', () => {
    assert.equal(periodEnd('2024-02-01', 'month'), '2024-02-29');
    assert.equal(periodEnd('2023-02-01', 'month'), '2023-02-28');
    assert.equal(periodEnd('2024-10-01', 'quarter'), '2024-12-31');
    assert.equal(periodEnd('2024-01-01', 'week'), '2024-01-07');
    assert.equal(periodEnd('2024-01-01', 'year'), '2024-12-31');
    assert.equal(nextPeriod('2024-12-01', 'month'), '2025-01-01');
    assert.equal(nextPeriod('2024-12-31', 'day'), '2025-01-01');
  });

  test('periods between two days, and their count', () => {
    assert.deepEqual(periodsBetween('2024-01-15', '2024-04-02', 'month'), [
      '2024-01-01',
      '2024-02-01',
      '2024-03-01',
      '2024-04-01',
    ]);
    assert.deepEqual(periodsBetween('2024-05-01', '2024-04-01', 'month'), []);
    assert.equal(countPeriods('2024-01-15', '2024-04-02', 'month'), 4);
    assert.equal(countPeriods('2024-05-01', '2024-04-01', 'month'), 0);
  });

  test('a readable interval for a range', () => {
    assert.equal(intervalFor('2024-01-01', '2024-02-01'), 'day');
    assert.equal(intervalFor('2024-01-01', '2024-12-31'), 'week');
    assert.equal(intervalFor('2020-01-01', '2024-12-31'), 'month');
    assert.equal(intervalFor('2013-01-01', '2024-12-31'), 'quarter');
    assert.equal(intervalFor('1990-01-01', '2024-12-31'), 'year');
  });

  test('property: every day lies in its period, periods tile the calendar', () => {
    const day = fc
      .integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2060, 0, 1) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.constantFrom(...INTERVALS), (a, b, interval) => {
        const start = periodStart(a, interval);
        assert.ok(start <= a && a <= periodEnd(start, interval));
        assert.equal(periodStart(periodEnd(start, interval), interval), start);
        assert.equal(nextPeriod(start, interval) > periodEnd(start, interval), true);
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        if (interval === 'day' || interval === 'week') return;
        const periods = periodsBetween(lo, hi, interval);
        assert.equal(periods.length, countPeriods(lo, hi, interval));
      }),
    );
  });
});
