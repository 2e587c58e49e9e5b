import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isQuestion } from './question.js';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

test('a sentence ending in a question mark is a question', () => {
  assert.equal(isQuestion('Does Minsk see Beijing as a partner?'), true);
  assert.equal(isQuestion('"Will they send troops?"'), true);
  assert.equal(isQuestion('“Why did they attack us?” '), true);
  assert.equal(isQuestion('He asked whether Minsk would send troops.'), false);
  assert.equal(isQuestion('Belarus condemned the attack.'), false);
});

test('a question is not coded; the declarative sentence is', () => {
  assert.deepEqual(
    code('Did Belarus condemn the Ukrainian attack?', '2023-12-07').map((e) => summarize(e)),
    [],
  );
  assert.deepEqual(
    code('Belarus condemned the Ukrainian attack.', '2023-12-07').map((e) => summarize(e)),
    ['111 BLR > UKR'],
  );
});
