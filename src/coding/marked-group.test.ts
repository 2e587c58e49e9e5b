import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

const coded = (text: string) => code(text, '2024-02-01').map((e) => summarize(e));

test('a list after the marked phrase object continues it: "sanctions from the EU, Britain and Canada"', () => {
  assert.deepEqual(coded('Myanmar came under new Western sanctions from the EU, Britain and Canada.'), [
    '163 IGOEUREEC+GBR+CAN > MMR',
  ]);
  // the phrase object alone, and a list of sanctioners with nothing before it, are unchanged
  assert.deepEqual(coded('Myanmar came under sanctions from Canada.'), ['163 CAN > MMR']);
  assert.deepEqual(coded('Myanmar came under sanctions from Britain and Canada.'), ['163 GBR+CAN > MMR']);
});

test('a material act done by a thing is no act of the speaker: "said the drought is hurting herders"', () => {
  assert.deepEqual(coded('Kenyan officials said the long drought is hurting Somali herders.'), []);
  // an actor or a pronoun doing it still is
  assert.deepEqual(coded('Kenyan officials said Ethiopia is hurting Somali herders.'), ['180 ETH > SOM']);
});
