import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

function coded(text: string): string[] {
  return code(text, '2023-12-07').map((e) => summarize(e));
}

test('"to" inside a range of numbers is not the TO of a pattern', () => {
  // MOVE's `- &MILITARY * TO [154]` needs a destination
  assert.deepEqual(coded('Pakistani troops moved from three to four Indian villages.'), []);
  assert.deepEqual(coded('Pakistani troops moved to four Indian villages.'), ['154 PAKMIL > INDCVL']);
});
