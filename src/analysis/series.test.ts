import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cooperativeShare, fillSeries } from './series.js';
import { metrics } from './testing.js';

describe('series', () => {
  test('fills the periods between the data (or the range) with zeros', () => {
    const points = [
      metrics('2024-01-01', [{ quad: 1, goldstein: 2 }]),
      metrics('2024-04-01', [{ quad: 4, goldstein: -9 }]),
    ];
    const filled = fillSeries(points, 'month');
    assert.deepEqual(
      filled.map((p) => [p.period, p.end, p.events]),
      [
        ['2024-01-01', '2024-01-31', 1],
        ['2024-02-01', '2024-02-29', 0],
        ['2024-03-01', '2024-03-31', 0],
        ['2024-04-01', '2024-04-30', 1],
      ],
    );
    assert.equal(filled[1]!.goldstein.mean, null);
    const ranged = fillSeries(points, 'month', { from: '2023-12-15', to: '2024-02-10' });
    assert.deepEqual(
      ranged.map((p) => p.period),
      ['2023-12-01', '2024-01-01', '2024-02-01'],
    );
    assert.deepEqual(fillSeries([], 'month'), []);
    assert.equal(fillSeries([], 'year', { from: '2020-01-01', to: '2022-06-01' }).length, 3);
  });

  test('cooperative share', () => {
    assert.equal(
      cooperativeShare(
        metrics('2024-01-01', [
          { quad: 1, goldstein: 1 },
          { quad: 2, goldstein: 7 },
          { quad: 3, goldstein: -2 },
          { quad: 4, goldstein: -10 },
        ]),
      ),
      0.5,
    );
    assert.equal(cooperativeShare(metrics('2024-01-01', [])), null);
  });
});
