import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();
const coded = (text: string): string[] => code(text, '2024-05-01').map((e) => summarize(e));

test('repressing protests no one names is done to the people of the country (175 > the country)', () => {
  assert.deepEqual(coded('The Kenyan government suppressed the protests.'), ['175 KENGOV > KEN']);
  assert.deepEqual(coded('Kenyan police cracked down on demonstrations.'), ['175 KENCOP > KEN']);
  assert.deepEqual(coded('Kenyan police suppressed months of street protests.'), ['175 KENCOP > KEN']);
});

test('crowd targets: named people stay the target; a source only guessed from the article gives none', () => {
  assert.deepEqual(coded('Kenyan police arrested opposition activists.'), ['173 KENCOP > KENOPP']);
  // "the regime" has no country of its own here: no event rather than a guessed one
  assert.deepEqual(
    coded('Kenya held a vote. The regime suppressed the protests.').filter((e) => e.startsWith('17')),
    [],
  );
  // not repression: a crowd praised is no target
  assert.deepEqual(coded('Kenyan officials praised the protests.'), []);
});

test('an object relative ("the protests, which X suppressed") is about its antecedent', () => {
  assert.deepEqual(coded('The opposition staged rallies, which the Kenyan government suppressed.'), [
    '141 KENOPP > KEN',
    '170 KENGOV > KEN',
  ]);
});

test('a rare past tense tagged as an adjective before a determiner is a verb ("police quelled the riots")', () => {
  assert.deepEqual(coded('Kenyan police quelled the riots.'), ['175 KENCOP > KEN']);
  // an adjective in its place stays one
  assert.deepEqual(coded('Kenya is concerned about the plan.'), []);
});
