import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorJson } from './api/types.js';
import { actorLabel, actorsLabel, display, typedKey } from './actors.js';

const actor = (code: string | null, text: string | null, name: string | null = null) =>
  ({ code, country: null, sector: null, name, text, start: null, end: null }) as ActorJson;

test('actors show the words of the text, then the code', () => {
  assert.equal(actorLabel(actor('BLRGOV', 'Lukashenko')), 'Lukashenko (BLRGOV)');
  assert.equal(actorLabel(actor('CHN', null, 'CHINA')), 'CHINA (CHN)');
  assert.equal(actorLabel(actor('CHN', null)), 'CHN');
  assert.equal(
    actorsLabel([actor('CHN', 'the two sides'), actor('CHN', 'the two sides')]),
    'the two sides (CHN)',
  );
  assert.equal(actorsLabel([]), '—');
});

test('typedKey takes a bare key, any-case three letters, or "Name (KEY)"', () => {
  assert.equal(typedKey('CHN'), 'CHN');
  assert.equal(typedKey(' chn '), 'CHN');
  assert.equal(typedKey('IGOEUREEC'), 'IGOEUREEC');
  assert.equal(typedKey('Belarus (BLR)'), 'BLR');
  assert.equal(typedKey(display('IGOSCO', 'Shanghai Cooperation Organisation')), 'IGOSCO');
});

test('typedKey refuses names and partial input', () => {
  for (const bad of ['', 'China', 'Belarus', 'ch', 'C H N', 'CHN-BLR', 'Belarus (BL)', '123']) {
    assert.equal(typedKey(bad), '', bad);
  }
});
