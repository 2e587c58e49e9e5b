import { test } from 'node:test';
import assert from 'node:assert/strict';
import { standsAlone } from './one-sided.js';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

function coded(text: string): string[] {
  return code(text, '2023-12-07').map((e) => summarize(e));
}

test('only a specific yielding or force posture stands alone', () => {
  assert.equal(standsAlone('0874'), true);
  assert.equal(standsAlone('0831'), true);
  assert.equal(standsAlone('152'), true);
  assert.equal(standsAlone('080'), false);
  assert.equal(standsAlone('150'), false);
  assert.equal(standsAlone('040'), false);
  assert.equal(standsAlone('190'), false);
});

test('a bare 080 or 150 with no other party is not coded', () => {
  assert.deepEqual(coded('The Austrian parliament passes a law on school uniforms.'), []);
  assert.deepEqual(coded('The Brazilian senate approved a bill on fishing quotas on Monday.'), []);
});

test('a specific one-sided yielding is still coded', () => {
  assert.deepEqual(coded('Two hundred Congolese rebels surrendered last week.'), ['0874 CODREB > ']);
});
