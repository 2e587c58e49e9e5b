import { test } from 'node:test';
import assert from 'node:assert/strict';
import { wordMatches } from './term-match.js';

test('a dictionary word matches itself and its regular plurals', () => {
  assert.equal(wordMatches('PLAN', 'PLAN'), true);
  assert.equal(wordMatches('PLANS', 'PLAN'), true);
  assert.equal(wordMatches('MARCHES', 'MARCH'), true);
  assert.equal(wordMatches('BOXES', 'BOX'), true);
  assert.equal(wordMatches('VETOES', 'VETO'), true);
  assert.equal(wordMatches('ARMIES', 'ARMY'), true);
});

test('-ES is a plural only after a sibilant or an O', () => {
  assert.equal(wordMatches('PLANES', 'PLAN'), false);
  assert.equal(wordMatches('AIDES', 'AID'), false);
  assert.equal(wordMatches('WARES', 'WAR'), false);
});
