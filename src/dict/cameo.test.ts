import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDictionaries } from './load.js';

const { cameo } = loadDictionaries();

test('every CAMEO code has a Goldstein score and a GDELT quad class', () => {
  assert.ok(cameo.all.length >= 310);
  for (const c of cameo.all) {
    assert.ok(c.goldstein >= -10 && c.goldstein <= 10, c.code);
    const root = Number(c.root);
    assert.equal(c.quad, root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4, c.code);
    assert.equal(c.code.slice(0, 2), c.root);
  }
  for (let r = 1; r <= 20; r++) assert.ok(cameo.get(String(r).padStart(2, '0')), `root ${r}`);
});

test('the manual is the Goldstein table; GDELT fills only what it lacks', () => {
  assert.equal(cameo.get('016')?.goldstein, -5);
  assert.equal(cameo.get('016')?.goldsteinSource, 'manual');
  assert.equal(cameo.get('1641')?.goldsteinSource, 'gdelt');
  assert.equal(cameo.all.filter((c) => c.goldsteinSource === 'gdelt').length, 6);
});

test('names, descriptions and PLOVER mappings', () => {
  const sign = cameo.get('057');
  assert.equal(sign?.name, 'Sign formal agreement');
  assert.equal(sign?.quad, 1);
  assert.equal(sign?.goldstein, 8);
  assert.deepEqual(sign?.plover, { type: 'SUPPORT', mode: null, context: ['diplomatic'] });
  assert.deepEqual(cameo.get('042')?.plover, { type: 'CONSULT', mode: 'visit', context: [] });
  assert.deepEqual(cameo.get('094')?.plover.context, ['military', 'legal']);
  assert.ok(!/[\u201a\u00c4]/.test(cameo.all.map((c) => c.description).join(' ')), 'mojibake repaired');
  assert.equal(cameo.get('999'), undefined);
});
