import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDictionaries } from '../dict/index.js';
import { createReader } from '../nlp/read.js';
import { createCoder } from './coder.js';
import { loadDefaultVerbDictionary } from './verbs/index.js';

const dicts = loadDictionaries();
const reader = createReader(dicts);
const coder = createCoder(dicts, loadDefaultVerbDictionary());

const coded = (text: string) =>
  coder
    .code(reader.read({ text, published: '2024-02-01' }))
    .events.map(
      (e) =>
        `${e.code} ${e.sources.map((a) => a.code).join('+')} > ${e.targets.map((a) => a.code).join('+')}`,
    );

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
