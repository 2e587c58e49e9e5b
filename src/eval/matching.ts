/**
 * Maximum bipartite matching (Kuhn's augmenting paths). Left vertices are tried in order and
 * a matched left vertex stays matched, so listing `must` events before optional ones gives
 * must events the first claim on produced events.
 */

/** For each right vertex, the left vertex matched to it, or -1. */
export function maximumMatching(edges: readonly (readonly number[])[], rightCount: number): Int32Array {
  const matchOfRight = new Int32Array(rightCount).fill(-1);
  const tryLeft = (left: number, seen: Uint8Array): boolean => {
    for (const right of edges[left] ?? []) {
      if (seen[right] === 1) continue;
      seen[right] = 1;
      const holder = matchOfRight[right] ?? -1;
      if (holder === -1 || tryLeft(holder, seen)) {
        matchOfRight[right] = left;
        return true;
      }
    }
    return false;
  };
  for (let left = 0; left < edges.length; left += 1) tryLeft(left, new Uint8Array(rightCount));
  return matchOfRight;
}
