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

test('"it" heading a reported clause is the country or organisation that speaks', () => {
  // not the last country named before the sentence
  assert.deepEqual(
    coded(
      'Three Lebanese civilians died in a blast in Tyre. Israel says it was targeting a Hezbollah commander.',
    ),
    ['190 ISR > LBNREBMIL'],
  );
  assert.deepEqual(coded('Switzerland said it had expelled two Russian diplomats.'), ['161 CHE > RUSGOV']);
  // a passive reported clause keeps its agent as the source
  assert.deepEqual(coded('Clashes erupted in Lebanon. Israel said it had been attacked by Hezbollah.'), [
    '190 LBNREB > ISR',
  ]);
});
