import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { describeResult } from './origin.js';
import { readInputs } from './read-inputs.js';
import { articleOf, collect, fixture } from './testing.js';
import type { IngestOptions } from './types.js';

interface Route {
  readonly status?: number;
  readonly type?: string;
  readonly body?: string | Buffer;
  readonly redirect?: string;
  readonly hang?: boolean;
  readonly chunks?: number;
}

const routes: Record<string, Route> = {
  '/article': { type: 'text/html; charset=utf-8', body: readFileSync(fixture('article.html')) },
  '/feed': { type: 'application/rss+xml', body: readFileSync(fixture('feed.rss')) },
  '/plain': { type: 'text/plain', body: 'Title Here\n\nThe delegations met.' },
  '/latin1': { type: 'text/plain; charset=iso-8859-1', body: Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e]) },
  '/unknown': {
    type: 'application/octet-stream',
    body: '<rss><channel><item><description>Sniffed.</description></item></channel></rss>',
  },
  '/records.jsonl': { type: 'application/octet-stream', body: '{"text": "A record."}\n' },
  '/moved': { status: 301, redirect: '/article' },
  '/missing': { status: 404, body: 'nope' },
  '/empty': { type: 'text/html', body: '' },
  '/binary': { type: 'application/octet-stream', body: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]) },
  '/big': { type: 'text/plain', body: 'z'.repeat(5000) },
  '/big-chunked': { type: 'text/plain', body: 'z'.repeat(5000), chunks: 10 },
  '/slow': { hang: true },
};

let server: Server;
let base = '';

before(async () => {
  server = createServer((request, response) => {
    const route = routes[request.url ?? ''] ?? { status: 404 };
    if (route.hang) return;
    if (route.redirect) {
      response.writeHead(route.status ?? 302, { location: route.redirect });
      response.end();
      return;
    }
    const body = route.body ?? '';
    const headers: Record<string, string> = route.type ? { 'content-type': route.type } : {};
    if (route.chunks) {
      response.writeHead(route.status ?? 200, headers);
      const buffer = Buffer.from(body);
      const size = Math.ceil(buffer.length / route.chunks);
      for (let i = 0; i < buffer.length; i += size) response.write(buffer.subarray(i, i + size));
      response.end();
      return;
    }
    response.writeHead(route.status ?? 200, {
      ...headers,
      'content-length': String(Buffer.byteLength(body)),
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const read = (paths: string[], options: IngestOptions = {}) =>
  collect(
    readInputs(
      paths.map((p) => base + p),
      options,
    ),
  );

test('an HTML page by URL: canonical URL resolved, source from the page', async () => {
  const [result] = await read(['/article']);
  const article = articleOf(result);
  assert.equal(article.title, 'Talks resume in Minas Town');
  assert.equal(article.url, `${base}/world/talks-resume`);
  assert.equal(article.source, 'Example Wire');
  assert.equal(article.published, '2024-05-06');
  assert.deepEqual(article.origin, { path: `${base}/article` });
});

test('a redirect is followed', async () => {
  const [result] = await read(['/moved']);
  assert.equal(articleOf(result).title, 'Talks resume in Minas Town');
  assert.deepEqual(articleOf(result).origin, { path: `${base}/moved` });
});

test('a feed, plain text, a declared charset, and content sniffed past a useless type', async () => {
  const feed = await read(['/feed']);
  assert.equal(feed.length, 4);
  assert.equal(articleOf(feed[0]).origin.line, 6);
  const [plain] = await read(['/plain']);
  assert.equal(articleOf(plain).title, 'Title Here');
  assert.equal(articleOf(plain).url, null);
  assert.equal(articleOf(plain).source, '127.0.0.1');
  const [latin1] = await read(['/latin1']);
  assert.equal(articleOf(latin1).text, 'café.');
  const [sniffed] = await read(['/unknown']);
  assert.equal(articleOf(sniffed).text, 'Sniffed.');
  const [jsonl] = await read(['/records.jsonl']);
  assert.deepEqual(articleOf(jsonl).origin, { path: `${base}/records.jsonl`, line: 1 });
});

test('HTTP errors, empty and binary bodies, size limits and timeouts are errors naming the URL', async () => {
  const results = await read(['/missing', '/empty', '/binary', '/big', '/big-chunked', '/slow', '/plain'], {
    maxBytes: 1024,
    timeoutMs: 300,
  });
  assert.deepEqual(results.slice(0, -1).map(describeResult), [
    `${base}/missing: HTTP 404 Not Found`,
    `${base}/empty: empty response`,
    `${base}/binary: binary file (PDF), not text`,
    `${base}/big: too large (4.9 KB > 1 KB limit)`,
    `${base}/big-chunked: too large (over the 1 KB limit)`,
    `${base}/slow: timed out after 0.3 s`,
  ]);
  assert.equal(results.at(-1)?.kind, 'article');
});

test('a refused connection is an error', async () => {
  const [result] = await collect(readInputs(['http://127.0.0.1:9/nothing'], { timeoutMs: 2000 }));
  assert.equal(result?.kind, 'error');
  assert.match(result?.kind === 'error' ? result.message : '', /^fetch failed \(/);
});
