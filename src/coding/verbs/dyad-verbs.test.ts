/** Entries of data/verbs/Dyad.verbs.txt, each with a sentence of our own. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from '../testing.js';

const code = createTestCoder();

function coded(text: string): string[] {
  return code(text, '2023-12-07').map((e) => summarize(e));
}

test('conducting an airstrike or a raid is the use of force, not management', () => {
  assert.deepEqual(coded('Israeli jets conducted an airstrike on a Syrian air base.'), ['195 ISR > SYR']);
  assert.deepEqual(coded('Russian troops conducted raids on Ukrainian villages.'), ['190 RUSMIL > UKRCVL']);
});

test('a strike conducted by workers is no use of force', () => {
  assert.ok(
    coded('Belarusian workers conducted a strike at the potash plant.').every((e) => !e.startsWith('19')),
  );
});
