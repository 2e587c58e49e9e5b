import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toNumber } from './decimal.js';
import { parseWordNumber } from './number-words.js';

function read(text: string): { value: number; end: number; multiplier: string | null } | null {
  const parsed = parseWordNumber(text, 0, text.length);
  return parsed
    ? { value: toNumber(parsed.value), end: parsed.end, multiplier: parsed.multiplier?.text ?? null }
    : null;
}

test('cardinals in words', () => {
  assert.deepEqual(read('five'), { value: 5, end: 4, multiplier: null });
  assert.deepEqual(read('twenty-five soldiers'), { value: 25, end: 11, multiplier: null });
  assert.deepEqual(read('twenty five'), { value: 25, end: 11, multiplier: null });
  assert.deepEqual(read('two hundred'), { value: 200, end: 11, multiplier: 'hundred' });
  assert.deepEqual(read('one hundred and fifty people'), { value: 150, end: 21, multiplier: null });
  assert.deepEqual(read('five million doses'), { value: 5000000, end: 12, multiplier: 'million' });
  assert.deepEqual(read('one million two hundred thousand'), {
    value: 1200000,
    end: 32,
    multiplier: 'thousand',
  });
  assert.deepEqual(read('Two hundred prisoners'), { value: 200, end: 11, multiplier: 'hundred' });
});

test('articles, dozens and halves', () => {
  assert.deepEqual(read('a dozen titles'), { value: 12, end: 7, multiplier: 'dozen' });
  assert.deepEqual(read('two dozen'), { value: 24, end: 9, multiplier: 'dozen' });
  assert.deepEqual(read('a billion dollars'), { value: 1e9, end: 9, multiplier: 'billion' });
  assert.deepEqual(read('half a million'), { value: 500000, end: 14, multiplier: 'million' });
  assert.deepEqual(read('a hundred'), { value: 100, end: 9, multiplier: 'hundred' });
});

test('stops where the number stops', () => {
  assert.deepEqual(read('two-day visit'), { value: 2, end: 3, multiplier: null });
  assert.deepEqual(read('one two'), { value: 1, end: 3, multiplier: null });
  assert.deepEqual(read('twenty ten'), { value: 20, end: 6, multiplier: null });
  assert.deepEqual(read('five hundred and'), { value: 500, end: 12, multiplier: 'hundred' });
  assert.deepEqual(read('thousand million'), null);
});

test('not numbers', () => {
  for (const text of [
    'a day',
    'a',
    'half',
    'half a day',
    'and five',
    'seventh',
    'dozens',
    'thousands of',
    'million',
    '',
  ]) {
    assert.equal(read(text), null, text);
  }
});
