/** Heads of several states at once act for the state they lead in their own right (Dyad.additions.actors.txt). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

function coded(text: string, published = '2024-01-01'): string[] {
  return code(text, published).map((e) => summarize(e));
}

test('the French president is France, not the co-principality he heads ex officio', () => {
  assert.deepEqual(coded('Emmanuel Macron praised Andorra.'), ['051 FRAGOV > AND']);
  assert.deepEqual(coded('Macron criticized Russia.'), ['111 FRAGOV > RUS']);
  assert.deepEqual(coded('The Turkish president spoke with his French counterpart Emmanuel Macron.'), [
    '046 TURGOV > FRAGOV',
  ]);
});

test('the monarch of the Commonwealth realms is the United Kingdom’s', () => {
  assert.deepEqual(coded('Charles III praised Canada.'), ['051 GBRGOV > CAN']);
  assert.deepEqual(coded('Queen Elizabeth II praised Jamaica.', '2010-05-01'), ['051 GBRGOV > JAM']);
});
