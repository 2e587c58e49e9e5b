import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorKey } from './actor-key.js';

test('whole mode compares the whole code', () => {
  assert.equal(actorKey('DAGGOV', 'whole'), 'DAGGOV');
  assert.equal(actorKey(' gon ', 'whole'), 'GON');
  assert.equal(actorKey('---REL', 'whole'), '---REL');
});

test('country mode keeps the country part, organisations whole', () => {
  assert.equal(actorKey('CHNGOV', 'country'), 'CHN');
  assert.equal(actorKey('BLR', 'country'), 'BLR');
  assert.equal(actorKey('IGOEUREEC', 'country'), 'IGOEUREEC');
  assert.equal(actorKey('IGOSCO', 'country'), 'IGOSCO');
  assert.equal(actorKey('NGOHRW', 'country'), 'NGOHRW');
});

test('prefix mode keeps the first three letters, organisations too', () => {
  assert.equal(actorKey('IGOUNO', 'prefix'), 'IGO');
  assert.equal(actorKey('IGO', 'prefix'), 'IGO');
  assert.equal(actorKey('NGAELIyor', 'prefix'), 'NGA');
});

test('missing codes have no key', () => {
  for (const mode of ['whole', 'country', 'prefix'] as const) {
    assert.equal(actorKey(null, mode), null);
    assert.equal(actorKey(undefined, mode), null);
    assert.equal(actorKey('  ', mode), null);
  }
});
