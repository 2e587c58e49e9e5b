import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compatible, describeVerdict } from './compatible.js';
import { actor, day, inferred, report } from './testing.js';
import type { DedupItem } from './types.js';

test('two reports of the same meeting a day apart are one event, with every reason given', () => {
  const a = report({ date: day('2024-03-05') });
  const b = report({ date: day('2024-03-06'), sources: [actor('GON')], targets: [actor('ARN')] });
  const v = compatible(a, b);
  assert.ok(v.ok);
  assert.deepEqual(v.actors.shared, ['ARN>GON', 'GON>ARN']);
  assert.deepEqual(describeVerdict(v), [
    '✓ same root 04',
    '✓ actors overlap: ARN>GON, GON>ARN',
    '✓ 2024-03-05 (day) and 2024-03-06 (day) are 1 day apart, window ±1 day',
    '✓ both asserted',
    '✓ neither is located',
    '✓ neither names the person who acted',
  ]);
});

test('strikes on two cities the same day are two events; one place, or an unlocated report, merges', () => {
  const strike = {
    root: '19',
    code: '190',
    reciprocal: false,
    sources: [actor('ARNMIL')],
    targets: [actor('GON')],
  };
  const north = { name: 'Annuminas', lat: 48.1, lon: 20.0 };
  const south = { name: 'Minas Tirith', lat: 44.5, lon: 21.25 };
  const suburb = { name: 'Harlond', lat: 44.6, lon: 21.4 };
  const apart = compatible(report({ ...strike, place: north }), report({ ...strike, place: south }));
  assert.equal(apart.ok, false);
  assert.ok(apart.root.ok && apart.actors.ok && apart.date.ok && apart.modality.ok);
  assert.match(
    apart.place.text,
    /^places differ: Annuminas and Minas Tirith are 41\d km apart \(more than 75 km\)$/,
  );
  const near = compatible(report({ ...strike, place: south }), report({ ...strike, place: suburb }));
  assert.ok(near.ok);
  assert.match(near.place.text, /^Minas Tirith and Harlond are 1\d km apart, within 75 km$/);
  const same = compatible(report({ ...strike, place: south }), report({ ...strike, place: south }));
  assert.equal(same.place.text, 'both at Minas Tirith');
  const oneLocated = compatible(report({ ...strike, place: south }), report(strike));
  assert.ok(oneLocated.ok);
  assert.equal(oneLocated.place.text, 'only one is located');
  const named = compatible(
    report({ ...strike, place: { name: 'Osgiliath', lat: null, lon: null } }),
    report({ ...strike, place: { name: 'Pelargir', lat: null, lon: null } }),
  );
  assert.equal(named.ok, false, 'two named places without coordinates are two places');
});

test('meetings a month apart stay apart', () => {
  const v = compatible(report({ date: day('2024-03-05') }), report({ date: day('2024-04-05') }));
  assert.equal(v.ok, false);
  assert.equal(v.date.ok, false);
  assert.ok(v.root.ok && v.actors.ok && v.modality.ok);
});

test('a different root never merges, even with the same actors and day', () => {
  const v = compatible(report(), report({ root: '05', code: '057' }));
  assert.equal(v.ok, false);
  assert.match(v.root.text, /roots differ: 04 and 05/);
});

test('negated, hypothetical and future reports never merge with asserted ones', () => {
  for (const modality of ['negated', 'hypothetical', 'future'] as const) {
    const v = compatible(report(), report({ modality }));
    assert.equal(v.ok, false, modality);
    assert.match(v.modality.text, new RegExp(`asserted and ${modality}`));
  }
  assert.ok(compatible(report({ modality: 'negated' }), report({ modality: 'negated' })).ok);
});

test('different dyads with a shared country do not merge', () => {
  const ab = report();
  const ac = report({ sources: [actor('ARNGOV'), actor('ROHGOV')], targets: [] });
  assert.equal(compatible(ab, ac).ok, false);
});

test('directed A→B and B→A are different events; reciprocal matches either', () => {
  const ab = report({
    reciprocal: false,
    root: '11',
    code: '112',
    sources: [actor('ARN')],
    targets: [actor('GON')],
  });
  const ba = report({
    reciprocal: false,
    root: '11',
    code: '112',
    sources: [actor('GON')],
    targets: [actor('ARN')],
  });
  assert.equal(compatible(ab, ba).ok, false);
  const met = report();
  const visited = report({
    reciprocal: false,
    code: '042',
    sources: [actor('GONGOV')],
    targets: [actor('ARN')],
  });
  assert.ok(compatible(met, visited).ok);
});

test('publication-dated reports merge only on the same day', () => {
  assert.ok(
    compatible(report({ date: inferred('2024-03-06') }), report({ date: inferred('2024-03-06') })).ok,
  );
  assert.equal(
    compatible(report({ date: inferred('2024-03-06') }), report({ date: inferred('2024-03-07') })).ok,
    false,
  );
});

const countries = ['ARN', 'GON', 'ROH', 'MOR'];
const anyReport = fc
  .record({
    root: fc.constantFrom('04', '05', '11'),
    modality: fc.constantFrom('asserted', 'negated', 'future' as const),
    reciprocal: fc.boolean(),
    s: fc.subarray(countries, { minLength: 1, maxLength: 2 }),
    t: fc.subarray(countries, { maxLength: 2 }),
    offset: fc.integer({ min: 0, max: 5 }),
    precision: fc.constantFrom('day', 'inferred', 'month' as const),
  })
  .map((r): DedupItem =>
    report({
      root: r.root,
      modality: r.modality as DedupItem['modality'],
      reciprocal: r.reciprocal,
      sources: r.s.map((c) => actor(c)),
      targets: r.t.map((c) => actor(c)),
      date:
        r.precision === 'month'
          ? { precision: 'month', start: '2024-03-01', end: '2024-03-31' }
          : { precision: r.precision, start: `2024-03-0${1 + r.offset}`, end: `2024-03-0${1 + r.offset}` },
    }),
  );

test('property: the rule is symmetric and every report matches itself when it has a pair and a date', () => {
  fc.assert(
    fc.property(anyReport, anyReport, (a, b) => {
      assert.equal(compatible(a, b).ok, compatible(b, a).ok);
      const self = compatible(a, a);
      assert.equal(self.ok, self.actors.shared.length > 0);
    }),
    { numRuns: 1000 },
  );
});
