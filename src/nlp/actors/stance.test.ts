import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorMention } from '../../core/types.js';
import { loadDictionaries } from '../../dict/index.js';
import { createReader } from '../read.js';

const reader = createReader(loadDictionaries());

/** The actor mentions of `text` as "text=CODE" (CODE is the sector when no country is known). */
function actors(text: string): string[] {
  return reader
    .read({ text, published: '2024-05-01' })
    .mentions.filter((m): m is ActorMention => m.kind === 'actor')
    .map((m) => `${m.text}=${m.actor.code ?? m.actor.sector}`);
}

test('"the opposition" is an agent (OPP), with or without a country', () => {
  assert.deepEqual(actors('The opposition marched on Tuesday.'), ['opposition=OPP']);
  assert.deepEqual(actors('The Kenyan opposition marched.'), ['Kenyan opposition=KENOPP']);
});

test('opposition as a stance is no agent: "opposition to", "its opposition", "despite opposition"', () => {
  assert.deepEqual(actors('Kenya voiced opposition to the plan.'), ['Kenya=KEN']);
  assert.deepEqual(actors('The plan met opposition from farmers.'), ['farmers=AGR']);
  assert.deepEqual(actors("Kenya's opposition angered its neighbours."), ['Kenya=KEN']);
  assert.deepEqual(actors('Despite strong opposition, the bill passed.'), []);
});

test('opposition modifying another noun is no agent by itself ("opposition rallies")', () => {
  assert.deepEqual(actors('Kenya banned opposition rallies.'), ['Kenya=KEN']);
});
