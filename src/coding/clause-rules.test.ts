import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventActor } from '../core/types.js';
import {
  conjunctCountry,
  forcedCode,
  framedModality,
  isSelfPair,
  isTimePhrase,
  knownCode,
  protestFor,
} from './clause-rules.js';
import type { VerbFrame } from './parse/structure.js';

test('knownCode: the code, a 4-digit code under a known 3-digit one, else the root NOS', () => {
  const table = new Set(['170', '173', '17', '100']);
  const known = (c: string): boolean => table.has(c);
  assert.equal(knownCode(known, '173'), '173');
  assert.equal(knownCode(known, '1731'), '1731');
  assert.equal(knownCode(known, '176'), '170');
  assert.equal(knownCode(known, '999'), null);
});

test('isTimePhrase: bare years and times ago are not discards Dyad applies', () => {
  assert.equal(isTimePhrase('2009'), true);
  assert.equal(isTimePhrase('YEARS AGO'), true);
  assert.equal(isTimePhrase('WEEKS LATER'), true);
  assert.equal(isTimePhrase('FIRST SEED'), false);
});

test('framedModality: a frame absorbs should/will, not a condition; a statement passes them on', () => {
  const frame = (conditional: boolean): VerbFrame => ({ conditional }) as unknown as VerbFrame;
  assert.equal(
    framedModality('03', 'asserted', { modality: 'hypothetical', frame: frame(false) }),
    'asserted',
  );
  assert.equal(
    framedModality('03', 'asserted', { modality: 'hypothetical', frame: frame(true) }),
    'hypothetical',
  );
  assert.equal(framedModality('01', 'asserted', { modality: 'future', frame: frame(false) }), 'future');
  assert.equal(framedModality('10', 'asserted', { modality: 'negated', frame: frame(false) }), 'negated');
});

test('forcedCode: a demand verb raises appeal and intent contents to demands, keeps the rest', () => {
  assert.equal(forcedCode('100', '0241'), '1041');
  assert.equal(forcedCode('100', '036'), '106');
  assert.equal(forcedCode('100', '1053'), '1053');
  assert.equal(forcedCode('020', '0241'), '0241');
  assert.equal(forcedCode('100', null), null);
});

test('isSelfPair: one actor (its country read twice) on both sides; two parties of a country are two', () => {
  const actor = (code: string): EventActor => ({ code }) as unknown as EventActor;
  assert.equal(isSelfPair([actor('CHLGOV'), actor('CHL')], [actor('CHL'), actor('CHLGOV')]), true);
  assert.equal(isSelfPair([actor('SDNGOV'), actor('SDNREB')], [actor('SDNREB'), actor('SDNGOV')]), false);
  assert.equal(isSelfPair([actor('CHLGOV')], [actor('PERGOV')]), false);
});

test('protestFor: the reform a protest is for is its fourth digit; other aims keep the code', () => {
  assert.equal(protestFor('144', 'reform.regime'), '1444');
  assert.equal(protestFor('145', 'reform.leadership'), '1451');
  // the manual's 1xx2: "specific policy changes or unspecified political reforms"
  assert.equal(protestFor('144', 'reform'), '1442');
  assert.equal(protestFor('140', 'reform.policy'), '140');
});

test('conjunctCountry: the one country of the coded actors of a list, else null', () => {
  const actor = (code: string | null, country: string | null): EventActor =>
    ({ code, country }) as unknown as EventActor;
  assert.equal(conjunctCountry([actor('CHLGOV', 'CHL'), actor(null, null)]), 'CHL');
  assert.equal(conjunctCountry([actor('CHLGOV', 'CHL'), actor('PER', 'PER')]), null);
  assert.equal(conjunctCountry([actor(null, null)]), null);
});

test('isSelfPair: a government and its party are two actors', () => {
  const actor = (code: string): EventActor => ({ code }) as unknown as EventActor;
  assert.equal(
    isSelfPair([actor('SDNGOV'), actor('SDNGOVPTY')], [actor('SDNGOV'), actor('SDNGOVPTY')]),
    false,
  );
});
