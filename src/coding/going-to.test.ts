import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

function coded(text: string): string[] {
  return code(text, '2024-01-01').map((e) => summarize(e));
}

test('"be going to" before a verb is the future, no journey', () => {
  assert.deepEqual(
    coded(
      'Norway and Sweden rejected the law. I do not think they are going to deliberately halt foreign ships.',
    ),
    [],
  );
});

test('going somewhere, and the act after "going to", are still coded', () => {
  assert.deepEqual(coded('The Norwegian king was going to Sweden for talks.'), [
    '042 NORGOV > SWE',
    '043 SWE > NORGOV',
  ]);
  assert.deepEqual(coded('The Norwegian king is going to visit Sweden.'), ['036 NORGOV > SWE']);
  assert.deepEqual(coded('Norway is going to sanction Sweden.'), ['1312 NOR > SWE']);
});
