import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

function coded(text: string): string[] {
  return code(text, '2024-05-10').map((e) => summarize(e));
}

test('the subject of a clause reported without "that" is not addressed by the statement', () => {
  assert.deepEqual(coded('Chilean officials say Bolivian troops crossed the border.'), []);
  assert.deepEqual(coded('Tanzania says Kenyan police detained two of its citizens.'), []);
  // the reported subject with phrases qualifying it
  assert.deepEqual(
    coded('Nigerian police say an ambush outside a village in Zamfara killed the Nigerien smuggler.'),
    [],
  );
  // several subjects listed before the reported verb
  assert.deepEqual(coded('The Polish president said Lithuania, Latvia and Estonia were ready to help.'), []);
});

test('a statement about a relation keeps its party', () => {
  assert.deepEqual(coded('Egypt stated the talks with Sudan had failed.'), ['010 EGY > SDN']);
  assert.deepEqual(
    coded('The Afghan government states that peace talks with Pakistan in Doha have failed.'),
    ['010 AFGGOV > PAK'],
  );
  assert.deepEqual(
    coded('The Japanese foreign minister said that relations with China had reached a new level.'),
    ['010 JPNGOV > CHN'],
  );
});
