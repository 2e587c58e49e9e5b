import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

function coded(text: string): string[] {
  return code(text, '2024-01-01').map((e) => summarize(e));
}

test('a name the actor dictionaries mark [---] is no party to an event', () => {
  assert.deepEqual(coded('Norway and Sweden pledged to deepen cooperation with Indian Ocean states.'), []);
  assert.deepEqual(
    coded('India and China stepped up efforts to build ties with Indian Ocean countries.'),
    [],
  );
});

test('the same events with a party named are still coded', () => {
  assert.deepEqual(coded('Norway and Sweden pledged to deepen cooperation with Kenya.'), [
    '030 NOR+SWE > KEN',
  ]);
  assert.deepEqual(coded('India stepped up efforts to build ties with Mauritius.'), ['050 IND > MUS']);
  assert.deepEqual(coded('India and China signed a trade agreement.'), ['057 IND+CHN > IND+CHN']);
});
