import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fold, normParts, phraseParts, regularPlural, singularCandidates } from './text.js';

test('dictionary phrases split the way Dyad tokenizes text', () => {
  assert.deepEqual(phraseParts('ANTI-DRUG_AGENT'), ['anti', '-', 'drug', 'agent']);
  assert.deepEqual(phraseParts("PEOPLE'S_REPUBLIC_OF_CHINA"), ['people', "'s", 'republic', 'of', 'china']);
  assert.deepEqual(phraseParts('U.S._ARMY'), ['u.s.', 'army']);
  assert.deepEqual(phraseParts('AMERICAN_(US)'), ['american', '(', 'us', ')']);
  assert.deepEqual(phraseParts('Côte d’Ivoire'), ['cote', "d'ivoire"]);
  assert.deepEqual(normParts('anti-drug'), ['anti', '-', 'drug']);
  assert.deepEqual(normParts("'s"), ["'s"]);
  assert.deepEqual(normParts('o’brien'), ["o'brien"]);
  assert.equal(fold('łódź'), 'lodz');
  assert.equal(fold('erdoğan'), 'erdogan');
});

test('plural helpers', () => {
  assert.deepEqual(singularCandidates('authorities'), ['authority', 'authoritie']);
  assert.deepEqual(singularCandidates('churches'), ['church', 'churche']);
  assert.deepEqual(singularCandidates('uses'), []);
  assert.deepEqual(singularCandidates('congress'), []);
  assert.equal(regularPlural('AUTHORITY'), 'AUTHORITIES');
  assert.equal(regularPlural('ATTORNEY'), 'ATTORNEYS');
  assert.equal(regularPlural('CONGRESS'), 'CONGRESSES');
});

test('splitting never throws and yields non-empty parts without whitespace', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
      for (const parts of [phraseParts(s), normParts(s)]) {
        for (const p of parts) if (p.length === 0 || /\s/.test(p)) return false;
      }
      return true;
    }),
  );
});

test('a token norm splits exactly as the same text written as a phrase (no underscores)', () => {
  const chars = fc.constantFrom(
    ...'aZz09.-/()[]{}",:;?!_ \t'.split(''),
    "'",
    '`',
    '\u2019',
    '\u201c',
    '\u00e9',
    '\u011f',
    '\u00a0',
    '\u2013',
  );
  fc.assert(
    fc.property(fc.array(chars, { maxLength: 8 }), (cs) => {
      const s = cs.join('').replaceAll('_', '');
      assert.deepEqual(normParts(s), phraseParts(s));
    }),
    { numRuns: 2000 },
  );
  assert.deepEqual(normParts('plain.word'), ['plain.word']);
  assert.deepEqual(normParts('`'), ["'"]);
  assert.deepEqual(normParts('Belarus'), ['belarus']);
});
