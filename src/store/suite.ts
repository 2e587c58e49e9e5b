/**
 * The behaviour every Store backend must have. A backend's test file calls
 * `runStoreSuite('duckdb', makeStore)` where `makeStore` returns a fresh, empty
 * store; the suite closes each store it made.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DyadError } from '../core/errors.js';
import type { CodedEvent, Designation, Mention, Sentence } from '../core/types.js';
import { COUNTRIES, makeBundle } from './fixtures.js';
import { expandPairs } from './pairs.js';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeReportBundle, reportArticleId, type ReportArticle, type ReportSpec } from './report-fixtures.js';
import { runAnalyticsSuite } from './suite-analytics.js';
import type {
  ArticleBundle,
  ImportedEvent,
  ImportedEventMention,
  Page,
  SeriesPoint,
  Store,
  StoredEvent,
} from './types.js';

export type MakeStore = () => Promise<Store>;

async function withStore(makeStore: MakeStore, body: (store: Store) => Promise<void>): Promise<void> {
  const store = await makeStore();
  try {
    await body(store);
  } finally {
    await store.close();
  }
}

/** Every item of a listing, following cursors. */
export async function collect<T>(
  list: (cursor: string | null) => Promise<Page<T>>,
  maxPages = 10_000,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < maxPages; i += 1) {
    const page: Page<T> = await list(cursor);
    items.push(...page.items);
    if (page.nextCursor === null) return items;
    cursor = page.nextCursor;
  }
  throw new Error('pagination did not end');
}

/**
 * Checks that every stored article has exactly the child rows its counts say and
 * that no row is orphaned: by checkIntegrity, and by reading back up to `sample`
 * articles in full. Returns the number of articles.
 */
export async function assertComplete(store: Store, sample = 20): Promise<number> {
  const report = await store.checkIntegrity();
  assert.deepEqual(report.incomplete, [], 'every article complete');
  assert.deepEqual(report.orphans, {}, 'no orphaned rows');
  assert.equal(report.duplicateEventIds, 0, 'event ids are unique');
  const articles = await collect((cursor) => store.listArticles({ limit: 500, cursor }));
  assert.equal(articles.length, report.articles);
  const step = Math.max(1, Math.floor(articles.length / sample));
  let sentences = 0;
  let mentions = 0;
  for (const [i, a] of articles.entries()) {
    sentences += a.counts.sentences;
    mentions += a.counts.mentions;
    if (i % step !== 0) continue;
    const bundle = await store.getBundle(a.id);
    assert.ok(bundle, `article ${a.id} listed but not readable`);
    assert.equal(bundle.sentences.length, a.counts.sentences, `sentences of ${a.id}`);
    assert.equal(bundle.mentions.length, a.counts.mentions, `mentions of ${a.id}`);
    assert.equal(bundle.events.length, a.counts.events, `events of ${a.id}`);
    assert.equal(bundle.facts.length, a.counts.facts, `facts of ${a.id}`);
    assert.equal(bundle.designations.length, a.counts.designations, `designations of ${a.id}`);
  }
  const stats = await store.stats();
  assert.equal(stats.counts.articles, articles.length);
  assert.equal(stats.counts.sentences, sentences, 'no sentence rows without their article');
  assert.equal(stats.counts.mentions, mentions, 'no mention rows without their article');
  return articles.length;
}

async function allEvents(store: Store): Promise<StoredEvent[]> {
  return collect((cursor) => store.listEvents({ limit: 1000, cursor, order: 'asc' }));
}

/** Mentions per event, ascending. */
async function mentionCounts(store: Store): Promise<number[]> {
  return (await allEvents(store)).map((e) => e.counts.mentions).sort((a, b) => a - b);
}

/** Every event with its counts, date, code and the ids of its reports (lead first), sorted. */
async function describeGroups(store: Store): Promise<unknown[]> {
  const groups = [];
  for (const e of await allEvents(store)) {
    const mentions = await store.listEventMentions(e.id);
    groups.push({
      id: e.id,
      code: e.code,
      date: e.date,
      counts: e.counts,
      evidence: e.evidence,
      article: e.article?.id,
      mentions: mentions.map((m) => `${m.id}${m.lead ? ' lead' : ''}`),
    });
  }
  return groups.sort((a, b) => (a.id < b.id ? -1 : 1));
}

function assertStoredAs(actual: Awaited<ReturnType<Store['getBundle']>>, expected: ArticleBundle): void {
  assert.ok(actual, `article ${expected.article.id} is stored`);
  assert.deepEqual(actual.article, expected.article);
  assert.equal(actual.readerVersion, expected.readerVersion);
  assert.deepEqual(actual.sentences, expected.sentences);
  assert.deepEqual(actual.mentions, expected.mentions);
  assert.deepEqual(actual.events, expected.events ?? []);
  assert.deepEqual(actual.facts, expected.facts ?? []);
  assert.deepEqual(actual.designations, expected.designations ?? []);
}

async function assertAbsent(store: Store, id: string): Promise<void> {
  assert.equal(await store.getArticle(id), null);
  assert.equal(await store.getBundle(id), null);
  assert.deepEqual((await store.listMentions({ articleId: id })).items, []);
}

/** A bundle whose n-th table row is invalid for the database but passes checkBundle. */
function withBadRow(bundle: ArticleBundle, where: 'mentions' | 'events' | 'designations'): ArticleBundle {
  switch (where) {
    case 'mentions':
      return {
        ...bundle,
        mentions: bundle.mentions.map((m, i) => (i === 3 ? ({ ...m, rule: null } as unknown as Mention) : m)),
      };
    case 'events':
      return {
        ...bundle,
        events: (bundle.events ?? []).map((e, i) =>
          i === 1 ? ({ ...e, modality: null } as unknown as CodedEvent) : e,
        ),
      };
    case 'designations':
      return {
        ...bundle,
        designations: (bundle.designations ?? []).map(
          (d) => ({ ...d, label: null }) as unknown as Designation,
        ),
      };
  }
}

function importedEvent(n: number, overrides: Partial<ImportedEvent> = {}): ImportedEvent {
  return {
    dataset: 'gdelt',
    externalId: String(1_100_000_000 + n),
    code: '042',
    root: '04',
    quad: 1,
    goldstein: 1.9,
    plover: { type: null, mode: null },
    sources: [
      { code: 'ARNGOV', country: 'ARN', sector: 'GOV', name: 'ARNOR', text: 'ARNOR', start: null, end: null },
    ],
    targets: [
      { code: 'GON', country: 'GON', sector: null, name: 'GONDOR', text: 'GONDOR', start: null, end: null },
    ],
    reciprocal: false,
    modality: 'asserted',
    date: { value: '2024-02-01', precision: 'day', start: '2024-02-01', end: '2024-02-01' },
    location: { name: 'Annuminas', country: 'ARN', lat: 1.5, lon: -2.25 },
    counts: { mentions: 10, articles: 8, sources: 3 },
    sourceUrl: `https://example.org/gdelt/${n}`,
    extra: {
      GLOBALEVENTID: String(1_100_000_000 + n),
      IsRootEvent: '1',
      Actor1Type1Code: 'GOV',
      AvgTone: '-1.25',
    },
    origin: { file: 'sample.export.CSV', line: n + 1 },
    ...overrides,
  };
}

