import { test } from 'node:test';
import { assertQuantities } from '../testing.js';

const RULE = 'quantities/percent';

test('percent sign and words', () => {
  assertQuantities('by as much as 83.6% and', [
    { text: 'as much as 83.6%', value: 83.6, unit: 'percent', qualifier: 'as much as', rule: RULE },
  ]);
  assertQuantities('83.6 percent', [{ text: '83.6 percent', value: 83.6, unit: 'percent', rule: RULE }]);
  assertQuantities('83.6 per cent', [{ text: '83.6 per cent', value: 83.6, unit: 'percent', rule: RULE }]);
  assertQuantities('a 10-percent rise', [{ text: '10-percent', value: 10, unit: 'percent', rule: RULE }]);
  assertQuantities('fifty percent', [{ text: 'fifty percent', value: 50, unit: 'percent', rule: RULE }]);
  assertQuantities('grew 5 %', [{ text: '5 %', value: 5, unit: 'percent', rule: RULE }]);
  assertQuantities('at least 50% of its own share', [
    { text: 'at least 50%', value: 50, unit: 'percent', qualifier: 'at least', rule: RULE },
  ]);
});

test('points', () => {
  assertQuantities('19.7 percentage points', [
    { text: '19.7 percentage points', value: 19.7, unit: 'percentage points', rule: RULE },
  ]);
  assertQuantities('by 1 percentage point', [
    { text: '1 percentage point', value: 1, unit: 'percentage points', rule: RULE },
  ]);
  assertQuantities('cut rates by 25 basis points', [
    { text: '25 basis points', value: 25, unit: 'basis points', rule: RULE },
  ]);
  assertQuantities('50bps', [{ text: '50bps', value: 50, unit: 'basis points', rule: RULE }]);
});

test('percent ranges', () => {
  assertQuantities('between 10 and 20 percent', [
    { text: 'between 10 and 20 percent', value: 10, unit: 'percent', valueEnd: 20, rule: RULE },
  ]);
  assertQuantities('5-6%', [{ text: '5-6%', value: 5, unit: 'percent', valueEnd: 6, rule: RULE }]);
  assertQuantities('a tariff of 250% to 390%', [
    { text: '250% to 390%', value: 250, unit: 'percent', valueEnd: 390, rule: RULE },
  ]);
  // "from ... to ..." is a change: two values, no range.
  assertQuantities('rose from 5% to 6%', [
    { text: '5%', value: 5, unit: 'percent', rule: RULE },
    { text: '6%', value: 6, unit: 'percent', rule: RULE },
  ]);
});
