import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { detectChanges } from './changes.js';
import { relationshipIndex } from './index-score.js';
import { fillSeries } from './series.js';
import { metrics, type EventSpec } from './testing.js';

const months = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `${2020 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
  );
const coop = (n: number): EventSpec[] => Array.from({ length: n }, () => ({ quad: 1, goldstein: 4 }));
const conflict = (n: number): EventSpec[] => Array.from({ length: n }, () => ({ quad: 4, goldstein: -9 }));

function run(perMonth: readonly (readonly EventSpec[])[]) {
  const periods = fillSeries(
    months(perMonth.length).map((m, i) => metrics(m, perMonth[i]!)),
    'month',
  );
  const points = relationshipIndex(periods, () => ({ score: 0.5, entry: null }));
  return detectChanges(periods, points);
}

describe('change detection', () => {
  test('a steady relationship has no changes', () => {
    assert.deepEqual(run(Array.from({ length: 24 }, () => coop(5))), []);
  });

  test('a burst of conflict is flagged in its month, with the index and mix falling', () => {
    const series = Array.from({ length: 18 }, (_, i) => (i === 12 ? [...coop(2), ...conflict(6)] : coop(5)));
    const changes = run(series);
    assert.equal(changes.length >= 1, true);
    const first = changes[0]!;
    assert.equal(first.period, '2021-01-01');
    const kinds = first.signals.map((s) => s.kind);
    assert.ok(kinds.includes('index'));
    assert.ok(kinds.includes('mix'));
    for (const s of first.signals.filter((x) => x.kind !== 'volume')) assert.equal(s.direction, 'down');
    assert.equal(first.driverOrder, 'conflictual');
    // Afterwards the burst is in the baseline: the return to normal may be flagged (up) but nothing before.
    for (const c of changes) assert.ok(c.period >= '2021-01-01');
  });

  test('a spike in volume alone is flagged as volume, ranked by salience', () => {
    const series = Array.from({ length: 12 }, (_, i) => (i === 9 ? coop(40) : coop(2)));
    const changes = run(series);
    const spike = changes.find((c) => c.period === '2020-10-01');
    assert.ok(spike);
    const volume = spike.signals.find((s) => s.kind === 'volume');
    assert.equal(volume?.direction, 'up');
    assert.equal(volume?.value, 40);
    assert.ok(!spike.signals.some((s) => s.kind === 'mix'), 'same mix');
  });

  test('periods without enough baseline are not tested', () => {
    assert.deepEqual(run([coop(1), conflict(30), coop(1)]), []);
  });

  test('single events in a quiet dyad stay below the index threshold', () => {
    const series = Array.from({ length: 24 }, (_, i) => (i % 5 === 0 ? coop(1) : []));
    const changes = run(series);
    assert.ok(!changes.some((c) => c.signals.some((s) => s.kind === 'index')));
  });
});
