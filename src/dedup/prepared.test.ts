import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compatible } from './compatible.js';
import { addDays } from './days.js';
import { matches, prepare } from './prepared.js';
import { actor, report } from './testing.js';
import type { DedupDate, DedupItem } from './types.js';

const precisions = ['day', 'inferred', 'week', 'month', 'quarter', 'season', 'year', 'range'] as const;
const anyDate = fc.option(
  fc
    .tuple(fc.constantFrom(...precisions), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 45 }))
    .map(([precision, offset, length]): DedupDate => {
      const start = addDays('2024-02-20', offset);
      const point = precision === 'day' || precision === 'inferred';
      return { precision, start, end: point ? start : addDays(start, length) };
    }),
  { freq: 8 },
);
const codes = ['ARNGOV', 'ARNREB', 'GONGOV', 'ROH', 'IGOUNO'];
const places = [
  { name: 'Minas Tirith', lat: 44.5, lon: 21.25 },
  { name: 'Harlond', lat: 44.6, lon: 21.4 },
  { name: 'Annuminas', lat: 48.1, lon: 20.0 },
  { name: 'Osgiliath', lat: null, lon: null },
];
const anyPlace = fc.option(fc.constantFrom(...places), { freq: 2 });
const persons = ['ARAGORN', 'DENETHOR', 'FARAMIR'];
const withPerson = (code: string, person: string | null) => {
  const a = actor(code, code.startsWith('IGO') ? null : code.slice(0, 3));
  return person === null ? a : { ...a, person };
};
const anyReport = fc
  .record({
    root: fc.constantFrom('04', '11', '19'),
    modality: fc.constantFrom('asserted', 'negated', 'hypothetical', 'future'),
    reciprocal: fc.boolean(),
    s: fc.subarray(codes, { maxLength: 3 }),
    t: fc.subarray(codes, { maxLength: 2 }),
    sp: fc.array(fc.option(fc.constantFrom(...persons), { freq: 2 }), { minLength: 3, maxLength: 3 }),
    tp: fc.array(fc.option(fc.constantFrom(...persons), { freq: 2 }), { minLength: 2, maxLength: 2 }),
    date: anyDate,
    place: anyPlace,
  })
  .map((r): DedupItem =>
    report({
      root: r.root,
      modality: r.modality as DedupItem['modality'],
      reciprocal: r.reciprocal,
      sources: r.s.map((c, i) => withPerson(c, r.sp[i] ?? null)),
      targets: r.t.map((c, i) => withPerson(c, r.tp[i] ?? null)),
      date: r.date,
      place: r.place,
    }),
  );

test('property: the fast check agrees with the explained rule', () => {
  fc.assert(
    fc.property(anyReport, anyReport, (a, b) => {
      assert.equal(matches(prepare(a), prepare(b)), compatible(a, b).ok);
    }),
    { numRuns: 3000 },
  );
});

test('prepared reports carry their keys and day numbers', () => {
  const p = prepare(report({ date: null }));
  assert.ok(Number.isNaN(p.start));
  assert.equal(p.dateClass, 'undated');
  assert.deepEqual([...p.pairs], ['ARN>GON', 'GON>ARN']);
  assert.equal(matches(p, p), false, 'undated never matches, even itself');
});
