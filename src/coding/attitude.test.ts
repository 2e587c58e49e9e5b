import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventActor } from '../core/types.js';
import { attitudeTargets, isAttitude } from './attitude.js';
import { createTestCoder, summarize } from './testing.js';

const code = createTestCoder();

function coded(text: string): string[] {
  return code(text, '2023-12-07').map((e) => summarize(e));
}

function actor(code: string, country: string): EventActor {
  return { code, country, sector: null, name: null, text: code, start: 0, end: 1 };
}

test('hopes, doubts, policy options and denials are attitudes; statements and appeals are not', () => {
  for (const c of ['012', '013', '014', '016']) assert.equal(isAttitude(c), true, c);
  for (const c of ['010', '015', '019', '020', '111']) assert.equal(isAttitude(c), false, c);
});

test('an attitude is about the act’s doer, or its targets when the act is the speaker’s own', () => {
  const blr = actor('BLRGOV', 'BLR');
  const rus = actor('RUS', 'RUS');
  const ukr = actor('UKR', 'UKR');
  assert.deepEqual(attitudeTargets([blr], { sources: [rus], targets: [ukr] }), [rus]);
  assert.deepEqual(attitudeTargets([blr], { sources: [actor('BLR', 'BLR')], targets: [ukr] }), [ukr]);
  assert.deepEqual(attitudeTargets([blr], { sources: [], targets: [ukr] }), []);
});

test('a hope that another party will act is the hope, not that party’s act', () => {
  assert.deepEqual(coded('The Belarusian government hopes that Russia will send more troops to Belarus.'), [
    '013 BLRGOV > RUS',
  ]);
});

test('a statement still reports the act it governs', () => {
  assert.deepEqual(coded('The Belarusian government said that Russian troops attacked Ukrainian villages.'), [
    '190 RUSMIL > UKRCVL',
  ]);
  assert.deepEqual(
    coded('The Belarusian government hopes that Russian troops will attack Ukrainian villages.'),
    ['013 BLRGOV > RUSMIL'],
  );
});
