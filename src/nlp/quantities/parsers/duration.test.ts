import { test } from 'node:test';
import { assertQuantities } from '../testing.js';

const RULE = 'quantities/duration';

test('durations', () => {
  assertQuantities('talks lasted three hours', [
    { text: 'three hours', value: 3, unit: 'hours', rule: RULE },
  ]);
  assertQuantities('48 hours', [{ text: '48 hours', value: 48, unit: 'hours', rule: RULE }]);
  assertQuantities('at least 15 years in prison', [
    { text: 'at least 15 years', value: 15, unit: 'years', qualifier: 'at least', rule: RULE },
  ]);
  assertQuantities('no more than one hour', [
    { text: 'no more than one hour', value: 1, unit: 'hours', qualifier: 'no more than', rule: RULE },
  ]);
  assertQuantities('more than four decades', [
    { text: 'more than four decades', value: 4, unit: 'decades', qualifier: 'more than', rule: RULE },
  ]);
  assertQuantities('two centuries', [{ text: 'two centuries', value: 2, unit: 'centuries', rule: RULE }]);
});

test('compound adjectives state a duration', () => {
  assertQuantities('a two-day visit', [{ text: 'two-day', value: 2, unit: 'days', rule: RULE }]);
  assertQuantities('a 30-day ceasefire', [{ text: '30-day', value: 30, unit: 'days', rule: RULE }]);
  assertQuantities('the three-year conflict', [{ text: 'three-year', value: 3, unit: 'years', rule: RULE }]);
  assertQuantities('a 24-hour strike', [{ text: '24-hour', value: 24, unit: 'hours', rule: RULE }]);
});

test('ages and relative dates are not durations', () => {
  assertQuantities('a 41-year-old beautician', []);
  assertQuantities('he was 11 years old', []);
  assertQuantities('two years ago', []);
  assertQuantities('Two days later, it left', []);
  assertQuantities('three weeks after the vote', []);
  assertQuantities('five days earlier', []);
  assertQuantities('three day', []);
  assertQuantities('two years previously', []);
  assertQuantities('one day he will return', []);
  assertQuantities('stayed for one day', [{ text: 'one day', value: 1, unit: 'days', rule: RULE }]);
});
