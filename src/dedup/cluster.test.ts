import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { clusterItems, compatibilityGraph } from './cluster.js';
import { compatible } from './compatible.js';
import { compareLead } from './lead.js';
import { actor, day, inferred, report } from './testing.js';
import type { Cluster, DedupItem } from './types.js';

const ids = (clusters: readonly Cluster[]) => clusters.map((c) => c.members.map((m) => m.id));

test('two articles about one meeting make one group; a meeting a month later its own', () => {
  const a = report({ articleId: 'a', date: day('2024-03-05') });
  const b = report({ articleId: 'b', date: inferred('2024-03-06') });
  const later = report({ articleId: 'c', date: day('2024-04-05') });
  const clusters = clusterItems([a, b, later]);
  assert.deepEqual(ids(clusters), [['a:0', 'b:0'], ['c:0']]);
  assert.equal(clusters[0]!.lead.id, 'a:0', 'the stated day leads over a publication date');
});

test('groups do not chain: consecutive days group around the best-connected day', () => {
  const days = ['2024-03-01', '2024-03-02', '2024-03-03', '2024-03-04', '2024-03-05'];
  const items = days.map((d, i) => report({ articleId: `d${i}`, date: day(d) }));
  const clusters = clusterItems(items);
  // the lead comes first: day 2 matches both its neighbours
  assert.deepEqual(ids(clusters), [
    ['d1:0', 'd0:0', 'd2:0'],
    ['d3:0', 'd4:0'],
  ]);
  for (const c of clusters) for (const m of c.members) assert.ok(m === c.lead || compatible(c.lead, m).ok);
});

test('negated and asserted reports of the same meeting stay apart', () => {
  const clusters = clusterItems([
    report({ articleId: 'a' }),
    report({ articleId: 'b', modality: 'negated' }),
    report({ articleId: 'c' }),
  ]);
  assert.deepEqual(ids(clusters), [['a:0', 'c:0'], ['b:0']]);
});

test('several sentences of one article reporting one meeting are one group', () => {
  const clusters = clusterItems([
    report({ articleId: 'a', ordinal: 0 }),
    report({ articleId: 'a', ordinal: 3, date: inferred('2024-03-05') }),
  ]);
  assert.deepEqual(ids(clusters), [['a:0', 'a:3']]);
});

test('undated reports and reports without a dyad stay alone', () => {
  const clusters = clusterItems([
    report({ articleId: 'a', date: null }),
    report({ articleId: 'b', date: null }),
    report({ articleId: 'c', sources: [actor('ARN')], targets: [] }),
    report({ articleId: 'd', sources: [actor('ARN')], targets: [] }),
  ]);
  assert.equal(clusters.length, 4);
});

test('the lead is the most specific date, then the best connected, then the earliest article', () => {
  const month = report({
    articleId: 'm',
    date: { precision: 'month', start: '2024-03-01', end: '2024-03-31' },
    published: '2024-03-01',
  });
  const early = report({ articleId: 'z', date: day('2024-03-05'), published: '2024-03-05' });
  const late = report({ articleId: 'a', date: day('2024-03-05'), published: '2024-03-09' });
  assert.ok(compareLead(early, month) < 0);
  assert.ok(compareLead(early, late) < 0);
  assert.ok(compareLead(late, early, (x) => (x === late ? 3 : 1)) < 0, 'degree before publication');
  assert.equal(clusterItems([month, late, early])[0]!.lead.id, 'z:0');
});

test('the graph holds an edge once however many pairs the reports share', () => {
  const a = report({ articleId: 'a', sources: [actor('ARN'), actor('GON'), actor('ROH')], targets: [] });
  const b = report({ articleId: 'b', sources: [actor('ARN'), actor('GON'), actor('ROH')], targets: [] });
  const graph = compatibilityGraph([a, b]);
  assert.deepEqual(
    graph.get('a:0')!.map((x) => x.id),
    ['b:0'],
  );
});

const countries = ['ARN', 'GON', 'ROH'];
const anyReport = (n: number) =>
  fc
    .record({
      root: fc.constantFrom('04', '11'),
      negated: fc.boolean(),
      reciprocal: fc.boolean(),
      s: fc.subarray(countries, { minLength: 1, maxLength: 2 }),
      t: fc.subarray(countries, { minLength: 1, maxLength: 1 }),
      offset: fc.integer({ min: 0, max: 6 }),
      precision: fc.constantFrom('day', 'day', 'inferred', 'month'),
      published: fc.integer({ min: 0, max: 3 }),
      evidence: fc.integer({ min: 10, max: 12 }),
    })
    .map((r): DedupItem =>
      report({
        articleId: `art${n % 4}`,
        ordinal: n,
        root: r.root,
        modality: r.negated ? 'negated' : 'asserted',
        reciprocal: r.reciprocal,
        sources: r.s.map((c) => actor(c)),
        targets: r.t.map((c) => actor(c)),
        date:
          r.precision === 'month'
            ? { precision: 'month', start: '2024-03-01', end: '2024-03-31' }
            : {
                precision: r.precision as 'day',
                start: `2024-03-1${r.offset}`,
                end: `2024-03-1${r.offset}`,
              },
        published: `2024-03-1${7 + r.published}`,
        evidenceLength: r.evidence,
      }),
    );
const anySet = fc
  .integer({ min: 1, max: 14 })
  .chain((size) => fc.tuple(...Array.from({ length: size }, (_, n) => anyReport(n))));

test('property: grouping ignores input order; members match their lead; leads never match each other', () => {
  fc.assert(
    fc.property(anySet, fc.array(fc.nat()), (items, keys) => {
      const shuffled = items
        .map((item, i) => ({ item, key: keys[i % Math.max(1, keys.length)] ?? 0, i }))
        .sort((x, y) => x.key - y.key || y.i - x.i)
        .map((x) => x.item);
      const a = clusterItems(items);
      const b = clusterItems(shuffled);
      assert.deepEqual(ids(a), ids(b));
      assert.deepEqual(
        a.map((c) => c.lead.id),
        b.map((c) => c.lead.id),
      );
      const all = a.flatMap((c) => c.members.map((m) => m.id));
      assert.equal(all.length, items.length, 'every report in exactly one group');
      assert.equal(new Set(all).size, items.length);
      for (const c of a) {
        assert.equal(c.members[0], c.lead);
        for (const m of c.members.slice(1)) assert.ok(compatible(c.lead, m).ok);
      }
      for (let i = 0; i < a.length; i += 1)
        for (let j = i + 1; j < a.length; j += 1) assert.equal(compatible(a[i]!.lead, a[j]!.lead).ok, false);
    }),
    { numRuns: 500 },
  );
});
