import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseCache, type CachedResponse } from './cache.js';

const answer = (body: string, status = 200): CachedResponse => ({ status, body, type: 'application/json' });

describe('response cache', () => {
  test('computes once per key, shares a computation in flight, keeps only 200s', async () => {
    const cache = new ResponseCache();
    let calls = 0;
    const slow = () =>
      new Promise<CachedResponse>((resolve) => {
        calls += 1;
        setTimeout(() => resolve(answer('a')), 5);
      });
    const [x, y] = await Promise.all([cache.get('k', slow), cache.get('k', slow)]);
    assert.equal(calls, 1);
    assert.deepEqual(x, y);
    await cache.get('k', slow);
    assert.equal(calls, 1);
    await cache.get('bad', async () => answer('e', 400));
    assert.equal((await cache.get('bad', async () => answer('f', 400))).body, 'f', 'errors are not kept');
    await assert.rejects(cache.get('throws', async () => Promise.reject(new Error('x'))));
    assert.equal((await cache.get('throws', async () => answer('ok'))).body, 'ok', 'a failure is not kept');
  });

  test('invalidation drops everything, including answers computed before it', async () => {
    const cache = new ResponseCache();
    await cache.get('k', async () => answer('old'));
    let release: () => void = () => {};
    const pending = cache.get('p', () => new Promise((r) => (release = () => r(answer('stale')))));
    cache.invalidate();
    release();
    await pending;
    assert.equal(cache.size, 0);
    assert.equal((await cache.get('k', async () => answer('new'))).body, 'new');
  });

  test('least recently used entries go first when full', async () => {
    const cache = new ResponseCache({ maxEntries: 2 });
    await cache.get('a', async () => answer('1'));
    await cache.get('b', async () => answer('2'));
    await cache.get('a', async () => answer('x'));
    await cache.get('c', async () => answer('3'));
    assert.equal((await cache.get('a', async () => answer('again'))).body, '1');
    assert.equal((await cache.get('b', async () => answer('recomputed'))).body, 'recomputed');
  });
});
