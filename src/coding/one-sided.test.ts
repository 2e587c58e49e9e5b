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

test('a bare 080 approval at home names no concession', () => {
  assert.deepEqual(
    coded('The Austrian parliament approves a bill banning smartphones for pupils under 14.'),
    [],
  );
  assert.deepEqual(
    coded('The Danish medicines agency approves a new malaria vaccine for people over 60.'),
    [],
  );
});

test('a concession to a party at home or abroad is still coded', () => {
  assert.deepEqual(coded('The Belarusian government allowed opposition parties to rally in Minsk.'), [
    '080 BLRGOV > BLROPP',
    '141 BLROPP > BLR',
  ]);
  assert.deepEqual(coded('The Syrian government allows refugees to return to Homs.'), [
    '080 SYRGOV > SYRREF',
  ]);
  assert.deepEqual(coded('Turkey permits Greece to resume fishing in the disputed waters.'), [
    '080 TUR > GRC',
  ]);
});
