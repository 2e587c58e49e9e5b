import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readGoldFile } from './read-gold.js';
import { normaliseLabel, scoreDesignations, scoreFacts, unitsAgree, valueWithin } from './score-facts.js';
import { scoreGold } from './score.js';
import type { ScorableDesignation, ScorableFact } from './types.js';

const gold = readGoldFile(join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'tiny.gold.json'));

function fact(overrides: Partial<ScorableFact> = {}): ScorableFact {
  return {
    kind: 'trade_volume',
    value: 2.5e9,
    unit: 'USD',
    parties: ['CHL', 'NOR'],
    period: { start: '2023-01-01', end: '2023-12-31', precision: 'year', value: '2023' },
    ...overrides,
  };
}

function designation(overrides: Partial<ScorableDesignation> = {}): ScorableDesignation {
  return {
    kind: 'partnership',
    parties: ['CHL', 'NORGOV'],
    label: 'Strategic Partnership',
    date: { value: '2020-06', precision: 'month' },
    ...overrides,
  };
}

test('a fact matches on kind, parties as a set, value within 1%, unit and overlapping period', () => {
  assert.equal(scoreFacts(gold.facts, [fact()]).tp, 1);
  assert.equal(scoreFacts(gold.facts, [fact({ value: 2.52e9 })]).tp, 1, '0.8% off');
  assert.equal(scoreFacts(gold.facts, [fact({ value: 2.6e9 })]).tp, 0, '4% off');
  assert.equal(scoreFacts(gold.facts, [fact({ parties: ['NOR'] })]).tp, 0);
  assert.equal(scoreFacts(gold.facts, [fact({ kind: 'trade_growth' })]).tp, 0);
  assert.equal(scoreFacts(gold.facts, [fact({ unit: 'EUR' })]).tp, 0);
  assert.equal(
    scoreFacts(gold.facts, [fact({ period: { start: '2023-01-01', end: '2023-09-30' } })]).tp,
    1,
    'overlap',
  );
  assert.equal(scoreFacts(gold.facts, [fact({ period: { start: '2022-01-01', end: '2022-12-31' } })]).tp, 0);
  assert.equal(scoreFacts(gold.facts, [fact({ period: null })]).tp, 0, 'the gold fact is dated');
});

test('optional facts count when found and are never misses; undated gold accepts any period', () => {
  const none = scoreFacts(gold.facts, []);
  assert.deepEqual([none.tp, none.fp, none.fn], [0, 0, 1]);
  assert.deepEqual(none.misses, [{ id: 'F1', reason: 'not produced' }]);
  const doses = fact({
    kind: 'aid',
    value: 200000,
    unit: 'doses',
    period: { start: '2021-01-01', end: '2021-12-31' },
  });
  const both = scoreFacts(gold.facts, [fact(), doses]);
  assert.deepEqual([both.tp, both.fp, both.fn], [2, 0, 0]);
  const extra = scoreFacts(gold.facts, [fact(), fact({ kind: 'investment' })]);
  assert.equal(extra.fp, 1);
  assert.match(extra.falsePositives[0]?.description ?? '', /^investment CHL\+NOR 2500000000 USD 2023/);
});

test('units agree when equal or when one is contained in the other', () => {
  assert.equal(unitsAgree('vaccine doses', 'doses'), true);
  assert.equal(unitsAgree('percent per year', 'percent'), true);
  assert.equal(unitsAgree('rank (imports)', 'rank'), true);
  assert.equal(unitsAgree('USD', 'usd'), true);
  assert.equal(unitsAgree('USD', 'EUR'), false);
  assert.equal(unitsAgree('', 'USD'), false);
  assert.equal(valueWithin(0, 0), true);
  assert.equal(valueWithin(0, 1), false);
  assert.equal(valueWithin(-100, -100.5), true);
});

test('a designation matches on kind, parties, normalised label and date', () => {
  assert.equal(scoreDesignations(gold.designations, [designation()]).tp, 1);
  assert.equal(
    scoreDesignations(gold.designations, [designation({ date: { value: '2021', precision: 'year' } })]).tp,
    0,
  );
  assert.equal(
    scoreDesignations(gold.designations, [designation({ date: { value: '2020', precision: 'year' } })]).tp,
    1,
  );
  assert.equal(scoreDesignations(gold.designations, [designation({ date: null })]).tp, 0);
  assert.equal(
    scoreDesignations(gold.designations, [designation({ label: 'comprehensive strategic partnership' })]).tp,
    0,
  );
  assert.equal(scoreDesignations(gold.designations, [designation({ kind: 'membership' })]).tp, 0);
  assert.equal(scoreDesignations(gold.designations, [designation({ parties: ['CHL', 'PER'] })]).tp, 0);
});

test('labels normalise case, quotes, hyphens and a leading "the"', () => {
  assert.equal(
    normaliseLabel('The “All-Weather” Comprehensive  Strategic Partnership'),
    'all weather comprehensive strategic partnership',
  );
  assert.equal(
    normaliseLabel('all-weather comprehensive strategic partnership'),
    normaliseLabel('All weather, comprehensive strategic partnership'),
  );
});

test('scoreGold reports facts and designations for the seed format', () => {
  const report = scoreGold(
    gold,
    new Map([['tiny-article', { events: [], facts: [fact()], designations: [designation()] }]]),
  );
  assert.equal(report.facts?.tp, 1);
  assert.equal(report.designations?.tp, 1);
});

test('a designation written another way matches through its normalised level', () => {
  const wanted = designation().label;
  const verbatim = designation({ label: 'a differently worded partnership', level: wanted });
  assert.equal(scoreDesignations(gold.designations, [verbatim]).tp, 1);
  const wrongLevel = designation({ label: 'a differently worded partnership', level: 'some other level' });
  assert.equal(scoreDesignations(gold.designations, [wrongLevel]).tp, 0);
});