export function runStoreSuite(name: string, makeStore: MakeStore): void {
  describe(`Store suite: ${name}`, () => {
    describe('putArticle', () => {
      test('stores a new article and reads back exactly what was put', async () => {
        await withStore(makeStore, async (store) => {
          const bundle = makeBundle(1);
          assert.equal(await store.putArticle(bundle), 'new');
          assertStoredAs(await store.getBundle(bundle.article.id), bundle);
          const stored = await store.getArticle(bundle.article.id);
          assert.ok(stored);
          assert.deepEqual(stored.article, bundle.article);
          assert.deepEqual(stored.counts, {
            sentences: bundle.sentences.length,
            mentions: bundle.mentions.length,
            events: bundle.events?.length,
            facts: bundle.facts?.length,
            designations: bundle.designations?.length,
          });
          assert.equal(stored.readerVersion, 'reader-1');
          assert.ok(!Number.isNaN(Date.parse(stored.ingestedAt)));
        });
      });

      test('the same article and reader version again is unchanged and changes nothing', async () => {
        await withStore(makeStore, async (store) => {
          const bundle = makeBundle(2);
          await store.putArticle(bundle);
          const before = await store.getArticle(bundle.article.id);
          const statsBefore = await store.stats();
          const eventsBefore = await collect((cursor) => store.listEvents({ cursor }));
          assert.equal(await store.putArticle(bundle), 'unchanged');
          assert.deepEqual(await store.getArticle(bundle.article.id), before, 'ingestedAt kept too');
          assert.deepEqual(await store.stats(), statsBefore);
          assert.deepEqual(await collect((cursor) => store.listEvents({ cursor })), eventsBefore);
        });
      });

      test('a different reader version replaces the derived rows', async () => {
        await withStore(makeStore, async (store) => {
          const first = makeBundle(3, { groups: 3 });
          const second = makeBundle(3, { groups: 1, readerVersion: 'reader-2' });
          assert.equal(first.article.id, second.article.id);
          await store.putArticle(first);
          await store.putArticle(makeBundle(4));
          assert.equal(await store.putArticle(second), 'updated');
          assertStoredAs(await store.getBundle(second.article.id), second);
          assertStoredAs(await store.getBundle(makeBundle(4).article.id), makeBundle(4));
          const stats = await store.stats();
          assert.equal(stats.counts.articles, 2);
          assert.equal(
            stats.counts.events,
            (second.events?.length ?? 0) + (makeBundle(4).events?.length ?? 0),
          );
          assert.equal(stats.counts.eventMentions, stats.counts.events);
          const events = await collect((cursor) => store.listEvents({ cursor }));
          const fromFirst = events.filter((e) => e.article?.id === first.article.id);
          assert.equal(fromFirst.length, second.events?.length, 'old events are gone');
          assert.ok(fromFirst.every((e) => e.counts.mentions === 1));
          await assertComplete(store);
        });
      });

      test('an article without events, facts or designations is stored with zero counts', async () => {
        await withStore(makeStore, async (store) => {
          const full = makeBundle(5);
          const bare: ArticleBundle = {
            article: full.article,
            readerVersion: 'r',
            sentences: full.sentences,
            mentions: [],
          };
          assert.equal(await store.putArticle(bare), 'new');
          const stored = await store.getArticle(full.article.id);
          assert.deepEqual(stored?.counts, {
            sentences: full.sentences.length,
            mentions: 0,
            events: 0,
            facts: 0,
            designations: 0,
          });
          assertStoredAs(await store.getBundle(full.article.id), bare);
        });
      });

      test('an undated, sourceless article round-trips its nulls', async () => {
        await withStore(makeStore, async (store) => {
          const bundle = makeBundle(6, { published: null, source: null });
          const article = { ...bundle.article, title: null, url: null, origin: { path: 'stdin' } };
          const b = { ...bundle, article };
          await store.putArticle(b);
          assertStoredAs(await store.getBundle(article.id), b);
        });
      });
    });

    describe('putArticles', () => {
      test('a batch gives the same statuses as one call per article, repeated ids included', async () => {
        await withStore(makeStore, async (store) => {
          await store.putArticle(makeBundle(10));
          await store.putArticle(makeBundle(11));
          const batch = [
            makeBundle(10),
            makeBundle(11, { readerVersion: 'reader-2' }),
            makeBundle(12),
            makeBundle(12),
            makeBundle(12, { readerVersion: 'reader-3' }),
          ];
          const results = await store.putArticles(batch);
          assert.deepEqual(
            results.map((r) => r.status),
            ['unchanged', 'updated', 'new', 'unchanged', 'updated'],
          );
          assert.deepEqual(
            results.map((r) => r.id),
            batch.map((b) => b.article.id),
          );
          assertStoredAs(await store.getBundle(makeBundle(12).article.id), batch[4]!);
          assert.equal(await assertComplete(store), 3);
        });
      });

      test('many articles in one call are all stored', async () => {
        await withStore(makeStore, async (store) => {
          const batch = Array.from({ length: 450 }, (_, i) => makeBundle(100 + i, { groups: 1 }));
          const results = await store.putArticles(batch);
          assert.ok(results.every((r) => r.status === 'new'));
          assert.equal(await assertComplete(store), 450);
          assertStoredAs(await store.getBundle(batch[449]!.article.id), batch[449]!);
        });
      });

      test('an empty batch does nothing', async () => {
        await withStore(makeStore, async (store) => {
          assert.deepEqual(await store.putArticles([]), []);
          assert.equal((await store.stats()).counts.articles, 0);
        });
      });
    });

    describe('atomicity', () => {
      for (const where of ['mentions', 'events', 'designations'] as const) {
        test(`an invalid row in ${where} leaves nothing of that article and earlier articles intact`, async () => {
          await withStore(makeStore, async (store) => {
            const earlier = [makeBundle(20), makeBundle(21)];
            for (const b of earlier) await store.putArticle(b);
            const statsBefore = await store.stats();
            const bad = withBadRow(makeBundle(22), where);
            await assert.rejects(store.putArticle(bad), (error: unknown) => {
              assert.ok(error instanceof DyadError);
              assert.match(error.message, new RegExp(bad.article.id));
              return true;
            });
            await assertAbsent(store, bad.article.id);
            assert.deepEqual(await store.stats(), statsBefore);
            for (const b of earlier) assertStoredAs(await store.getBundle(b.article.id), b);
          });
        });
      }

      test('a failed update keeps the previous version whole', async () => {
        await withStore(makeStore, async (store) => {
          const v1 = makeBundle(23);
          await store.putArticle(v1);
          const statsBefore = await store.stats();
          const v2 = withBadRow(makeBundle(23, { readerVersion: 'reader-2', groups: 3 }), 'designations');
          await assert.rejects(store.putArticle(v2), DyadError);
          assertStoredAs(await store.getBundle(v1.article.id), v1);
          assert.deepEqual(await store.stats(), statsBefore);
        });
      });

      test('in a batch, the bad article fails alone and the others are stored', async () => {
        await withStore(makeStore, async (store) => {
          const good1 = makeBundle(30);
          const bad = withBadRow(makeBundle(31), 'mentions');
          const good2 = makeBundle(32);
          const results = await store.putArticles([good1, bad, good2]);
          assert.deepEqual(
            results.map((r) => r.status),
            ['new', 'failed', 'new'],
          );
          const failure = results[1];
          assert.ok(failure?.status === 'failed' && failure.error instanceof DyadError);
          await assertAbsent(store, bad.article.id);
          assertStoredAs(await store.getBundle(good1.article.id), good1);
          assertStoredAs(await store.getBundle(good2.article.id), good2);
          assert.equal(await assertComplete(store), 2);
        });
      });

      test('a bundle whose spans do not slice back to the text is refused before writing', async () => {
        await withStore(makeStore, async (store) => {
          const b = makeBundle(33);
          const shifted = {
            ...b,
            mentions: b.mentions.map((m, i) => (i === 0 ? { ...m, start: m.start + 1 } : m)),
          };
          await assert.rejects(store.putArticle(shifted), /mention 0: text does not match span/);
          const outOfText = {
            ...b,
            sentences: b.sentences.map((s, i): Sentence =>
              i === 0 ? { ...s, end: b.article.text.length + 5 } : s,
            ),
          };
          await assert.rejects(store.putArticle(outOfText), /sentence 0: span .* ends past the text/);
          const unknownSentence = { ...b, mentions: b.mentions.map((m) => ({ ...m, sentence: 99 })) };
          await assert.rejects(store.putArticle(unknownSentence), /sentence 99 is not among/);
          const badDay = { ...b, article: { ...b.article, published: '2024-02-30' } };
          await assert.rejects(store.putArticle(badDay), /published "2024-02-30" is not a day/);
          const noVersion = { ...b, readerVersion: '' };
          await assert.rejects(store.putArticle(noVersion), /readerVersion/);
          await assertAbsent(store, b.article.id);
        });
      });
    });

    describe('events', () => {
      test('actor lists, IGO actors and imported rows round-trip', async () => {
        await withStore(makeStore, async (store) => {
          const base = makeBundle(40);
          const e0 = base.events![0]!;
          const igo = {
            code: 'IGOUNO',
            country: null,
            sector: null,
            name: 'UNITED NATIONS',
            text: e0.sources[0]!.text,
            start: e0.sources[0]!.start,
            end: e0.sources[0]!.end,
          };
          const multi: CodedEvent = {
            ...e0,
            sources: [...e0.sources, igo],
            targets: [...e0.targets, ...e0.sources],
            reciprocal: false,
          };
          const bundle = { ...base, events: [multi, ...base.events!.slice(1)] };
          await store.putArticle(bundle);
          assertStoredAs(await store.getBundle(bundle.article.id), bundle);
          const src = e0.sources[0]!.country!;
          const tgt = e0.targets[0]!.country!;
          const viaIgo = await store.listEvents({ dyad: ['IGOUNO', tgt] });
          assert.equal(viaIgo.items.length, 1, 'an actor without a country pairs by its code');
          assert.equal(viaIgo.items[0]?.sources.length, 2);
          const selfPair = await store.listEvents({ dyad: [src, src] });
          assert.equal(selfPair.items.length, 1, 'source also among targets gives a same-country pair');
          const stats = await store.stats();
          // sources {src, IGOUNO} x targets {tgt, src} = 4 pairs, plus the other events' pairs.
          assert.ok(stats.counts.eventPairs >= 4);
        });
      });

      test('dyad, actor, date and code filters', async () => {
        await withStore(makeStore, async (store) => {
          const bundles = Array.from({ length: 30 }, (_, i) => makeBundle(200 + i));
          await store.putArticles(bundles);
          const all = await collect((cursor) => store.listEvents({ cursor, limit: 1000 }));
          const coded = bundles.flatMap((b) => b.events ?? []);
          assert.equal(all.length, coded.length);

          const [aName, a] = COUNTRIES[0]!;
          const [, b] = COUNTRIES[1]!;
          assert.ok(aName);
          const expectDirected = coded.filter(
            (e) =>
              (e.sources.some((s) => s.country === a) && e.targets.some((t) => t.country === b)) ||
              (e.reciprocal &&
                e.sources.some((s) => s.country === b) &&
                e.targets.some((t) => t.country === a)),
          );
          const directed = await collect((cursor) => store.listEvents({ dyad: [a, b], cursor }));
          assert.ok(expectDirected.length > 0);
          assert.equal(directed.length, expectDirected.length);
          const reverse = await collect((cursor) => store.listEvents({ dyad: [b, a], cursor }));
          const undirected = await collect((cursor) =>
            store.listEvents({ dyad: [a, b], undirected: true, cursor }),
          );
          assert.equal(undirected.length, new Set([...directed, ...reverse].map((e) => e.id)).size);
          for (const limit of [1, 2, 3]) {
            const paged = await collect((cursor) =>
              store.listEvents({ dyad: [a, b], undirected: true, limit, cursor }),
            );
            assert.deepEqual(
              paged.map((e) => e.id),
              undirected.map((e) => e.id),
              `undirected pages of ${limit}: each event once, same order`,
            );
          }
          assert.ok(
            reverse.filter((e) => !e.reciprocal).every((e) => e.sources.some((s) => s.country === b)),
          );

          const withActor = await collect((cursor) => store.listEvents({ actor: a, cursor }));
          assert.equal(
            withActor.length,
            coded.filter((e) => [...e.sources, ...e.targets].some((x) => x.country === a)).length,
          );
          const byCode = await collect((cursor) => store.listEvents({ actor: `${a}GOV`, cursor }));
          assert.equal(
            byCode.length,
            coded.filter(
              (e) =>
                e.sources.some((x) => x.code === `${a}GOV`) || e.targets.some((x) => x.code === `${a}GOV`),
            ).length,
          );

          const from = '2024-01-10';
          const to = '2024-01-20';
          const inRange = await collect((cursor) => store.listEvents({ from, to, cursor }));
          assert.equal(
            inRange.length,
            coded.filter((e) => e.date && e.date.start >= from && e.date.start <= to).length,
          );
          assert.ok(inRange.every((e) => e.date !== null && e.date.start >= from && e.date.start <= to));

          const consult = await collect((cursor) => store.listEvents({ root: '04', cursor }));
          assert.equal(consult.length, coded.filter((e) => e.root === '04').length);
          const aid = await collect((cursor) =>
            store.listEvents({ code: '0332', modality: 'future', quad: 1, cursor }),
          );
          assert.equal(aid.length, coded.filter((e) => e.code === '0332').length);
          assert.deepEqual((await store.listEvents({ code: '0332', modality: 'asserted' })).items, []);
          assert.deepEqual((await store.listEvents({ dataset: 'gdelt' })).items, []);
          assert.equal(
            (await collect((cursor) => store.listEvents({ dataset: 'dyad', cursor }))).length,
            coded.length,
          );
        });
      });

      test('a dyad time series counts each event once per period', async () => {
        await withStore(makeStore, async (store) => {
          const bundles = Array.from({ length: 40 }, (_, i) => makeBundle(1100 + i * 9));
          await store.putArticles(bundles);
          await store.putImportedEvents([
            importedEvent(1, { reciprocal: true }),
            importedEvent(2, { date: null }),
          ]);
          const [, a] = COUNTRIES[0]!;
          const [, b] = COUNTRIES[1]!;
          const coded: {
            date: string | null;
            quad: number;
            goldstein: number;
            pairs: ReturnType<typeof expandPairs>;
            dataset: string;
          }[] = [
            ...bundles.flatMap((x) => x.events ?? []).map((e) => ({ ...e, dataset: 'dyad' })),
            importedEvent(1, { reciprocal: true }),
            importedEvent(2, { date: null }),
          ].map((e) => ({
            date: e.date?.start ?? null,
            quad: e.quad ?? 0,
            goldstein: e.goldstein ?? 0,
            pairs: expandPairs(e.sources, e.targets, e.reciprocal),
            dataset: e.dataset,
          }));
          const expected = (undirected: boolean, period: (day: string) => string, dataset?: string) => {
            const byPeriod = new Map<string, { events: number; quads: number[]; sum: number }>();
            for (const e of coded) {
              if (e.date === null || (dataset && e.dataset !== dataset)) continue;
              const hit = e.pairs.some(
                (p) => (p.source === a && p.target === b) || (undirected && p.source === b && p.target === a),
              );
              if (!hit) continue;
              const key = period(e.date);
              const point = byPeriod.get(key) ?? { events: 0, quads: [0, 0, 0, 0], sum: 0 };
              point.events += 1;
              point.quads[e.quad - 1]! += 1;
              point.sum += e.goldstein;
              byPeriod.set(key, point);
            }
            return [...byPeriod.entries()]
              .sort(([x], [y]) => (x < y ? -1 : 1))
              .map(([p, v]) => ({
                period: p,
                events: v.events,
                quads: v.quads,
                goldstein: v.sum / v.events,
              }));
          };
          const close = (actual: readonly SeriesPoint[], wanted: ReturnType<typeof expected>) => {
            assert.ok(wanted.length > 0);
            assert.deepEqual(
              actual.map((p) => ({ ...p, goldstein: Math.round((p.goldstein ?? 0) * 1e9) })),
              wanted.map((p) => ({ ...p, goldstein: Math.round(p.goldstein * 1e9) })),
            );
          };
          const month = (d: string) => `${d.slice(0, 7)}-01`;
          close(await store.dyadSeries({ dyad: [a, b] }), expected(false, month));
          close(await store.dyadSeries({ dyad: [a, b], undirected: true }), expected(true, month));
          close(
            await store.dyadSeries({ dyad: [a, b], interval: 'year' }),
            expected(false, (d) => `${d.slice(0, 4)}-01-01`),
          );
          close(
            await store.dyadSeries({ dyad: [a, b], interval: 'day' }),
            expected(false, (d) => d),
          );
          close(
            await store.dyadSeries({ dyad: [a, b], dataset: 'gdelt', interval: 'year' }),
            expected(false, (d) => `${d.slice(0, 4)}-01-01`, 'gdelt'),
          );
          const weeks = await store.dyadSeries({ dyad: [a, b], undirected: true, interval: 'week' });
          assert.ok(
            weeks.every((p) => new Date(`${p.period}T00:00:00Z`).getUTCDay() === 1),
            'weeks start on Monday',
          );
          assert.equal(
            weeks.reduce((n, p) => n + p.events, 0),
            expected(true, month).reduce((n, p) => n + p.events, 0),
          );
          const limited = await store.dyadSeries({ dyad: [a, b], from: '2024-03-01', to: '2024-06-30' });
          assert.deepEqual(
            limited,
            (await store.dyadSeries({ dyad: [a, b] })).filter(
              (p) => p.period >= '2024-03-01' && p.period <= '2024-06-01',
            ),
          );
          assert.deepEqual(await store.dyadSeries({ dyad: ['NOWHERE', b] }), []);
          await assert.rejects(
            store.dyadSeries({ dyad: [a, b], interval: 'decade' as 'year' }),
            (e: unknown) => e instanceof DyadError && e.input === 'interval',
          );
        });
      });

      test('events carry the article of their first mention', async () => {
        await withStore(makeStore, async (store) => {
          const bundle = makeBundle(50);
          await store.putArticle(bundle);
          const { items } = await store.listEvents();
          assert.equal(items.length, bundle.events?.length);
          for (const e of items) {
            assert.deepEqual(e.article, {
              id: bundle.article.id,
              title: bundle.article.title,
              url: bundle.article.url,
              published: bundle.article.published,
            });
            assert.equal(e.dataset, 'dyad');
            assert.deepEqual(e.counts, { mentions: 1, articles: 1, sources: 1 });
            assert.equal(e.evidence?.articleId, bundle.article.id);
            assert.deepEqual(await store.getEvent(e.id), e);
          }
          assert.equal(await store.getEvent('no-such-event'), null);
        });
      });

      test('cursor pagination visits every event once, in order, both directions', async () => {
        await withStore(makeStore, async (store) => {
          await store.putArticles(
            Array.from({ length: 25 }, (_, i) =>
              makeBundle(300 + i, { published: i % 5 === 0 ? null : undefined }),
            ),
          );
          await store.putImportedEvents([importedEvent(1, { date: null }), importedEvent(2, { date: null })]);
          const everything = await collect((cursor) => store.listEvents({ limit: 1000, cursor }));
          for (const order of ['asc', 'desc'] as const) {
            const paged = await collect((cursor) => store.listEvents({ limit: 7, order, cursor }));
            assert.equal(paged.length, everything.length);
            assert.equal(new Set(paged.map((e) => e.id)).size, paged.length, 'no event twice');
            const keys = paged.map((e) => `${e.date?.start ?? '0001-01-01'} ${e.id}`);
            const sorted = [...keys].sort();
            assert.deepEqual(keys, order === 'asc' ? sorted : sorted.reverse());
          }
        });
      });

      test('a cursor stays valid while new events arrive', async () => {
        await withStore(makeStore, async (store) => {
          await store.putArticles(Array.from({ length: 10 }, (_, i) => makeBundle(400 + i)));
          const original = await collect((cursor) => store.listEvents({ limit: 1000, cursor }));
          const first = await store.listEvents({ limit: 5 });
          await store.putArticles(Array.from({ length: 10 }, (_, i) => makeBundle(500 + i)));
          const rest = await collect((cursor) =>
            store.listEvents({ limit: 5, cursor: cursor ?? first.nextCursor }),
          );
          const seen = [...first.items, ...rest].map((e) => e.id);
          assert.equal(new Set(seen).size, seen.length, 'no event twice');
          for (const e of original) assert.ok(seen.includes(e.id), `event ${e.id} not skipped`);
        });
      });

      test('imported events keep their natural key, counts and extra fields, and re-import is idempotent', async () => {
        await withStore(makeStore, async (store) => {
          const rows = [importedEvent(1), importedEvent(2), importedEvent(1, { goldstein: 9 })];
          assert.deepEqual(await store.putImportedEvents(rows), { inserted: 2, skipped: 1 });
          assert.deepEqual(await store.putImportedEvents(rows), { inserted: 0, skipped: 3 });
          const { items } = await store.listEvents({ dataset: 'gdelt' });
          assert.equal(items.length, 2);
          const e = items.find((x) => x.externalId === '1100000001') as StoredEvent;
          assert.ok(e);
          const input = importedEvent(1);
          assert.deepEqual(e.extra, input.extra);
          assert.deepEqual(
            Object.keys(e.extra ?? {}),
            Object.keys(input.extra ?? {}),
            'field order kept for export',
          );
          assert.deepEqual(e.counts, input.counts);
          assert.deepEqual(e.sources, input.sources);
          assert.deepEqual(e.location, input.location);
          assert.deepEqual(e.origin, { file: input.origin.file, line: input.origin.line });
          assert.equal(e.goldstein, 1.9, 'the first row of a repeated key wins');
          assert.equal(e.article, null);
          assert.equal(e.sourceUrl, input.sourceUrl);
          assert.equal((await store.listEvents({ dyad: ['ARN', 'GON'], dataset: 'gdelt' })).items.length, 2);
          assert.equal((await store.stats()).eventsByDataset.gdelt, 2);
          await assert.rejects(
            store.putImportedEvents([
              importedEvent(3),
              importedEvent(4, {
                date: { value: 'x', precision: 'day', start: '2024-02-30', end: '2024-02-30' },
              }),
            ]),
            (e: unknown) =>
              e instanceof DyadError &&
              e.input === 'sample.export.CSV:5' &&
              /date.start "2024-02-30"/.test(e.message),
          );
          assert.equal(await store.getEvent('gdelt:1100000003'), null, 'a refused call stores nothing');
          const icews = importedEvent(1, { dataset: 'icews' });
          assert.deepEqual(
            await store.putImportedEvents([icews]),
            { inserted: 1, skipped: 0 },
            'keys are per dataset',
          );
        });
      });
    });

    describe('deduplication', () => {
      const meeting = (key: string, extra: Partial<ReportArticle> = {}, report: Partial<ReportSpec> = {}) =>
        makeReportBundle({
          key,
          reports: [{ source: 'ARN', target: 'GON', date: '2024-03-05', ...report }],
          ...extra,
        });

      test('two articles about the same meeting become one event with two mentions', async () => {
        await withStore(makeStore, async (store) => {
          const a = meeting('a', { published: '2024-03-05', source: 'Outlet A' });
          const b = meeting(
            'b',
            { published: '2024-03-07', source: 'Outlet B' },
            { source: 'GON', target: 'ARN', date: '2024-03-06' },
          );
          await store.putArticle(b);
          await store.putArticle(a);
          const events = await allEvents(store);
          assert.equal(events.length, 1);
          const [e] = events;
          assert.deepEqual(e!.counts, { mentions: 2, articles: 2, sources: 2 });
          assert.equal(e!.article?.id, a.article.id, 'the first article is the earliest published');
          assert.equal(e!.date?.start, '2024-03-05');
          const mentions = await store.listEventMentions(e!.id);
          assert.deepEqual(mentions.map((m) => m.articleId).sort(), [a.article.id, b.article.id].sort());
          assert.equal(mentions.filter((m) => m.lead).length, 1);
          assert.equal(mentions[0]!.lead, true, 'the lead comes first');
          assert.equal(
            e!.evidence?.text,
            mentions[0]!.coded.evidence.text,
            'the event shows its lead’s evidence',
          );
          assert.equal(e!.evidence?.articleId, mentions[0]!.articleId);
          for (const m of mentions) {
            assert.equal(m.eventId, e!.id);
            assert.equal(
              m.sentenceText,
              m.articleId === a.article.id ? a.sentences[0]!.text : b.sentences[0]!.text,
            );
            assert.match(m.article.title ?? '', /^Report [ab]$/);
          }
          assert.equal((await store.stats()).counts.eventMentions, 2);
          const pairs = await store.listEvents({ dyad: ['ARN', 'GON'] });
          assert.deepEqual(
            pairs.items.map((x) => x.id),
            [e!.id],
            'the dyad lists the event once',
          );
          await assertComplete(store);
        });
      });

      test('statements of two named persons of one side the same day stay two events; one person merges', async () => {
        await withStore(makeStore, async (store) => {
          const said = (key: string, speaker: string) =>
            meeting(key, {}, { reciprocal: false, speaker, date: '2024-03-05' });
          await store.putArticles([said('a', 'DENETHOR'), said('b', 'FARAMIR'), said('c', 'DENETHOR')]);
          const events = await allEvents(store);
          assert.equal(events.length, 2);
          assert.deepEqual(events.map((e) => e.counts.mentions).sort(), [1, 2]);
          const merged = events.find((e) => e.counts.mentions === 2)!;
          const mentions = await store.listEventMentions(merged.id);
          assert.deepEqual(
            mentions.map((m) => m.articleId).sort(),
            [reportArticleId('a'), reportArticleId('c')].sort(),
          );
          assert.deepEqual(
            mentions.map((m) => m.coded.sources.map((a) => a.person)),
            [['DENETHOR'], ['DENETHOR']],
            'the person each actor names is stored with the report',
          );
          await assertComplete(store);
        });
      });

      test('sources count distinct outlets: two articles of one outlet are one source', async () => {
        await withStore(makeStore, async (store) => {
          await store.putArticles([
            meeting('a', { source: 'Same Outlet' }),
            meeting('b', { source: 'Same Outlet' }),
            meeting('c', { source: null, url: 'https://www.example.net/x' }),
            meeting('d', { source: null, url: 'https://example.net/y' }),
          ]);
          const [e, ...rest] = await allEvents(store);
          assert.equal(rest.length, 0);
          assert.deepEqual(e!.counts, { mentions: 4, articles: 4, sources: 2 });
        });
      });

      test('several sentences of one article reporting one meeting are one event from one article', async () => {
        await withStore(makeStore, async (store) => {
          const b = makeReportBundle({
            key: 'one',
            reports: [
              { source: 'ARN', target: 'GON', date: '2024-03-05' },
              { source: 'GON', target: 'ARN' },
            ],
          });
          await store.putArticle(b);
          const [e, ...rest] = await allEvents(store);
          assert.equal(rest.length, 0);
          assert.deepEqual(e!.counts, { mentions: 2, articles: 1, sources: 1 });
          assert.equal(e!.date?.precision, 'day', 'the stated day leads over the publication date');
          assertStoredAs(await store.getBundle(b.article.id), b);
        });
      });

      test('two meetings a month apart stay two events', async () => {
        await withStore(makeStore, async (store) => {
          await store.putArticles([
            meeting('a', { published: '2024-03-06' }),
            meeting('b', { published: '2024-04-06' }, { date: '2024-04-05' }),
          ]);
          const events = await allEvents(store);
          assert.equal(events.length, 2);
          assert.ok(events.every((e) => e.counts.mentions === 1));
        });
      });

      test('negated and hypothetical reports stay apart from asserted ones', async () => {
        await withStore(makeStore, async (store) => {
          await store.putArticles([
            meeting('a'),
            meeting('b', {}, { modality: 'negated' }),
            meeting('c', {}, { modality: 'hypothetical' }),
            meeting('d', {}, { modality: 'negated' }),
          ]);
          const events = await allEvents(store);
          assert.deepEqual(events.map((e) => `${e.modality} ${e.counts.mentions}`).sort(), [
            'asserted 1',
            'hypothetical 1',
            'negated 2',
          ]);
        });
      });

      test('different roots, dyads or directions stay apart', async () => {
        await withStore(makeStore, async (store) => {
          await store.putArticles([
            meeting('a'),
            meeting('b', {}, { code: '057' }),
            meeting('c', {}, { target: 'ROH' }),
            meeting('d', {}, { reciprocal: false }),
            meeting('e', {}, { reciprocal: false, source: 'GON', target: 'ARN' }),
          ]);
          assert.equal((await allEvents(store)).length, 5);
        });
      });

      test('re-ingesting never double-counts', async () => {
        await withStore(makeStore, async (store) => {
          const bundles = [meeting('a'), meeting('b'), meeting('c', {}, { date: '2024-03-20' })];
          await store.putArticles(bundles);
          const before = await allEvents(store);
          const statsBefore = await store.stats();
          assert.deepEqual(
            (await store.putArticles(bundles)).map((r) => r.status),
            ['unchanged', 'unchanged', 'unchanged'],
          );
          for (const b of bundles) assert.equal(await store.putArticle(b), 'unchanged');
          assert.deepEqual(await allEvents(store), before);
          assert.deepEqual(await store.stats(), statsBefore);
          assert.deepEqual(before.map((e) => e.counts.mentions).sort(), [1, 2]);
        });
      });

      test('an updated article leaves its old event and re-merges where it now belongs', async () => {
        await withStore(makeStore, async (store) => {
          const a = meeting('a', { published: '2024-03-05' });
          const c = meeting('c', {}, { date: '2024-04-05' });
          await store.putArticles([a, meeting('b', { published: '2024-03-06' }), c]);
          assert.deepEqual(await mentionCounts(store), [1, 2]);
          // b now reports the April meeting instead.
          const moved = meeting(
            'b',
            { published: '2024-04-06', readerVersion: 'reader-2' },
            { date: '2024-04-06' },
          );
          assert.equal(await store.putArticle(moved), 'updated');
          const events = await allEvents(store);
          assert.equal(events.length, 2);
          const march = events.find((e) => e.date?.start === '2024-03-05')!;
          const april = events.find((e) => e.date?.start?.startsWith('2024-04'))!;
          assert.deepEqual(march.counts, { mentions: 1, articles: 1, sources: 1 });
          assert.equal(march.article?.id, a.article.id);
          assert.deepEqual(april.counts, { mentions: 2, articles: 2, sources: 2 });
          assert.deepEqual(
            (await store.listEventMentions(april.id)).map((m) => m.articleId).sort(),
            [c.article.id, moved.article.id].sort(),
          );
          assert.deepEqual(
            (await store.listEventMentions(march.id)).map((m) => m.articleId),
            [a.article.id],
          );
          // and back: the same grouping as ingesting the first version fresh
          assert.equal(await store.putArticle(meeting('b', { published: '2024-03-06' })), 'updated');
          assert.deepEqual(await mentionCounts(store), [1, 2]);
          await assertComplete(store);
        });
      });

      test('an article whose events all move away leaves the other article’s event whole', async () => {
        await withStore(makeStore, async (store) => {
          const a = meeting('a', { published: '2024-03-05' });
          const b = meeting('b', { published: '2024-03-06' });
          await store.putArticles([a, b]);
          const [shared] = await allEvents(store);
          assert.equal(shared?.counts.mentions, 2);
          const gone = { ...a, readerVersion: 'reader-2', events: [] };
          assert.equal(await store.putArticle(gone), 'updated');
          const [left, ...rest] = await allEvents(store);
          assert.equal(rest.length, 0);
          assert.deepEqual(left!.counts, { mentions: 1, articles: 1, sources: 1 });
          assert.equal(left!.article?.id, b.article.id);
          assert.equal(left!.evidence?.articleId, b.article.id);
          assert.equal(left!.evidence?.text, b.events![0]!.evidence.text);
          await assertComplete(store);
        });
      });

      test('grouping does not depend on ingest order or batching', async () => {
        const bundles = [
          meeting('d1', { published: '2024-03-02', source: 'S1' }, { date: '2024-03-01' }),
          meeting('d2', { published: '2024-03-03', source: 'S2' }, { date: '2024-03-02' }),
          meeting('d3', { published: '2024-03-04', source: 'S1' }, { date: '2024-03-03' }),
          meeting('d4', { published: '2024-03-05', source: 'S3' }, { date: '2024-03-04' }),
          meeting('d5', { published: '2024-03-06', source: 'S2' }, { date: '2024-03-05' }),
          meeting(
            'm',
            { published: '2024-03-20', source: 'S4' },
            {
              date: { precision: 'month', start: '2024-03-01', end: '2024-03-31' },
            },
          ),
          meeting(
            'p',
            { published: '2024-03-04', source: 'S5' },
            { source: 'GON', target: 'ARN', date: undefined },
          ),
          meeting(
            'x',
            { published: '2024-03-04', source: 'S5' },
            { modality: 'negated', date: '2024-03-03' },
          ),
        ];
        const orders = [
          bundles.map((_, i) => i),
          bundles.map((_, i) => bundles.length - 1 - i),
          [5, 0, 4, 2, 7, 1, 6, 3],
          [2, 6, 3, 0, 5, 1, 7, 4],
        ];
        let reference: string | null = null;
        for (const [k, order] of orders.entries()) {
          await withStore(makeStore, async (store) => {
            const ordered = order.map((i) => bundles[i]!);
            if (k % 2 === 0) for (const b of ordered) await store.putArticle(b);
            else await store.putArticles(ordered);
            const grouping = JSON.stringify(await describeGroups(store));
            if (reference === null) reference = grouping;
            else assert.equal(grouping, reference, `order ${order.join(',')}`);
            await assertComplete(store);
          });
        }
        assert.ok(reference);
        const groups = JSON.parse(reference) as { mentions: number }[];
        assert.ok(groups.length < bundles.length, 'something merged');
        assert.ok(groups.length > 2, 'but not everything');
      });

      test('imported events are never merged, with each other or with Dyad reports', async () => {
        await withStore(makeStore, async (store) => {
          const day = {
            value: '2024-03-05',
            precision: 'day' as const,
            start: '2024-03-05',
            end: '2024-03-05',
          };
          const imported = [1, 2].map((n) =>
            importedEvent(n, { code: '043', root: '04', reciprocal: true, date: day }),
          );
          await store.putImportedEvents(imported);
          await store.putArticle(meeting('a'));
          const events = await allEvents(store);
          assert.equal(events.length, 3);
          assert.deepEqual(events.map((e) => e.dataset).sort(), ['dyad', 'gdelt', 'gdelt']);
          const gdelt = events.find((e) => e.dataset === 'gdelt')!;
          assert.deepEqual(gdelt.counts, imported[0]!.counts, 'imported counts untouched');
          assert.deepEqual(await store.listEventMentions(gdelt.id), []);
          assert.deepEqual(await store.listEventMentions('no-such-event'), []);
        });
      });
    });

    describe('bulk import', () => {
      async function* batchesOf<T>(items: readonly T[], size: number, failAt = -1): AsyncGenerator<T[]> {
        for (let i = 0; i < items.length; i += size) {
          if (failAt >= 0 && i >= failAt) throw new DyadError('input.tab:99', 'the reader failed');
          yield items.slice(i, i + size);
        }
      }

      test('a stream of batches is stored once; repeated and stored keys are skipped', async () => {
        await withStore(makeStore, async (store) => {
          const rows = Array.from({ length: 25 }, (_, i) => importedEvent(i));
          const repeated = [...rows, importedEvent(3, { goldstein: -9 })];
          assert.deepEqual(await store.importEvents(batchesOf(repeated, 7)), { inserted: 25, skipped: 1 });
          assert.deepEqual(await store.importEvents(batchesOf(repeated, 4)), { inserted: 0, skipped: 26 });
          assert.deepEqual(await store.importEvents(batchesOf([], 4)), { inserted: 0, skipped: 0 });
          const stored = await collect((cursor) => store.listEvents({ dataset: 'gdelt', cursor, limit: 10 }));
          assert.equal(stored.length, 25);
          assert.equal((await store.getEvent('gdelt:1100000003'))?.goldstein, 1.9, 'the first row wins');
          const bulk = await store.getEvent('gdelt:1100000004');
          await store.putImportedEvents([importedEvent(4, { dataset: 'icews' })]);
          const single = await store.getEvent('icews:1100000004');
          assert.ok(bulk && single);
          // The bulk path stores exactly what putImportedEvents stores.
          assert.deepEqual({ ...bulk, id: '', dataset: 'icews' }, { ...single, id: '' });
          assert.equal((await store.listEvents({ dyad: ['ARN', 'GON'], limit: 1000 })).items.length, 26);
          const report = await store.checkIntegrity();
          assert.deepEqual(report.orphans, {});
          assert.equal(report.duplicateEventIds, 0);
        });
      });

      test('text with tabs, line breaks, quotes and null markers survives the bulk path', async () => {
        await withStore(makeStore, async (store) => {
          const odd = [
            'a\tb',
            'line\nbreak\r\n',
            'say "hi"',
            '\\N',
            '',
            ' padded ',
            'Ünïcödé 中文 🙂',
            '"',
            'cr\r',
            '\u001e',
            '{"a":1}',
          ];
          const rows = odd.map((text, i) =>
            importedEvent(i, {
              evidenceText: text,
              sources: [
                { code: 'ARN', country: 'ARN', sector: null, name: text, text, start: null, end: null },
              ],
              extra: { Field: text, nested: { list: [text, null, 1.5] } },
              origin: { file: `dir/${text}.tab`, line: i + 1 },
            }),
          );
          assert.equal((await store.importEvents(batchesOf(rows, 3))).inserted, odd.length);
          for (const [i, text] of odd.entries()) {
            const e = await store.getEvent(`gdelt:${1_100_000_000 + i}`);
            assert.ok(e);
            assert.equal(e.evidence?.text, text);
            assert.equal(e.sources[0]?.name, text);
            assert.deepEqual(e.extra, { Field: text, nested: { list: [text, null, 1.5] } });
            assert.equal(e.origin?.file, `dir/${text}.tab`);
          }
        });
      });

      test('imported evidence: text, sentence, span, offsets and URL come back on the event', async () => {
        await withStore(makeStore, async (store) => {
          const withText = importedEvent(1, {
            evidenceText: 'Arnor met Gondor.',
            evidence: { sentence: 3, start: 10, end: 27, offsets: null },
          });
          const pointers = importedEvent(2, {
            evidence: { sentence: 2, offsets: { actor1: 5, actor2: null, action: 40 } },
          });
          const bare = importedEvent(3, { sourceUrl: null });
          await store.importEvents(batchesOf([withText, pointers, bare], 10));
          assert.deepEqual((await store.getEvent('gdelt:1100000001'))?.evidence, {
            articleId: null,
            sentence: 3,
            text: 'Arnor met Gondor.',
            start: 10,
            end: 27,
            url: 'https://example.org/gdelt/1',
            offsets: null,
          });
          assert.deepEqual((await store.getEvent('gdelt:1100000002'))?.evidence, {
            articleId: null,
            sentence: 2,
            text: '',
            start: null,
            end: null,
            url: 'https://example.org/gdelt/2',
            offsets: { actor1: 5, actor2: null, action: 40 },
          });
          assert.equal((await store.getEvent('gdelt:1100000003'))?.evidence, null, 'nothing to show');
        });
      });

      test('a stream that fails, or holds an invalid event, stores nothing', async () => {
        await withStore(makeStore, async (store) => {
          const rows = Array.from({ length: 30 }, (_, i) => importedEvent(i));
          await assert.rejects(
            store.importEvents(batchesOf(rows, 5, 20)),
            (e: unknown) => e instanceof DyadError && e.input === 'input.tab:99',
          );
          const bad = [...rows.slice(0, 10), importedEvent(10, { quad: 7 as never }), ...rows.slice(11)];
          await assert.rejects(
            store.importEvents(batchesOf(bad, 5)),
            (e: unknown) =>
              e instanceof DyadError && e.input === 'sample.export.CSV:11' && /quad 7/.test(e.message),
          );
          assert.equal((await store.listEvents({})).items.length, 0, 'no event of either stream');
          assert.equal((await store.stats()).counts.eventPairs, 0, 'no pair either');
          assert.equal((await store.importEvents(batchesOf(rows, 5))).inserted, 30, 'the store still works');
        });
      });

      test('imported events count in time series and listings beside Dyad-coded ones', async () => {
        await withStore(makeStore, async (store) => {
          await store.importEvents(
            batchesOf(
              [
                importedEvent(1),
                importedEvent(2, {
                  quad: 4,
                  goldstein: -10,
                  date: { value: '2024-02-20', precision: 'day', start: '2024-02-20', end: '2024-02-20' },
                }),
                importedEvent(3, {
                  date: { value: '2024-03', precision: 'month', start: '2024-03-01', end: '2024-03-31' },
                }),
              ],
              2,
            ),
          );
          const series = await store.dyadSeries({
            dyad: ['ARN', 'GON'],
            interval: 'month',
            dataset: 'gdelt',
          });
          assert.deepEqual(series, [
            { period: '2024-02-01', events: 2, quads: [1, 0, 0, 1], goldstein: (1.9 - 10) / 2 },
            { period: '2024-03-01', events: 1, quads: [1, 0, 0, 0], goldstein: 1.9 },
          ]);
          const listed = await store.listEvents({
            dyad: ['ARN', 'GON'],
            from: '2024-02-15',
            to: '2024-02-28',
          });
          assert.deepEqual(
            listed.items.map((e) => e.id),
            ['gdelt:1100000002'],
          );
          assert.equal((await store.listEvents({ actor: 'ARNGOV' })).items.length, 3);
        });
      });
    });

    describe('imported mentions', () => {
      function mention(
        event: number,
        n: number,
        overrides: Partial<ImportedEventMention> = {},
      ): ImportedEventMention {
        return {
          dataset: 'gdelt',
          eventExternalId: String(1_100_000_000 + event),
          key: `20240201${n}`,
          published: '2024-02-01',
          sourceName: `paper${n}.example`,
          url: `https://paper${n}.example/story/${event}`,
          sentence: n,
          offsets: { actor1: 10 * n, actor2: 10 * n + 5, action: 10 * n + 2 },
          extra: { confidence: 50 + n },
          origin: { file: 'sample.mentions.CSV', line: 10 * event + n },
          ...overrides,
        };
      }
      async function* once<T>(items: readonly T[]): AsyncGenerator<readonly T[]> {
        yield items;
      }

      test('mentions attach to their stored events; others are counted and listed', async () => {
        await withStore(makeStore, async (store) => {
          await store.putImportedEvents([
            importedEvent(1),
            importedEvent(2),
            importedEvent(3, { sourceUrl: null }),
          ]);
          const mentions = [
            mention(1, 1),
            mention(1, 2, { url: 'https://example.org/gdelt/1' }), // the event's own source URL
            mention(2, 1),
            mention(9, 1), // no such event
            mention(3, 4),
            mention(1, 1), // repeated
          ];
          const result = await store.importMentions(once(mentions));
          assert.deepEqual(result, {
            inserted: 4,
            skipped: 1,
            unmatched: 1,
            firstUnmatched: [{ file: 'sample.mentions.CSV', line: 91, eventExternalId: '1100000009' }],
          });
          const e1 = await store.getEvent('gdelt:1100000001');
          assert.deepEqual(
            e1?.evidence?.offsets,
            { actor1: 20, actor2: 25, action: 22 },
            'the source URL mention',
          );
          assert.equal(e1?.evidence?.sentence, 2);
          assert.deepEqual(e1?.counts, importedEvent(1).counts, 'GDELT counts are kept as given');
          const e3 = await store.getEvent('gdelt:1100000003');
          assert.equal(e3?.sourceUrl, 'https://paper4.example/story/3', 'a missing source URL is filled in');
          assert.deepEqual(e3?.evidence?.offsets, { actor1: 40, actor2: 45, action: 42 });
          assert.equal((await store.stats()).counts.eventMentions, 4);
          assert.deepEqual(await store.importMentions(once(mentions)), {
            ...result,
            inserted: 0,
            skipped: 5,
          });
          const report = await store.checkIntegrity();
          assert.deepEqual(report.orphans, {});
        });
      });

      test('a mention already pointing the way is not moved by later ones; bad mentions store nothing', async () => {
        await withStore(makeStore, async (store) => {
          await store.putImportedEvents([importedEvent(1)]);
          await store.importMentions(once([mention(1, 3)]));
          await store.importMentions(once([mention(1, 5, { url: 'https://example.org/gdelt/1' })]));
          assert.equal((await store.getEvent('gdelt:1100000001'))?.evidence?.sentence, 3);
          await assert.rejects(
            store.importMentions(once([mention(1, 6), mention(1, 7, { published: '2024-13-01' })])),
            (e: unknown) => e instanceof DyadError && e.input === 'sample.mentions.CSV:17',
          );
          assert.equal((await store.stats()).counts.eventMentions, 2);
        });
      });
    });

    describe('streaming', () => {
      test('streamEvents yields what listEvents pages do, in the same order, with the same filters', async () => {
        await withStore(makeStore, async (store) => {
          await store.putArticles(
            Array.from({ length: 12 }, (_, i) =>
              makeBundle(700 + i, { published: i % 4 === 0 ? null : undefined }),
            ),
          );
          await store.putImportedEvents([
            importedEvent(1),
            importedEvent(2, { date: null }),
            importedEvent(3, { dataset: 'icews' }),
          ]);
          for (const query of [
            {},
            { dataset: 'gdelt' as const },
            { dyad: ['ARN', 'GON'] as const, undirected: true },
            { from: '2024-01-05', to: '2024-06-30' },
          ]) {
            const listed = await collect((cursor) =>
              store.listEvents({ ...query, order: 'asc', limit: 7, cursor }),
            );
            const streamed: StoredEvent[] = [];
            for await (const chunk of store.streamEvents(query)) streamed.push(...chunk);
            assert.deepEqual(streamed, listed, JSON.stringify(query));
          }
          // Leaving early releases the stream; the store goes on working.
          for await (const chunk of store.streamEvents()) {
            assert.ok(chunk.length > 0);
            break;
          }
          assert.ok((await store.listEvents({})).items.length > 0);
          await assert.rejects(async () => {
            for await (const chunk of store.streamEvents({ from: 'yesterday' })) void chunk;
          }, /from/);
        });
      });
    });

    describe('Parquet export', () => {
      test('writes the filtered events and refuses unsafe paths', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'dyad-parquet-'));
        try {
          await withStore(makeStore, async (store) => {
            await store.putArticles([makeBundle(1), makeBundle(2)]);
            await store.putImportedEvents([importedEvent(1), importedEvent(2, { dataset: 'icews' })]);
            const all = (await store.listEvents({ limit: 1000 })).items.length;
            assert.equal(await store.exportParquet({}, join(dir, 'all.parquet')), all);
            assert.ok(statSync(join(dir, 'all.parquet')).size > 0);
            assert.equal(await store.exportParquet({ dataset: 'icews' }, join(dir, 'icews.parquet')), 1);
            assert.equal(
              await store.exportParquet({ dyad: ['ARN', 'GON'], dataset: 'gdelt' }, join(dir, 'd.parquet')),
              1,
            );
            assert.equal(await store.exportParquet({ from: '2030-01-01' }, join(dir, 'none.parquet')), 0);
            for (const [path, pattern] of [
              [join(dir, 'x.csv'), /must end in \.parquet/],
              [join(dir, 'missing', 'x.parquet'), /does not exist/],
              ['s3://bucket/x.parquet', /local file/],
              [join(dir, "it's\nx.parquet"), /control characters/],
              ['', /must be a file path/],
            ] as const) {
              await assert.rejects(
                store.exportParquet({}, path),
                (e: unknown) => e instanceof DyadError && e.input === '--out' && pattern.test(e.message),
                path,
              );
            }
            await assert.rejects(store.exportParquet({ from: 'soon' }, join(dir, 'y.parquet')), /from/);
            const odd = join(dir, "o'brien; DROP TABLE events.parquet");
            assert.equal(await store.exportParquet({}, odd), all, 'a quote in a path is only a name');
            assert.equal((await store.listEvents({ limit: 1000 })).items.length, all);
          });
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });
    });

    describe('listing', () => {
      test('articles newest first, undated last, across pages', async () => {
        await withStore(makeStore, async (store) => {
          const bundles = Array.from({ length: 23 }, (_, i) =>
            makeBundle(600 + i, { published: i % 6 === 0 ? null : undefined, groups: 1 }),
          );
          await store.putArticles(bundles);
          const listed = await collect((cursor) => store.listArticles({ limit: 4, cursor }));
          assert.equal(listed.length, 23);
          assert.equal(new Set(listed.map((a) => a.id)).size, 23);
          const keys = listed.map((a) => `${a.published ?? '0000'} ${a.id}`);
          assert.deepEqual(keys, [...keys].sort().reverse());
          assert.equal(listed.at(-1)?.published, null);
          const one = listed.find((a) => a.id === bundles[1]!.article.id);
          assert.equal(one?.counts.mentions, bundles[1]!.mentions.length);
        });
      });

      test('mentions by article and kind, across pages', async () => {
        await withStore(makeStore, async (store) => {
          const bundles = [makeBundle(700), makeBundle(701)];
          await store.putArticles(bundles);
          const all = await collect((cursor) => store.listMentions({ limit: 5, cursor }));
          assert.equal(all.length, bundles[0]!.mentions.length + bundles[1]!.mentions.length);
          const id = bundles[1]!.article.id;
          const ofOne = await collect((cursor) => store.listMentions({ articleId: id, limit: 3, cursor }));
          assert.deepEqual(
            ofOne.map(({ articleId, ordinal, ...m }) => {
              assert.equal(articleId, id);
              assert.ok(ordinal >= 0);
              return m;
            }),
            bundles[1]!.mentions,
          );
          const places = await collect((cursor) => store.listMentions({ kind: 'place', cursor }));
          assert.equal(
            places.length,
            bundles.flatMap((b) => b.mentions).filter((m) => m.kind === 'place').length,
          );
          assert.ok(places.every((m) => m.kind === 'place'));
          assert.deepEqual((await store.listMentions({ articleId: 'missing' })).items, []);
        });
      });

      test('bad parameters are refused with the parameter named', async () => {
        await withStore(makeStore, async (store) => {
          const refused = async (promise: Promise<unknown>, input: string) =>
            assert.rejects(promise, (e: unknown) => e instanceof DyadError && e.input === input);
          await refused(store.listEvents({ limit: 0 }), 'limit');
          await refused(store.listEvents({ limit: 1.5 }), 'limit');
          await refused(store.listArticles({ limit: 100_000 }), 'limit');
          await refused(store.listEvents({ from: '2024-13-01' }), 'from');
          await refused(store.listEvents({ to: 'yesterday' }), 'to');
          await refused(store.listEvents({ root: '4' }), 'root');
          await refused(store.listEvents({ code: "04' OR 1=1" }), 'code');
          await refused(store.listEvents({ quad: 5 as 1 }), 'quad');
          await refused(store.listEvents({ modality: 'maybe' as 'future' }), 'modality');
          await refused(store.listEvents({ dataset: 'acled' as 'gdelt' }), 'dataset');
          await refused(store.listEvents({ dyad: ['CHN', ''] }), 'dyad');
          await refused(store.listEvents({ cursor: 'not a cursor!' }), 'cursor');
          await refused(store.listMentions({ kind: 'person' as 'actor' }), 'kind');
          await refused(store.stats({ top: 0 }), 'top');
          await store.putArticles([makeBundle(800), makeBundle(801)]);
          const articlesCursor = (await store.listArticles({ limit: 1 })).nextCursor;
          assert.ok(articlesCursor);
          await refused(store.listEvents({ cursor: articlesCursor }), 'cursor');
        });
      });

      test('values that look like SQL are only ever data', async () => {
        await withStore(makeStore, async (store) => {
          await store.putArticle(makeBundle(900));
          for (const actor of ["x' OR '1'='1", 'ARN"; DROP TABLE events; --', '%', '\\']) {
            assert.deepEqual((await store.listEvents({ actor })).items, []);
            assert.deepEqual((await store.listEvents({ dyad: [actor, actor] })).items, []);
          }
          assert.equal(await store.getArticle("' OR 1=1 --"), null);
          assert.equal((await store.stats()).counts.articles, 1);
        });
      });
    });

    runAnalyticsSuite(makeStore);

    describe('stats', () => {
      test('counts, article dates and top actors', async () => {
        await withStore(makeStore, async (store) => {
          const empty = await store.stats();
          assert.equal(empty.counts.articles, 0);
          assert.equal(empty.articleDates, null);
          assert.deepEqual(empty.topActors, []);
          const bundles = [makeBundle(1000), makeBundle(1001, { published: null }), makeBundle(1005)];
          await store.putArticles(bundles);
          await store.putImportedEvents([importedEvent(7)]);
          const stats = await store.stats({ top: 3 });
          const sum = (f: (b: ArticleBundle) => number) => bundles.reduce((n, b) => n + f(b), 0);
          assert.deepEqual(stats.counts, {
            articles: 3,
            sentences: sum((b) => b.sentences.length),
            mentions: sum((b) => b.mentions.length),
            events: sum((b) => b.events?.length ?? 0) + 1,
            eventMentions: sum((b) => b.events?.length ?? 0),
            eventPairs: stats.counts.eventPairs,
            facts: sum((b) => b.facts?.length ?? 0),
            designations: sum((b) => b.designations?.length ?? 0),
          });
          assert.deepEqual(stats.eventsByDataset, { dyad: sum((b) => b.events?.length ?? 0), gdelt: 1 });
          assert.deepEqual(stats.articleDates, {
            first: bundles[0]!.article.published,
            last: bundles[2]!.article.published,
          });
          const actorCounts = new Map<string, number>();
          for (const m of bundles.flatMap((b) => b.mentions)) {
            if (m.kind === 'actor' && m.actor.code)
              actorCounts.set(m.actor.code, (actorCounts.get(m.actor.code) ?? 0) + 1);
          }
          const expected = [...actorCounts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 3);
          assert.deepEqual(
            stats.topActors.map((a) => [a.code, a.mentions]),
            expected,
          );
          assert.ok(stats.topActors.every((a) => typeof a.name === 'string'));
          assert.equal(stats.topCountries.length, 3);
          assert.match(stats.schemaVersion, /^\d{14}$/);
        });
      });
    });

    describe('lifecycle', () => {
      test('a closed store refuses work and closes twice quietly', async () => {
        const store = await makeStore();
        await store.close();
        await store.close();
        await assert.rejects(store.stats(), /closed/);
        await assert.rejects(async () => store.putArticle(makeBundle(1)), /closed/);
      });
    });

    describe('property', () => {
      test('any well-formed text with spans slicing back round-trips', async () => {
        await withStore(makeStore, async (store) => {
          let n = 0;
          await fc.assert(
            fc.asyncProperty(
              fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }),
              fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
              fc.string({ unit: 'grapheme', maxLength: 20 }),
              async (text, cuts, label) => {
                n += 1;
                const id = `prop${n}`;
                const sentence: Sentence = {
                  index: 0,
                  start: 0,
                  end: text.length,
                  text,
                  paragraph: 0,
                  tokenStart: 0,
                  tokenEnd: 1,
                };
                // Cut only at code point boundaries: spans never split a surrogate pair.
                const points = [0];
                for (let i = 0; i < text.length; i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1)
                  points.push(i);
                points.push(text.length);
                const at = (k: number) => points[k % points.length]!;
                const mentions: Mention[] = cuts.map(([x, y]) => {
                  const [start, end] = [Math.min(at(x), at(y)), Math.max(at(x), at(y))];
                  return {
                    kind: 'quantity',
                    start,
                    end,
                    text: text.slice(start, end),
                    sentence: 0,
                    rule: `rule ${label}`,
                    reason: label,
                    quantity: { value: x - y, unit: label, qualifier: label },
                  };
                });
                const bundle: ArticleBundle = {
                  article: {
                    id,
                    title: label,
                    source: label,
                    url: null,
                    published: null,
                    publishedSource: 'missing',
                    language: 'en',
                    text,
                    origin: { path: label },
                  },
                  readerVersion: label || 'v',
                  sentences: [sentence],
                  mentions,
                };
                assert.equal(await store.putArticle(bundle), 'new');
                assertStoredAs(await store.getBundle(id), bundle);
              },
            ),
            { numRuns: 40 },
          );
        });
      });
    });
  });
}
