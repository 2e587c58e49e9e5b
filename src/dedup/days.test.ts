import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, dayNumber, isoDay } from './days.js';

test('day numbers count from 1970-01-01', () => {
  assert.equal(dayNumber('1970-01-01'), 0);
  assert.equal(dayNumber('1970-01-02'), 1);
  assert.equal(dayNumber('1969-12-31'), -1);
  assert.equal(dayNumber('2024-03-01') - dayNumber('2024-02-28'), 2, 'leap year');
  assert.equal(dayNumber('2023-03-01') - dayNumber('2023-02-28'), 1);
  assert.equal(dayNumber('2000-03-01') - dayNumber('2000-02-28'), 2, '2000 is a leap year');
  assert.equal(dayNumber('1900-03-01') - dayNumber('1900-02-28'), 1, '1900 is not');
});

test('adding days crosses months and years', () => {
  assert.equal(addDays('2024-12-31', 1), '2025-01-01');
  assert.equal(addDays('2025-03-01', -1), '2025-02-28');
  assert.equal(addDays('2024-03-01', -1), '2024-02-29');
  assert.equal(addDays('0099-12-31', 1), '0100-01-01', 'years below 100 stay as written');
});

test('isoDay inverts dayNumber and agrees with Date', () => {
  fc.assert(
    fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (n) => {
      const iso = isoDay(n);
      assert.equal(dayNumber(iso), n);
      if (n >= -600_000) assert.equal(new Date(n * 86_400_000).toISOString().slice(0, 10), iso);
    }),
  );
});
