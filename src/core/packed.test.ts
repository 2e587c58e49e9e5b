import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mapPacked } from './packed.js';

test('mapPacked maps in order, like map, and leaves the input alone', () => {
  const input = [1, 2, 3];
  assert.deepEqual(
    mapPacked(input, (n) => n * 10),
    [10, 20, 30],
  );
  assert.deepEqual(input, [1, 2, 3]);
  assert.deepEqual(
    mapPacked([], (n: number) => n),
    [],
  );
});
