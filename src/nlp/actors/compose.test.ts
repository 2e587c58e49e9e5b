import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorMention } from '../../core/types.js';
import { loadDictionaries } from '../../dict/index.js';
import { createReader } from '../read.js';

const reader = createReader(loadDictionaries());

function codes(text: string): (string | null)[] {
  return reader
    .read({ text, published: '2024-01-01' })
    .mentions.filter((m): m is ActorMention => m.kind === 'actor')
    .map((m) => m.actor.code);
}

test('an envoy posted to a country is of the country named before the post', () => {
  assert.deepEqual(codes('The former Norwegian ambassador to Kenya spoke on Monday.'), ['NORGOV']);
  assert.deepEqual(codes('The Japanese ambassador to Brazil spoke on Monday.'), ['JPNGOV']);
});

test('without a country before the post, and for other agents, the last country stays', () => {
  assert.deepEqual(codes('The ambassador to Kenya spoke on Monday.'), ['KENGOV']);
  assert.deepEqual(codes('The government of Kenya spoke on Monday.'), ['KENGOV']);
  assert.deepEqual(codes('The Norwegian foreign minister spoke on Monday.'), ['NORGOV']);
});
