import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scanAmounts } from './amount.js';
import { toNumber } from './decimal.js';

function scan(text: string): { text: string; value: number; valueEnd?: number }[] {
  return scanAmounts(text).map((a) => ({
    text: text.slice(a.start, a.end),
    value: toNumber(a.value),
    ...(a.valueEnd ? { valueEnd: toNumber(a.valueEnd) } : {}),
  }));
}

test('numbers as digits and words, with multipliers', () => {
  assert.deepEqual(scan('6.45 billion and 2,111 and five million and 3bn'), [
    { text: '6.45 billion', value: 6450000000 },
    { text: '2,111', value: 2111 },
    { text: 'five million', value: 5e6 },
    { text: '3bn', value: 3e9 },
  ]);
  assert.deepEqual(scan('a dozen, half a million, 1.2 mln, 7 lakh'), [
    { text: 'a dozen', value: 12 },
    { text: 'half a million', value: 500000 },
    { text: '1.2 mln', value: 1.2e6 },
    { text: '7 lakh', value: 700000 },
  ]);
});

test('ranges', () => {
  assert.deepEqual(scan('5 to 6 billion'), [{ text: '5 to 6 billion', value: 5e9, valueEnd: 6e9 }]);
  assert.deepEqual(scan('5-6'), [{ text: '5-6', value: 5, valueEnd: 6 }]);
  assert.deepEqual(scan('between 10 and 20'), [{ text: 'between 10 and 20', value: 10, valueEnd: 20 }]);
  assert.deepEqual(scan('three or four'), [{ text: 'three or four', value: 3, valueEnd: 4 }]);
  assert.deepEqual(scan('10 and 20'), [
    { text: '10', value: 10 },
    { text: '20', value: 20 },
  ]);
  assert.deepEqual(scan('from 5 to 6'), [
    { text: '5', value: 5 },
    { text: '6', value: 6 },
  ]);
  assert.deepEqual(scan('5 million to 6'), [
    { text: '5 million', value: 5e6 },
    { text: '6', value: 6 },
  ]);
});

test('rejected: codes, ordinals, decades, times, dates, phones', () => {
  for (const text of [
    'G20',
    'Su-35',
    'COVID-19',
    'M1/E30',
    'Q3',
    '1990s',
    "1990's",
    '20th',
    '2nd',
    '10:30',
    '2023-12-04',
    '12/04/2023',
    '+375 17 123-45-67',
    '123-45-67',
    '1.2.3',
    '3-1',
    'No.1',
    '#1',
    '5G',
    '3D',
    'One',
  ]) {
    assert.deepEqual(
      scan(`see ${text} here`).filter((a) => a.text !== ''),
      [],
      text,
    );
  }
});

test('glued units are allowed, other glued letters are not', () => {
  assert.deepEqual(scan('25km, 5%, 40MW, 80km²'), [
    { text: '25', value: 25 },
    { text: '5', value: 5 },
    { text: '40', value: 40 },
    { text: '80', value: 80 },
  ]);
});

test('a capitalised number word inside a sentence is a name; at the start it is a number', () => {
  assert.deepEqual(scan('the Group of Seven'), []);
  assert.deepEqual(scan('Seven people'), [{ text: 'Seven', value: 7 }]);
  assert.deepEqual(scan('he said: "Seven people'), [{ text: 'Seven', value: 7 }]);
});
