import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorKey, candidateKeys, pairKey, pairKeys, sharedPairs } from './keys.js';
import { actor, report } from './testing.js';

test('an actor is keyed by its country, else its whole code', () => {
  assert.equal(actorKey(actor('ARNGOV')), 'ARN');
  assert.equal(actorKey(actor('IGOUNO', null)), 'IGOUNO');
  assert.equal(actorKey({ code: null, country: null }), null);
  assert.equal(actorKey({ code: '---', country: null }), null, 'the coder’s "no actor" code');
});

test('a directed event covers each source→target pair, by country', () => {
  const e = report({
    reciprocal: false,
    sources: [actor('ARNGOV'), actor('IGOUNO', null)],
    targets: [actor('GONMIL')],
  });
  assert.deepEqual(pairKeys(e), ['ARN>GON', 'IGOUNO>GON']);
  assert.deepEqual(candidateKeys(e), ['04|asserted|ARN>GON', '04|asserted|IGOUNO>GON']);
});

test('a reciprocal event covers both directions, wherever the coder put its actors', () => {
  const bothSides = report();
  const sourcesOnly = report({ sources: [actor('GON'), actor('ARNGOV')], targets: [] });
  assert.deepEqual(pairKeys(bothSides), ['ARN>GON', 'GON>ARN']);
  assert.deepEqual(pairKeys(sourcesOnly), ['ARN>GON', 'GON>ARN']);
  const directed = report({ reciprocal: false, sources: [actor('GON')], targets: [actor('ARN')] });
  assert.deepEqual(sharedPairs(directed, bothSides), ['GON>ARN']);
});

test('opposite directed events share no pair', () => {
  const ab = report({ reciprocal: false, sources: [actor('ARN')], targets: [actor('GON')] });
  const ba = report({ reciprocal: false, sources: [actor('GON')], targets: [actor('ARN')] });
  assert.deepEqual(sharedPairs(ab, ba), []);
});

test('domestic pairs are keyed by the full codes', () => {
  assert.equal(pairKey(actor('ARNGOV'), actor('ARNREB'), false), 'ARNGOV>ARNREB');
  assert.equal(pairKey(actor('ARNCOP'), actor('ARNMED'), false), 'ARNCOP>ARNMED');
  assert.equal(pairKey(actor('ARNGOV'), actor('ARNGOV'), true), null, 'an actor meeting itself is no dyad');
  assert.equal(
    pairKey(actor('ARN'), actor('ARN'), false),
    'ARN>ARN',
    'a directed self-pair is kept, as in event_pairs',
  );
  const talks = report({ sources: [actor('ARNGOV'), actor('ARNREB')], targets: [] });
  assert.deepEqual(pairKeys(talks), ['ARNGOV>ARNREB', 'ARNREB>ARNGOV']);
});

test('same-country pairs are dropped when the event has pairs between countries', () => {
  const met = report({ sources: [actor('ARNGOV'), actor('ARN'), actor('GONGOV')], targets: [] });
  assert.deepEqual(pairKeys(met), ['ARN>GON', 'GON>ARN']);
  const directed = report({
    reciprocal: false,
    sources: [actor('ARNGOV')],
    targets: [actor('ARNREB'), actor('GON')],
  });
  assert.deepEqual(pairKeys(directed), ['ARN>GON']);
  const inside = report({ reciprocal: false, sources: [actor('ARNGOV')], targets: [actor('ARNREB')] });
  assert.deepEqual(pairKeys(inside), ['ARNGOV>ARNREB'], 'wholly inside one country: the code pair');
});

test('actors without a key give no pair', () => {
  const e = report({ reciprocal: false, sources: [{ code: null, country: null }], targets: [actor('GON')] });
  assert.deepEqual(pairKeys(e), []);
  assert.deepEqual(candidateKeys(e), []);
  const alone = report({ sources: [actor('ARN')], targets: [] });
  assert.deepEqual(pairKeys(alone), [], 'a reciprocal event with one participant');
});
