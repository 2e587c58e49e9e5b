import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTokenizer } from '../nlp/tokenize.js';
import { isExpletiveIt } from './expletive.js';
import { createTestCoder, summarize } from './testing.js';

const tokenize = createTokenizer();

/** isExpletiveIt on the first "it" of `text`. */
function expletive(text: string): boolean {
  const { tokens } = tokenize(text);
  return isExpletiveIt(
    tokens,
    tokens.findIndex((t) => t.norm === 'it'),
  );
}

const code = createTestCoder();

function coded(text: string): string[] {
  return code(text, '2024-01-01').map((e) => summarize(e));
}

test('"it" before an adjective and a clause, "seems that", "takes years for" is expletive', () => {
  assert.equal(expletive('It would be possible to settle the quarrel.'), true);
  assert.equal(expletive('It is not necessary for the envoys to meet.'), true);
  assert.equal(expletive('It will be very difficult for the allies to agree.'), true);
  assert.equal(expletive('It is likely that the vote will be delayed.'), true);
  assert.equal(expletive('It seems that nobody was told.'), true);
  assert.equal(expletive('It may take months for the panel to decide.'), true);
});

test('a referring "it" is not expletive', () => {
  assert.equal(expletive('It is ready to talk.'), false);
  assert.equal(expletive('It is likely to retaliate.'), false);
  assert.equal(expletive('It would help the refugees.'), false);
  assert.equal(expletive('It is a close partner.'), false);
  assert.equal(expletive('It took control of the port.'), false);
});

test('an expletive "it" does not make the salient country act', () => {
  assert.deepEqual(
    coded('Norway rejected the ruling. It would be possible to settle the dispute with Sweden.'),
    [],
  );
  assert.deepEqual(
    coded(
      'Norway rejected the ruling. It will be very difficult for the West to pull Sweden away from Denmark.',
    ),
    [],
  );
  assert.deepEqual(
    coded('Norway rejected the ruling. It may take years for the court to rule on the claim.'),
    [],
  );
});

test('a referring "it" is still resolved', () => {
  assert.deepEqual(coded('Norway rejected the ruling. It said it is ready to help Sweden.'), [
    '033 NOR > SWE',
  ]);
  assert.deepEqual(coded('Norway rejected the ruling. It is likely to sanction Sweden.'), ['1312 NOR > SWE']);
});
