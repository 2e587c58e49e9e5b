import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../src/testing/shared.js';
import { buildLandGrid, gazetteerPoints, landPath } from './land.js';

test('gazetteerPoints reads lat/lon by header name and skips comments and bad rows', () => {
  const tsv = [
    '# a comment',
    'id\tname\tlat\tlon',
    '1\tA\t53.9\t27.56',
    '2\tB\t\t27',
    '3\tC\tx\t27',
    '4\tD\t95\t10',
    '5\tE\t10\t200',
    '',
    'id\tname\tlon\tlat',
    '6\tF\t116.4\t39.9',
  ].join('\n');
  assert.deepEqual(gazetteerPoints(tsv), [
    [53.9, 27.56],
    [39.9, 116.4],
  ]);
  assert.deepEqual(gazetteerPoints('no header\t1\t2'), []);
});

test('a point marks its cell; rows start at 90°N and columns at 180°W', () => {
  assert.deepEqual(buildLandGrid([[0.5, 0.5]], 2).runs, [[44, 90, 1]]);
  assert.deepEqual(buildLandGrid([[-0.5, -0.5]], 2).runs, [[45, 89, 1]]);
  assert.deepEqual(buildLandGrid([[90, -180]], 2).runs, [[0, 0, 1]]);
  assert.deepEqual(buildLandGrid([[-90, 180]], 2).runs, [[89, 179, 1]]);
  assert.deepEqual(buildLandGrid([], 2).runs, []);
});

test('the closing pass fills a cell surrounded by land, not an isolated gap', () => {
  // A ring of 8 cells around (row 10, col 10) at 1° cells.
  const ring: [number, number][] = [];
  for (const dr of [-1, 0, 1]) {
    for (const dc of [-1, 0, 1]) if (dr || dc) ring.push([90 - (10 + dr) - 0.5, -180 + 10 + dc + 0.5]);
  }
  const grid = buildLandGrid(ring, 1);
  assert.deepEqual(grid.runs, [
    [9, 9, 3],
    [10, 9, 3],
    [11, 9, 3],
  ]);
  const sparse = buildLandGrid([ring[0] as [number, number], ring[7] as [number, number]], 1);
  assert.equal(sparse.runs.length, 2);
});

test('landPath draws one rectangle per run', () => {
  assert.equal(landPath({ cell: 2, runs: [[45, 90, 3]] }), 'M180 90h6v2h-6z');
  assert.equal(landPath({ cell: 2, runs: [] }), '');
});

test('the gazetteer of data/ gives a world: land on every inhabited continent, little of it at the poles', () => {
  const grid = buildLandGrid(
    gazetteerPoints(readFileSync(join(projectRoot, 'data', 'gazetteer.tsv'), 'utf8')),
    1,
  );
  const land = (lat: number, lon: number) => {
    const r = Math.floor((90 - lat) / grid.cell);
    const c = Math.floor((lon + 180) / grid.cell);
    return grid.runs.some(([row, first, n]) => row === r && c >= first && c < first + n);
  };
  for (const [lat, lon, name] of [
    [53.9, 27.56, 'Minsk'],
    [39.9, 116.4, 'Beijing'],
    [40.7, -74, 'New York'],
    [-23.5, -46.6, 'São Paulo'],
    [6.5, 3.4, 'Lagos'],
    [-33.9, 151.2, 'Sydney'],
  ] as const) {
    assert.ok(land(lat, lon), name);
  }
  assert.ok(!land(0, -140), 'the Pacific');
  assert.ok(!land(-85, 0), 'Antarctica has no towns');
});
