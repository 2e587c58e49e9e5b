/** Whom a possessed noun phrase names (complexMeaning in actors.ts). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

function coded(text: string): string[] {
  return code(text, '2024-01-01').map((e) => summarize(e));
}

test('the possessor’s critics or rivals are not the possessor', () => {
  assert.deepEqual(coded('Lukashenko praised Russia. Lukashenko’s critics condemned Moscow.'), [
    '051 BLRGOV > RUS',
  ]);
});

test('a party named after "X’s rival" or "X’s ally" is that party alone', () => {
  assert.deepEqual(coded('Norway signed an agreement with Sweden’s rival Denmark.'), ['057 NOR > DNK']);
  assert.deepEqual(coded('Norway signed an agreement with Sweden’s close ally Denmark.'), ['057 NOR > DNK']);
});

test('a possessor still names who acts through its government, policy or officials', () => {
  assert.deepEqual(coded('Norway’s government criticized Sweden.'), ['111 NORGOV > SWE']);
  assert.deepEqual(coded('Lukashenko’s government condemned Moscow.'), ['111 BLRGOV > RUSGOV']);
});
