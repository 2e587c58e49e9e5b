import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

function coded(text: string): string[] {
  return code(text, '2024-01-01').map((e) => summarize(e));
}

test('a clause after a noun of claim or report is what was claimed, not an act', () => {
  assert.deepEqual(coded('Iran denied reports that its troops had attacked Iraqi villages.'), []);
  assert.deepEqual(coded('Norway rejected claims that Sweden sent troops to Finland.'), []);
});

test('a clause a speaker states, or one after another noun, is still coded', () => {
  assert.deepEqual(coded('Norway said that Sweden sent troops to Finland.'), ['154 SWE > FINMIL']);
  assert.deepEqual(coded('Iran said its troops had attacked Iraqi villages.'), ['190 IRNMIL > IRQCVL']);
});
