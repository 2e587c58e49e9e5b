import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();
const coded = (text: string): string[] => code(text, '2024-05-01').map((e) => summarize(e));

test('"<something that happens> in <country>" as a subject: the country does not act', () => {
  assert.deepEqual(coded('The protests in Kenya worried Uganda.'), []);
  assert.deepEqual(coded('The war in Somalia alarmed Kenya.'), []);
});

test('occurrence subjects: people in a country still act, and objects and reports keep the country', () => {
  assert.deepEqual(coded('Officials in Kenya criticized Uganda.'), ['111 KENGOV > UGA']);
  assert.deepEqual(coded('Uganda condemned the violence in Kenya.'), ['112 UGA > KEN']);
  // a reported clause's subject is what the report is about
  const warning = coded('Uganda warned that the war in Somalia could spread.');
  assert.ok(
    warning.some((e) => e.startsWith('1') && e.endsWith('> SOM')),
    warning.join('; '),
  );
});
