import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

function coded(text: string): string[] {
  return code(text, '2023-12-07').map((e) => summarize(e));
}

test('a first-person pronoun does not stand for a third-person subject above it', () => {
  assert.deepEqual(
    coded(
      'Egypt and Turkey signed a deal. "When they are put to use, we consider that there may be new developments."',
    ),
    [],
  );
});

test('a pronoun of the same person, or a named subject, is still inherited', () => {
  assert.deepEqual(coded('Switzerland said it had expelled two Russian diplomats.'), ['161 CHE > RUSGOV']);
});
