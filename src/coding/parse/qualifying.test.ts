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
      'Last week, a suicide bomber detonated her explosive devices near an army convoy in the Pakistani district, killing at least one security worker.',
    ),
    ['183 PAKREB > PAKMIL'],
  );
});

test('a participle qualifying a noun still extends the clause', () => {
  // "imported from the EU" qualifies the products even after a parenthetical comma
  assert.deepEqual(
    coded(
      'The Chinese commerce ministry imposed tariffs on dairy products, including cheese, imported from the European Union.',
    ),
    ['163 CHNGOV > IGOEUREEC'],
  );
});
