import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../core/types.js';
import { dominantDyad } from './dyad.js';

function actorMention(code: string, start: number): Mention {
  const igo = code.startsWith('IGO');
  return {
    kind: 'actor',
    text: code,
    start,
    end: start + 1,
    sentence: 0,
    rule: 'test',
    actor: { code, country: igo ? null : code.slice(0, 3), sector: null, name: null },
    form: igo ? 'organisation' : 'country',
  };
}

test('the two most mentioned countries, most mentioned first', () => {
  const codes = [
    'BLR',
    'CHNGOV',
    'CHN',
    'RUS',
    'BLRGOV',
    'CHN',
    'IGOSCO',
    'IGOSCO',
    'IGOSCO',
    'IGOSCO',
    'BLR',
    'CHN',
  ];
  assert.deepEqual(dominantDyad(codes.map((c, i) => actorMention(c, i))), ['CHN', 'BLR']);
});

test('ties go to the country mentioned first', () => {
  const codes = ['RUS', 'UKR', 'USA', 'USA', 'UKR', 'RUS'];
  assert.deepEqual(dominantDyad(codes.map((c, i) => actorMention(c, i))), ['RUS', 'UKR']);
});

test('a country mentioned once does not make a dyad', () => {
  assert.equal(dominantDyad(['UKR', 'RUS', 'UKR'].map((c, i) => actorMention(c, i))), null);
});

test('organisations do not count, and fewer than two countries give null', () => {
  assert.equal(dominantDyad(['IGOUNO', 'IGOUNO', 'CHN'].map((c, i) => actorMention(c, i))), null);
  assert.equal(dominantDyad([]), null);
});
