import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateWithin, parseGoldDate, parsePeriod, periodsOverlap } from './periods.js';

test('periods at every precision become inclusive day ranges', () => {
  assert.deepEqual(parsePeriod('2021'), { value: '2021', start: '2021-01-01', end: '2021-12-31' });
  assert.deepEqual(parsePeriod('2024-02'), { value: '2024-02', start: '2024-02-01', end: '2024-02-29' });
  assert.deepEqual(parsePeriod('2023-02'), { value: '2023-02', start: '2023-02-01', end: '2023-02-28' });
  assert.deepEqual(parsePeriod('2023-12-04'), {
    value: '2023-12-04',
    start: '2023-12-04',
    end: '2023-12-04',
  });
  assert.deepEqual(parsePeriod('2023-Q3'), { value: '2023-Q3', start: '2023-07-01', end: '2023-09-30' });
  assert.deepEqual(parsePeriod('2023-01/2023-09'), {
    value: '2023-01/2023-09',
    start: '2023-01-01',
    end: '2023-09-30',
  });
  assert.deepEqual(parsePeriod('2000/2019'), { value: '2000/2019', start: '2000-01-01', end: '2019-12-31' });
});

test('malformed or reversed periods are rejected', () => {
  for (const bad of [
    '',
    '23',
    '2023-13',
    '2023-02-30',
    '2023/2021',
    'last year',
    '2020/2021/2022',
    '2023-Q5',
  ]) {
    assert.equal(parsePeriod(bad), null, bad);
  }
});

test('undated is its own kind', () => {
  assert.deepEqual(parseGoldDate('undated'), { kind: 'undated' });
  assert.equal(parseGoldDate('someday'), null);
});

test('a produced date matches when it lies inside the gold period', () => {
  const may = parseGoldDate('2024-05');
  assert.equal(dateWithin(may, { start: '2024-05-10', end: '2024-05-10' }), true);
  assert.equal(
    dateWithin(may, { start: '2024-01-01', end: '2024-12-31' }),
    false,
    'a coarser date is not inside',
  );
  assert.equal(dateWithin(may, { start: '2024-06-01', end: '2024-06-01' }), false);
  assert.equal(dateWithin(may, null), false);
  assert.equal(dateWithin(parseGoldDate('undated'), null), true);
  assert.equal(dateWithin(null, { start: '1999-01-01', end: '1999-01-01' }), true);
});

test('periods overlap when they share a day; open ends extend', () => {
  const y2023 = parseGoldDate('2023');
  assert.equal(periodsOverlap(y2023, { start: '2023-01-01', end: '2023-09-30' }), true);
  assert.equal(periodsOverlap(y2023, { start: '2022-06-01', end: '2023-01-01' }), true);
  assert.equal(periodsOverlap(y2023, { start: '2024-01-01', end: '2024-12-31' }), false);
  assert.equal(periodsOverlap(y2023, { start: null, end: '2023-03-01' }), true);
  assert.equal(periodsOverlap(y2023, { start: null, end: null }), false);
  assert.equal(periodsOverlap(null, null), true);
});
