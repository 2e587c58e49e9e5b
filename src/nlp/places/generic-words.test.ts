import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PlaceMention } from '../../core/types.js';
import { loadDictionaries } from '../../dict/index.js';
import { createReader } from '../read.js';

const reader = createReader(loadDictionaries());
const places = (text: string): string[] =>
  reader
    .read({ text, published: '2024-05-01' })
    .mentions.filter((m): m is PlaceMention => m.kind === 'place')
    .map((m) => `${m.text}=${m.place.country}`);

test('a direction or position word is no place by itself ("Central Papua", "North Kordofan")', () => {
  for (const text of [
    'Soldiers clashed with rebels in Central Papua.',
    'Civilians were killed in North Kordofan.',
    'Troops moved into the eastern city.',
  ]) {
    assert.deepEqual(
      places(text).filter((p) => /^(Central|North|eastern|city)=/.test(p)),
      [],
      text,
    );
  }
});

test('longer names holding one are still found', () => {
  assert.ok(places('The envoy arrived in New Delhi.').some((p) => p.startsWith('New Delhi=')));
});
