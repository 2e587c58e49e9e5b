import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();
const coded = (text: string): string[] => code(text, '2024-05-01').map((e) => summarize(e));

test('civilians killed by a foreign force are of the country struck, not of the attacker', () => {
  assert.deepEqual(coded('Kenyan airstrikes on southern Somalia kill at least 12 people.'), [
    '195 KEN > SOMPPL',
  ]);
  assert.deepEqual(coded('A Ugandan missile strike on Goma, Congo, kills ten civilians.'), [
    '183 UGA > CODCVL',
  ]);
});

test('victims: with no other country named, or with a named victim, nothing moves', () => {
  assert.deepEqual(coded('Kenyan airstrikes kill at least 12 people.'), ['195 KEN > KENPPL']);
  // victims named with their country keep it
  assert.deepEqual(coded('Kenyan troops killed Somali civilians.'), ['202 KENMIL > SOMCVL']);
});
