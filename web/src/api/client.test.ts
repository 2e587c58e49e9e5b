import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiFailure, apiUrl, createApi, isAbort } from './client.js';

const respond = (status: number, body: string, type = 'application/json') =>
  (async () => new Response(body, { status, headers: { 'Content-Type': type } })) as typeof fetch;

async function failure(promise: Promise<unknown>): Promise<ApiFailure> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ApiFailure, String(error));
    return error;
  }
  assert.fail('expected a failure');
}

test('apiUrl keeps the order of the parameters and encodes them', () => {
  assert.equal(apiUrl('/api/events'), '/api/events');
  assert.equal(apiUrl('/api/events', { dyad: 'CHN-BLR', q: 'a b&c' }), '/api/events?dyad=CHN-BLR&q=a+b%26c');
});

test('a JSON answer is returned as is, from the base URL', async () => {
  let asked = '';
  const api = createApi('http://x', (async (url: string) => {
    asked = url;
    return new Response('{"items":[]}', { status: 200 });
  }) as typeof fetch);
  assert.deepEqual(await api.get('/api/actors', { q: 'chn' }), { items: [] });
  assert.equal(asked, 'http://x/api/actors?q=chn');
});

test('a refused parameter is reported with its name and message', async () => {
  const body = JSON.stringify({ error: { status: 400, parameter: 'from', message: 'must be a real day' } });
  const f = await failure(createApi('', respond(400, body)).get('/api/events'));
  assert.equal(f.status, 400);
  assert.equal(f.parameter, 'from');
  assert.equal(f.message, 'must be a real day');
});

test('an unreachable API, or one that does not answer JSON, is status 0', async () => {
  const down = await failure(
    createApi('', (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch).get('/api/stats'),
  );
  assert.equal(down.status, 0);
  assert.match(down.message, /Cannot reach the Dyad API/);
  const proxy = await failure(
    createApi('', respond(502, '<html>Bad gateway</html>', 'text/html')).get('/api/stats'),
  );
  assert.equal(proxy.status, 0);
  const html = await failure(createApi('', respond(200, '<html></html>', 'text/html')).get('/api/stats'));
  assert.equal(html.status, 0);
});

test('an aborted request stays an AbortError (a newer load replaced it)', async () => {
  const controller = new AbortController();
  controller.abort();
  const api = createApi('', (async (_url: string, init?: RequestInit) => {
    init?.signal?.throwIfAborted();
    return new Response('{}');
  }) as typeof fetch);
  await assert.rejects(api.get('/api/stats', {}, controller.signal), (e: unknown) => isAbort(e));
});
