import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

function coded(text: string): string[] {
  return code(text, '2023-12-07').map((e) => summarize(e));
}

test('a first-person pronoun does not stand for a third-person subject above it', () => {
  assert.deepEqual(coded('Egypt and Turkey met in Cairo. "When they were ready, we praised Libya."'), [
    '040 EGY+TUR > EGY+TUR',
  ]);
});

test('a pronoun of the same person, or a named subject, is still inherited', () => {
  assert.deepEqual(coded('Switzerland said it had expelled two Russian diplomats.'), ['161 CHE > RUSGOV']);
});
