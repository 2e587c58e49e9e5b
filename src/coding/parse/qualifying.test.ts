import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from '../testing.js';

const code = createTestCoder();

function coded(text: string): string[] {
  return code(text, '2023-12-07').map((e) => summarize(e));
}

test('a coded -ing clause after a comma is no part of the verb before it', () => {
  // "worker" is killed, not fired (FIRE's `* WORKER` is 160); the bombing is 183
  assert.deepEqual(
    coded(
      'On Sunday, a suicide bomber detonated his explosive vest near a Pakistani army convoy, killing a security worker.',
    ),
    ['183 PAKREB > PAKMIL'],
  );
});

test('a participle qualifying a noun still extends the clause', () => {
  // "imported from the EU" qualifies the goods even after a parenthetical comma
  assert.deepEqual(
    coded('Beijing imposed duties on farm goods, such as pork, imported from the European Union.'),
    ['170 CHNGOV > IGOEUREEC'],
  );
});

test('a verb after ", as ..." opens an adverbial clause, not a qualifying participle', () => {
  // PRAISE's `* (TO)` (043) must not read "to" in the second clause
  assert.deepEqual(
    coded(
      'The rebel commander praised the departure of French troops, as officials in Bamako raised the toll to 40.',
    ),
    [],
  );
});
