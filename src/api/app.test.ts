/**
 * The API in-process (`app.request`): every route against the OpenAPI document and its
 * response schema, pagination, static files, ingest, and every kind of bad input.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import type { z } from 'zod';
import { createEngine } from '../cli/engine.js';
import { readerVersion } from '../cli/reader-version.js';
import { loadDictionaries, type Dictionaries } from '../dict/index.js';
import { makeBundle } from '../store/fixtures.js';
import { openStore } from '../store/index.js';
import type { ImportedEvent, Store } from '../store/types.js';
import { projectRoot } from '../testing/shared.js';
import { createApp, honoPath } from './app.js';
import type { IngestEngine } from './ingest.js';
import { ROUTES } from './openapi.js';
import * as S from './schemas.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-api-'));
let store: Store;
let readOnlyStore: Store;
let app: Hono;
let dicts: Dictionaries;
let engine: IngestEngine | null = null;

const actor = (c: string) => ({
  code: c,
  country: c,
  sector: null,
  name: c,
  text: c,
  start: null,
  end: null,
});

function imported(i: number): ImportedEvent {
  const day = new Date(Date.UTC(2023, 0, 1) + i * 5 * 86_400_000).toISOString().slice(0, 10);
  return {
    dataset: 'gdelt',
    externalId: String(9000 + i),
    code: i % 3 === 0 ? '190' : '042',
    root: i % 3 === 0 ? '19' : '04',
    quad: i % 3 === 0 ? 4 : 1,
    goldstein: i % 3 === 0 ? -10 : 1.9,
    plover: { type: null, mode: null },
    sources: [actor(i % 2 ? 'ARN' : 'GON')],
    targets: [actor(i % 2 ? 'GON' : 'ARN')],
    reciprocal: false,
    modality: 'asserted',
    date: { value: day, precision: 'day', start: day, end: day },
    location: null,
    counts: { mentions: 1 + (i % 4), articles: 1, sources: 1 },
    evidenceText: `Arnor and Gondor event ${i}`,
    sourceUrl: `https://example.org/e/${i}`,
    extra: null,
    origin: { file: 'api-test', line: i },
  };
}

function make(options: { store: Store; maxBodyBytes?: number; webRoot?: string | null }): Hono {
  return createApp({
    store: options.store,
    dictionaries: () => dicts,
    engine: () => {
      if (!engine) {
        const e = createEngine();
        engine = { analyzer: e.analyzer, readerVersion: readerVersion(e) };
      }
      return engine;
    },
    log: () => {},
    ...(options.maxBodyBytes ? { maxBodyBytes: options.maxBodyBytes } : {}),
    ...(options.webRoot !== undefined ? { webRoot: options.webRoot } : {}),
  });
}

before(async () => {
  dicts = loadDictionaries();
  store = await openStore({ path: join(dir, 'api.duckdb') });
  await store.putArticles(Array.from({ length: 12 }, (_, i) => makeBundle(i)));
  await store.putImportedEvents(Array.from({ length: 60 }, (_, i) => imported(i)));
  const ro = join(dir, 'ro.duckdb');
  const w = await openStore({ path: ro });
  await w.putArticle(makeBundle(1));
  await w.close();
  readOnlyStore = await openStore({ path: ro, readOnly: true });
  app = make({ store, webRoot: null });
});

after(async () => {
  await store.close();
  await readOnlyStore.close();
  rmSync(dir, { recursive: true, force: true });
});

async function getJson(path: string, on: Hono = app): Promise<{ status: number; body: unknown }> {
  const res = await on.request(path);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/, `${path} answers JSON`);
  return { status: res.status, body: await res.json() };
}

async function ok<T extends z.ZodType>(path: string, schema: T): Promise<z.output<T>> {
  const { status, body } = await getJson(path);
  assert.equal(status, 200, `${path}: ${JSON.stringify(body)}`);
  const parsed = schema.safeParse(body);
  assert.ok(
    parsed.success,
    `${path} matches its schema: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))}`,
  );
  return parsed.data;
}

async function refused(
  path: string,
  status: number,
  parameter: string | null,
  init?: RequestInit,
  on: Hono = app,
) {
  const res = await on.request(path, init);
  const body = (await res.json()) as z.output<typeof S.ErrorBody>;
  assert.equal(res.status, status, `${path}: ${JSON.stringify(body)}`);
  assert.ok(S.ErrorBody.safeParse(body).success, `${path}: an error body`);
  assert.equal(body.error.status, status);
  assert.equal(body.error.parameter, parameter, `${path}: names ${parameter}: ${body.error.message}`);
  return body.error.message;
}

describe('OpenAPI document', () => {
  test('describes exactly the routes the app serves', async () => {
    const doc = (await ok('/openapi.json', {
      safeParse: (x: unknown) => ({ success: true, data: x }),
    } as never)) as {
      openapi: string;
      paths: Record<
        string,
        Record<
          string,
          { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }
        >
      >;
      components: { schemas: Record<string, unknown> };
    };
    assert.equal(doc.openapi, '3.1.0');
    const documented = Object.entries(doc.paths)
      .flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${honoPath(path)}`))
      .sort();
    const served = app.routes
      .filter((r) => r.path.startsWith('/api/') && (r.method === 'GET' || r.method === 'POST'))
      .map((r) => `${r.method} ${r.path}`);
    assert.deepEqual([...new Set(served)].sort(), documented);
    assert.equal(documented.length, ROUTES.length);
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const response of Object.values(op.responses)) {
          for (const media of Object.values(response.content ?? {})) {
            const ref = media.schema.$ref;
            if (ref)
              assert.ok(doc.components.schemas[ref.split('/').at(-1)!], `${method} ${path}: ${ref} defined`);
          }
        }
      }
    }
    for (const schema of Object.values(doc.components.schemas)) {
      for (const m of JSON.stringify(schema).matchAll(/"#\/components\/schemas\/(\w+)"/g)) {
        assert.ok(doc.components.schemas[m[1]!], `${m[1]} defined`);
      }
    }
  });

  test('every documented query parameter is accepted by its route', async () => {
    const samples: Record<string, string> = {
      dyad: 'ARN-GON',
      direction: 'both',
      actor: 'ARN',
      party: 'ARN',
      from: '2023-01-01',
      to: '2024-12-31',
      root: '04',
      code: '042',
      quad: '1',
      modality: 'asserted,future',
      dataset: 'gdelt',
      q: 'event',
      order: 'asc',
      limit: '5',
      interval: 'quarter',
      reference: 'false',
      window: '4',
      threshold: '2.5',
      drivers: '2',
      format: 'md',
      top: '3',
      dyads: 'ARN-GON,GON-ARN',
    };
    for (const route of ROUTES.filter((r) => r.method === 'get')) {
      const doc = (await (await app.request('/openapi.json')).json()) as {
        paths: Record<
          string,
          Record<string, { parameters: { name: string; in: string; schema: { enum?: string[] } }[] }>
        >;
      };
      const params = doc.paths[route.path]!.get!.parameters;
      const value = (p: (typeof params)[number]) => p.schema.enum?.at(-1) ?? samples[p.name];
      const query = params
        .filter((p) => p.in === 'query' && value(p) !== undefined)
        .filter((p) => !(route.operationId === 'listFacts' && p.name === 'kind'))
        .map((p) => `${p.name}=${encodeURIComponent(value(p)!)}`)
        .join('&');
      const path = route.path.replace('{a}', 'ARN').replace('{b}', 'GON').replace('{id}', 'x');
      if (route.path.includes('{id}')) continue;
      const res = await app.request(`${path}?${query}`);
      assert.equal(res.status, 200, `${route.operationId} ${path}?${query}: ${await res.text()}`);
    }
  });
});

describe('routes answer in their documented shapes', () => {
  test('articles: list, pages, one article with text, sentences, events, facts, designations', async () => {
    const first = await ok('/api/articles?limit=5', S.ArticlesPage);
    assert.equal(first.items.length, 5);
    assert.ok(first.nextCursor);
    const rest = await ok(`/api/articles?limit=100&cursor=${first.nextCursor}`, S.ArticlesPage);
    assert.equal(first.items.length + rest.items.length, 12);
    const id = first.items[0]!.id;
    const detail = await ok(`/api/articles/${id}`, S.ArticleDetail);
    assert.equal(detail.article.id, id);
    assert.ok(detail.sentences.length > 0 && detail.events.length > 0);
    for (const s of detail.sentences) assert.equal(detail.article.text.slice(s.start, s.end), s.text);
    for (const r of detail.events) {
      for (const h of r.highlights)
        assert.equal(detail.article.text.slice(h.start, h.end), h.text, `${h.kind} span`);
    }
    assert.equal(detail.facts.length, detail.article.counts.facts);
    assert.equal(detail.designations.length, detail.article.counts.designations);
  });

  test('events: filters, text search, and a stable cursor', async () => {
    const all = await ok('/api/events?limit=1000', S.EventsPage);
    const collected: string[] = [];
    let cursor: string | null = null;
    do {
      const page: z.output<typeof S.EventsPage> = await ok(
        `/api/events?limit=7${cursor ? `&cursor=${cursor}` : ''}`,
        S.EventsPage,
      );
      collected.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(
      collected,
      all.items.map((e) => e.id),
    );
    const dyad = await ok('/api/events?dyad=ARN-GON&direction=ab&dataset=gdelt&limit=1000', S.EventsPage);
    assert.ok(dyad.items.length > 0);
    for (const e of dyad.items) {
      assert.equal(e.sources[0]!.country, 'ARN');
      assert.equal(e.dataset, 'gdelt');
    }
    const conflict = await ok('/api/events?dyad=ARN-GON&quad=4&from=2023-03-01&to=2023-06-30', S.EventsPage);
    for (const e of conflict.items) {
      assert.equal(e.quad, 4);
      assert.ok(e.date!.start >= '2023-03-01' && e.date!.start <= '2023-06-30');
    }
    const text = await ok('/api/events?q=EVENT%2012&dataset=gdelt', S.EventsPage);
    assert.deepEqual(
      text.items.map((e) => e.externalId),
      ['9012'],
    );
    const future = await ok('/api/events?modality=future', S.EventsPage);
    assert.ok(future.items.length > 0 && future.items.every((e) => e.modality === 'future'));
  });

  test('one event with its reports and highlights that slice back to the article', async () => {
    const { items } = await ok('/api/events?dataset=dyad&limit=3', S.EventsPage);
    for (const e of items) {
      const detail = await ok(`/api/events/${encodeURIComponent(e.id)}`, S.EventDetail);
      assert.equal(detail.event.id, e.id);
      assert.equal(detail.mentions.length, e.counts.mentions);
      const article = await ok(`/api/articles/${detail.mentions[0]!.article!.id}`, S.ArticleDetail);
      for (const m of detail.mentions) {
        assert.equal(article.article.text.slice(m.sentence!.start, m.sentence!.end), m.sentence!.text);
        const kinds = new Set(m.highlights.map((h) => h.kind));
        assert.ok(kinds.has('evidence') && kinds.has('source') && kinds.has('verb'));
        assert.ok(m.event.verb, 'a coded report keeps its verb span');
        assert.ok(
          m.event.verb.start >= m.event.evidence.start && m.event.verb.end <= m.event.evidence.end,
          'the verb is among the event words',
        );
        for (const h of m.highlights) {
          assert.equal(article.article.text.slice(h.start, h.end), h.text);
          assert.ok(h.start >= m.sentence!.start && h.end <= m.sentence!.end, 'inside the sentence');
        }
      }
    }
    const gdelt = await ok('/api/events/gdelt%3A9001', S.EventDetail);
    assert.deepEqual(gdelt.mentions, []);
  });

  test('facts and designations', async () => {
    const facts = await ok('/api/facts?dyad=GON-ARN&limit=1000', S.FactsPage);
    assert.ok(facts.items.length > 0);
    for (const f of facts.items) assert.ok(f.parties.includes('ARN') && f.parties.includes('GON'));
    const growth = await ok('/api/facts?kind=trade_growth&from=2024-01-01&to=2024-12-31', S.FactsPage);
    assert.ok(growth.items.every((f) => f.kind === 'trade_growth'));
    const designations = await ok('/api/designations?kind=partnership&party=ARN', S.DesignationsPage);
    assert.ok(designations.items.length > 0);
    const days = designations.items.map((d) => d.day ?? '9999');
    assert.deepEqual(days, [...days].sort(), 'a timeline, oldest first');
  });

  test('series, index, changes, top events and comparison', async () => {
    const series = await ok(
      '/api/dyads/ARN/GON/series?interval=month&from=2023-01-01&to=2023-12-31',
      S.Series,
    );
    assert.equal(series.points.length, 12, 'every month, empty ones too');
    assert.deepEqual(series.modalities, ['asserted', 'future']);
    const total = series.points.reduce((s, p) => s + p.events, 0);
    const ab = await ok(
      '/api/dyads/ARN/GON/series?interval=year&direction=ab&from=2023-01-01&to=2023-12-31',
      S.Series,
    );
    const ba = await ok(
      '/api/dyads/ARN/GON/series?interval=year&direction=ba&from=2023-01-01&to=2023-12-31',
      S.Series,
    );
    assert.equal(ab.points[0]!.events + ba.points[0]!.events, total, 'no reciprocal events in 2023');
    const index = await ok('/api/dyads/ARN/GON/index?interval=quarter', S.IndexSeries);
    for (const p of index.points) assert.ok(p.index >= -100 && p.index <= 100);
    assert.ok(index.formula.includes('I = 100'));
    await ok('/api/dyads/ARN/GON/changes?interval=month&window=3', S.Changes);
    const top = await ok('/api/dyads/ARN/GON/top-events?order=conflictual&limit=3', S.TopEvents);
    assert.ok(top.items.length === 3 && top.items.every((e) => e.quad === 4));
    const cmp = await ok('/api/compare?dyads=ARN-GON,ROH-MOR&interval=year', S.Comparison);
    assert.equal(cmp.dyads.length, 2);
    assert.deepEqual(
      cmp.dyads[0]!.points.map((p) => p.period),
      cmp.dyads[1]!.points.map((p) => p.period),
    );
  });

  test('brief as Markdown and as self-contained HTML', async () => {
    const md = await app.request('/api/dyads/ARN/GON/brief');
    assert.equal(md.status, 200);
    assert.match(md.headers.get('content-type') ?? '', /text\/markdown/);
    assert.match(await md.text(), /^# .*relationship brief/);
    const html = await app.request('/api/dyads/ARN/GON/brief?format=html&from=2024-01-01');
    assert.match(html.headers.get('content-type') ?? '', /text\/html/);
    const page = await html.text();
    assert.match(page, /^<!doctype html>/);
    assert.doesNotMatch(page, /<script|<link /i);
  });

  test('actors and stats', async () => {
    const top = await ok('/api/actors', S.ActorsJson);
    assert.ok(top.items.some((a) => a.code === 'ARN' && a.events > 0));
    const bel = await ok('/api/actors?q=belar', S.ActorsJson);
    assert.equal(bel.items[0]?.code, 'BLR');
    assert.equal(bel.items[0]?.name, 'Belarus');
    const eu = await ok('/api/actors?q=IGOEU', S.ActorsJson);
    assert.ok(eu.items.some((a) => a.code === 'IGOEUREEC' && a.kind === 'organisation'));
    const stats = await ok('/api/stats?top=3', S.StatsJson);
    assert.equal(stats.counts.articles, 12);
    assert.ok(stats.topActors.length <= 3);
  });
});

describe('bad input is refused with a JSON error naming the parameter', () => {
  const cases: [string, number, string | null][] = [
    ['/api/events?from=2023-13-01', 400, 'from'],
    ['/api/events?from=2023-02-30', 400, 'from'],
    ['/api/events?from=yesterday', 400, 'from'],
    ['/api/events?from=2024-01-01&to=2023-01-01', 400, 'to'],
    ['/api/dyads/ARN/GON/series?from=2024-01-01&to=2023-01-01', 400, 'to'],
    ['/api/events?dyad=ARN-QQQ', 400, 'dyad'],
    ['/api/events?dyad=arn-gon', 400, 'dyad'],
    ['/api/events?dyad=ARN', 400, 'dyad'],
    ['/api/events?actor=ZZZZZ', 400, 'actor'],
    ['/api/dyads/ARN/QQQ/series', 400, 'b'],
    ['/api/dyads/ARN/gon/index', 400, 'b'],
    ['/api/facts?party=QQQ', 400, 'party'],
    ['/api/events?limit=5000', 400, 'limit'],
    ['/api/events?limit=1000000000000', 400, 'limit'],
    ['/api/events?limit=0', 400, 'limit'],
    ['/api/events?limit=abc', 400, 'limit'],
    ['/api/events?limit=2.5', 400, 'limit'],
    ['/api/articles?limit=-1', 400, 'limit'],
    ['/api/events?cursor=not%20a%20cursor', 400, 'cursor'],
    [`/api/events?cursor=${Buffer.from('["articles","x","y"]').toString('base64url')}`, 400, 'cursor'],
    ['/api/events?foo=1', 400, 'foo'],
    ['/api/events?limit=1&limit=2', 400, 'limit'],
    ['/api/events?quad=5', 400, 'quad'],
    ['/api/events?root=4', 400, 'root'],
    ['/api/events?code=04a', 400, 'code'],
    ['/api/events?modality=maybe', 400, 'modality'],
    ['/api/events?dataset=acled', 400, 'dataset'],
    ['/api/events?order=up', 400, 'order'],
    ['/api/events?q=', 400, 'q'],
    ['/api/dyads/ARN/GON/series?interval=decade', 400, 'interval'],
    ['/api/dyads/ARN/GON/series?interval=day&from=1900-01-01&to=2024-01-01', 400, 'interval'],
    ['/api/dyads/ARN/GON/series?direction=up', 400, 'direction'],
    ['/api/dyads/ARN/GON/index?reference=maybe', 400, 'reference'],
    ['/api/dyads/ARN/GON/changes?window=1', 400, 'window'],
    ['/api/dyads/ARN/GON/changes?threshold=0', 400, 'threshold'],
    ['/api/dyads/ARN/GON/top-events?limit=101', 400, 'limit'],
    ['/api/dyads/ARN/GON/brief?format=pdf', 400, 'format'],
    ['/api/compare', 400, 'dyads'],
    ['/api/compare?dyads=ARN-GON,bad', 400, 'dyads'],
    ['/api/compare?dyads=ARN-QQQ', 400, 'dyads'],
    [`/api/compare?dyads=${Array.from({ length: 13 }, () => 'ARN-GON').join(',')}`, 400, 'dyads'],
    ['/api/actors?q=', 400, 'q'],
    ['/api/actors?limit=500', 400, 'limit'],
    ['/api/stats?top=0', 400, 'top'],
    ['/api/designations?kind=alliance', 400, 'kind'],
    ['/api/facts?article=xyz', 400, 'article'],
    ['/api/articles/xyz', 400, 'id'],
    ['/api/articles/0123456789abcdef0123456789abcdef', 404, 'id'],
    ['/api/events/no-such-event', 404, 'id'],
    ['/api/nothing-here', 404, null],
    ['/api/dyads/ARN/GON', 404, null],
  ];
  for (const [path, status, parameter] of cases) {
    test(`${status} ${path.length > 90 ? `${path.slice(0, 90)}…` : path}`, async () => {
      await refused(path, status, parameter);
    });
  }

  test('a wrong method is a JSON 404', async () => {
    await refused('/api/events', 404, null, { method: 'POST', body: 'x' });
    await refused('/api/ingest', 404, null);
  });
});

describe('POST /api/ingest', () => {
  const post = (body: string, type: string): RequestInit => ({
    method: 'POST',
    body,
    headers: { 'Content-Type': type },
  });

  test('malformed JSON, empty bodies, bad lines, unknown types', async () => {
    await refused('/api/ingest', 400, 'body', post('{"text": "Arnor', 'application/json'));
    await refused('/api/ingest', 400, 'body', post('[]', 'application/json'));
    await refused('/api/ingest', 400, 'body', post('   ', 'text/plain'));
    await refused('/api/ingest', 400, 'body', post('{bad\nnot json either\n', 'application/x-ndjson'));
    await refused('/api/ingest', 400, 'body', post('{"title": "no text"}', 'application/json'));
    await refused('/api/ingest', 415, 'Content-Type', post('\x89PNG', 'image/png'));
    await refused('/api/ingest?published=2023-02-30', 400, 'published', post('Some text.', 'text/plain'));
    await refused('/api/ingest?format=docx', 400, 'format', post('Some text.', 'text/plain'));
  });

  test('a body over the limit is refused with 413', async () => {
    const small = make({ store, maxBodyBytes: 1000 });
    await refused('/api/ingest', 413, 'body', post('x'.repeat(1001), 'text/plain'), small);
    const chunked = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 5; i += 1) controller.enqueue(new TextEncoder().encode('y'.repeat(400)));
        controller.close();
      },
    });
    await refused(
      '/api/ingest',
      413,
      'body',
      {
        method: 'POST',
        body: chunked,
        headers: { 'Content-Type': 'text/plain' },
        duplex: 'half',
      } as RequestInit,
      small,
    );
  });

  test('a read-only server refuses to ingest', async () => {
    const ro = make({ store: readOnlyStore });
    await refused('/api/ingest', 403, null, post('Some text.', 'text/plain'), ro);
    const stats = await getJson('/api/stats', ro);
    assert.equal(stats.status, 200);
  });

  test('an article is read, coded and stored; the same again changes nothing', async () => {
    const text = readFileSync(
      join(projectRoot, 'examples', '2023-12-05-lukashenko-working-visit-xi-diaoyutai.md'),
      'utf8',
    );
    const before = await ok('/api/stats', S.StatsJson);
    const res = await app.request('/api/ingest', post(text, 'text/markdown'));
    const body = await res.json();
    assert.equal(res.status, 200, JSON.stringify(body));
    const result = S.IngestResult.parse(body);
    assert.equal(result.articles.length, 1);
    assert.equal(result.articles[0]!.status, 'new');
    assert.ok(result.articles[0]!.events > 0);
    const again = S.IngestResult.parse(
      await (await app.request('/api/ingest', post(text, 'text/markdown'))).json(),
    );
    assert.equal(again.articles[0]!.status, 'unchanged');
    const afterwards = await ok('/api/stats', S.StatsJson);
    assert.equal(
      afterwards.counts.articles,
      before.counts.articles + 1,
      'cached answers are dropped after an ingest',
    );
    const events = await ok('/api/events?dyad=CHN-BLR&limit=1000', S.EventsPage);
    assert.ok(events.items.some((e) => e.article?.id === result.articles[0]!.id));
    const lines = [
      JSON.stringify({
        text: 'Arnor and Gondor signed a trade agreement on Monday.',
        published: '2024-03-04',
      }),
      '{not json',
      JSON.stringify({ title: 'no text' }),
    ].join('\n');
    const mixed = S.IngestResult.parse(
      await (await app.request('/api/ingest', post(lines, 'application/x-ndjson'))).json(),
    );
    assert.equal(mixed.articles.length, 1);
    assert.equal(mixed.errors.length, 2);
    assert.match(mixed.errors[0]!.input, /:2$/);
  });
});

describe('static files', () => {
  test('a plain page at / without a dashboard build', async () => {
    const res = await app.request('/');
    assert.equal(res.status, 200);
    assert.match(await res.text(), /Dyad[\s\S]*openapi\.json/);
    await refused('/assets/app.js', 404, null);
  });

  test('the dashboard build, its assets, client routes, and nothing outside it', async () => {
    const web = join(dir, 'web');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>dashboard</title>');
    writeFileSync(join(web, 'assets', 'app-1234.js'), 'console.log(1)');
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    const withWeb = make({ store, webRoot: web });
    const index = await withWeb.request('/');
    assert.match(await index.text(), /dashboard/);
    const asset = await withWeb.request('/assets/app-1234.js');
    assert.match(asset.headers.get('content-type') ?? '', /javascript/);
    assert.match(asset.headers.get('cache-control') ?? '', /immutable/);
    const route = await withWeb.request('/dyads/CHN-BLR');
    assert.match(await route.text(), /dashboard/, 'client routes get index.html');
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/missing.js',
    ]) {
      const res = await withWeb.request(path);
      assert.notEqual(await res.text(), 'secret', path);
      assert.equal(res.status, 404, path);
    }
    const api = await withWeb.request('/api/stats');
    assert.equal(api.status, 200, 'the API still answers');
  });
});
