import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { maximumMatching } from './matching.js';

test('augmenting paths find the maximum matching', () => {
  // left 0 can take 0 or 1, left 1 only 0: both get matched.
  assert.deepEqual([...maximumMatching([[0, 1], [0]], 2)], [1, 0]);
});

test('earlier left vertices keep their claim', () => {
  // left 0 and left 1 both want right 0 only: left 0 (listed first) keeps it.
  assert.deepEqual([...maximumMatching([[0], [0]], 1)], [0]);
});

test('the matching is valid and maximal on random graphs', () => {
  fc.assert(
    fc.property(
      fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { maxLength: 6 }), { maxLength: 6 }),
      (edges) => {
        const match = maximumMatching(edges, 6);
        const used = new Set<number>();
        match.forEach((left, right) => {
          if (left < 0) return;
          assert.ok(edges[left]?.includes(right));
          assert.ok(!used.has(left));
          used.add(left);
        });
        // maximal: no unmatched left has an edge to an unmatched right
        edges.forEach((rights, left) => {
          if (used.has(left)) return;
          for (const r of rights) assert.notEqual(match[r], -1);
        });
      },
    ),
  );
});
