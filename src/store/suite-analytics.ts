/**
 * The analytics reads of the shared Store suite (run by `runStoreSuite`): dyad metrics,
 * top events, event reports, facts, designations, actor keys and the text/modality
 * filters of listEvents. Synthetic data only (fictional countries).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DyadError } from '../core/errors.js';
import type { Modality, QuadClass } from '../core/types.js';
import { makeBundle } from './fixtures.js';
import type { ImportedEvent, Page, Store } from './types.js';

type MakeStore = () => Promise<Store>;

async function withStore(makeStore: MakeStore, body: (store: Store) => Promise<void>): Promise<void> {
  const store = await makeStore();
  try {
    await body(store);
  } finally {
    await store.close();
  }
}

async function collect<T>(list: (cursor: string | null) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 1000; i += 1) {
    const page: Page<T> = await list(cursor);
    items.push(...page.items);
    if (page.nextCursor === null) return items;
    cursor = page.nextCursor;
  }
  throw new Error('pagination did not end');
}

const actor = (key: string) => ({
  code: key,
  country: key.startsWith('IGO') ? null : key.slice(0, 3),
  sector: null,
  name: key,
  text: key,
  start: null,
  end: null,
});

interface Spec {
  readonly n: number;
  readonly day: string | null;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly code: string;
  readonly quad: QuadClass;
  readonly goldstein: number | null;
  readonly mentions: number;
  readonly modality?: Modality;
  readonly reciprocal?: boolean;
  readonly evidence?: string;
}

function imported(s: Spec): ImportedEvent {
  return {
    dataset: 'gdelt',
    externalId: `A${s.n}`,
    code: s.code,
    root: s.code.slice(0, 2),
    quad: s.quad,
    goldstein: s.goldstein,
    plover: { type: null, mode: null },
    sources: s.sources.map(actor),
    targets: s.targets.map(actor),
    reciprocal: s.reciprocal ?? false,
    modality: s.modality ?? 'asserted',
    date: s.day === null ? null : { value: s.day, precision: 'day', start: s.day, end: s.day },
    location: null,
    counts: { mentions: s.mentions, articles: 1, sources: 1 },
    evidenceText: s.evidence ?? null,
    sourceUrl: null,
    extra: null,
    origin: { file: 'analytics.csv', line: s.n },
  };
}

/** Events between Arnor (ARN) and Gondor (GON) in 2024, and a few others. */
const SPECS: readonly Spec[] = [
  // January: two cooperative ARN→GON events, one reported 10 times; one GON→ARN conflict.
  {
    n: 1,
    day: '2024-01-03',
    sources: ['ARNGOV'],
    targets: ['GON'],
    code: '042',
    quad: 1,
    goldstein: 1.9,
    mentions: 10,
    evidence: 'Arnor visited Gondor',
  },
  {
    n: 2,
    day: '2024-01-20',
    sources: ['ARN'],
    targets: ['GON', 'ROH'],
    code: '071',
    quad: 2,
    goldstein: 7.4,
    mentions: 1,
  },
  {
    n: 3,
    day: '2024-01-31',
    sources: ['GON'],
    targets: ['ARN'],
    code: '112',
    quad: 3,
    goldstein: -2,
    mentions: 3,
    evidence: 'Gondor accused Arnor',
  },
  // February: a reciprocal meeting (both directions), a negated threat, an event without Goldstein.
  {
    n: 4,
    day: '2024-02-10',
    sources: ['ARN', 'GON'],
    targets: ['ARN', 'GON'],
    code: '043',
    quad: 1,
    goldstein: 2.8,
    mentions: 2,
    reciprocal: true,
  },
  {
    n: 5,
    day: '2024-02-11',
    sources: ['ARN'],
    targets: ['GON'],
    code: '138',
    quad: 3,
    goldstein: -7,
    mentions: 1,
    modality: 'negated',
  },
  {
    n: 6,
    day: '2024-02-12',
    sources: ['ARNMIL', 'ARNGOV'],
    targets: ['GON'],
    code: '190',
    quad: 4,
    goldstein: null,
    mentions: 1,
  },
  // April (March is empty); an undated event never counts.
  {
    n: 7,
    day: '2024-04-02',
    sources: ['ARN'],
    targets: ['GON'],
    code: '163',
    quad: 4,
    goldstein: -8,
    mentions: 5,
  },
  { n: 8, day: null, sources: ['ARN'], targets: ['GON'], code: '010', quad: 1, goldstein: 0, mentions: 1 },
  // Other dyads.
  {
    n: 9,
    day: '2024-01-05',
    sources: ['ROH'],
    targets: ['MOR'],
    code: '190',
    quad: 4,
    goldstein: -10,
    mentions: 1,
  },
  {
    n: 10,
    day: '2024-01-06',
    sources: ['IGOEUREEC'],
    targets: ['ARN'],
    code: '163',
    quad: 4,
    goldstein: -8,
    mentions: 1,
  },
];

const w = (mentions: number) => 1 + Math.log(mentions);
const close = (a: number, b: number, message?: string) =>
  assert.ok(Math.abs(a - b) < 1e-9, `${message ?? ''} ${a} ≈ ${b}`);

export function runAnalyticsSuite(makeStore: MakeStore): void {
  describe('analytics', () => {
    test('dyadMetrics: counts, roots, Goldstein, weights, each event once', async () => {
      await withStore(makeStore, async (store) => {
        await store.putImportedEvents(SPECS.map(imported));
        const monthly = await store.dyadMetrics({ dyad: ['ARN', 'GON'], undirected: true });
        assert.deepEqual(
          monthly.map((p) => p.period),
          ['2024-01-01', '2024-02-01', '2024-04-01'],
          'empty months and undated events left out',
        );
        const [jan, feb, apr] = monthly;
        assert.equal(jan!.events, 3);
        assert.deepEqual(jan!.quads, [1, 1, 1, 0]);
        assert.deepEqual(jan!.roots, { '04': 1, '07': 1, '11': 1 });
        close(jan!.goldstein.sum, 1.9 + 7.4 - 2);
        close(jan!.goldstein.mean!, (1.9 + 7.4 - 2) / 3);
        close(jan!.weight, w(10) + w(1) + w(3));
        close(jan!.weightedGoldstein.sum, w(10) * 1.9 + 7.4 - 2 * w(3));
        assert.deepEqual(
          jan!.weightedQuads.map((x) => Number(x.toFixed(9))),
          [w(10), 1, w(3), 0].map((x) => Number(x.toFixed(9))),
        );
        assert.equal(jan!.mentions, 14);
        assert.equal(jan!.articles, 0, 'imported events have no stored articles');
        assert.equal(feb!.events, 3, 'the reciprocal event once, the two-source event once');
        assert.equal(feb!.goldstein.count, 2);
        close(feb!.weightedGoldstein.weight, w(2) + 1);
        assert.equal(apr!.events, 1);

        const directed = await store.dyadMetrics({ dyad: ['GON', 'ARN'] });
        assert.deepEqual(
          directed.map((p) => [p.period, p.events]),
          [
            ['2024-01-01', 1],
            ['2024-02-01', 1],
          ],
          'GON→ARN: the accusation and the reciprocal meeting',
        );
        const asserted = await store.dyadMetrics({
          dyad: ['ARN', 'GON'],
          undirected: true,
          modalities: ['asserted', 'future'],
        });
        assert.equal(asserted[1]!.events, 2, 'the negated threat is left out');
        const yearly = await store.dyadMetrics({ dyad: ['ARN', 'GON'], undirected: true, interval: 'year' });
        assert.deepEqual(
          yearly.map((p) => [p.period, p.events]),
          [['2024-01-01', 7]],
        );
        const weekly = await store.dyadMetrics({ dyad: ['ARN', 'GON'], undirected: true, interval: 'week' });
        assert.equal(weekly[0]!.period, '2024-01-01', 'weeks start on Monday');
        assert.equal(
          weekly.reduce((s, p) => s + p.events, 0),
          7,
        );
        const ranged = await store.dyadMetrics({
          dyad: ['ARN', 'GON'],
          undirected: true,
          from: '2024-01-15',
          to: '2024-02-10',
        });
        assert.deepEqual(
          ranged.map((p) => p.events),
          [2, 1],
        );
        const igo = await store.dyadMetrics({ dyad: ['IGOEUREEC', 'ARN'] });
        assert.equal(igo[0]?.events, 1, 'an IGO key is its whole code');
        assert.deepEqual(await store.dyadMetrics({ dyad: ['ARN', 'ERI'] }), []);
      });
    });

    test('dyadMetrics counts distinct stored articles', async () => {
      await withStore(makeStore, async (store) => {
        // Bundles 0 and 5 both have Arnor–Gondor meetings (groups of two countries each).
        const bundles = Array.from({ length: 10 }, (_, i) => makeBundle(i, { published: '2024-03-05' }));
        await store.putArticles(bundles);
        const points = await store.dyadMetrics({ dyad: ['ARN', 'GON'], undirected: true, interval: 'year' });
        const expected = new Set(
          bundles
            .filter((b) =>
              (b.events ?? []).some((e) => {
                const keys = [...e.sources, ...e.targets].map((a) => a.country);
                return keys.includes('ARN') && keys.includes('GON') && e.date !== null;
              }),
            )
            .map((b) => b.article.id),
        );
        assert.ok(expected.size > 0);
        assert.equal(
          points.reduce((s, p) => s + p.articles, 0),
          expected.size,
        );
      });
    });

    test('topEvents: by salience, cooperation or conflict, within dates', async () => {
      await withStore(makeStore, async (store) => {
        await store.putImportedEvents(SPECS.map(imported));
        const dyad = ['ARN', 'GON'] as const;
        const salient = await store.topEvents({ dyad, undirected: true, limit: 3 });
        assert.deepEqual(
          salient.map((e) => e.externalId),
          ['A1', 'A7', 'A3'],
        );
        const cooperative = await store.topEvents({ dyad, undirected: true, order: 'cooperative', limit: 2 });
        assert.deepEqual(
          cooperative.map((e) => e.externalId),
          ['A2', 'A1'],
        );
        const conflictual = await store.topEvents({ dyad, undirected: true, order: 'conflictual', limit: 2 });
        assert.deepEqual(
          conflictual.map((e) => e.externalId),
          ['A7', 'A5'],
        );
        const february = await store.topEvents({
          dyad,
          undirected: true,
          from: '2024-02-01',
          to: '2024-02-29',
          modalities: ['asserted'],
        });
        assert.deepEqual(february.map((e) => e.externalId).sort(), ['A4', 'A6']);
        await assert.rejects(
          store.topEvents({ dyad, limit: 0 }),
          (e: unknown) => e instanceof DyadError && e.input === 'limit',
        );
        const arnor = await store.topEvents({ actor: 'ARN', roots: ['16', '19'], limit: 10 });
        assert.deepEqual(
          arnor.map((e) => e.externalId),
          ['A7', 'A10', 'A6'],
          'either side, these roots; no Goldstein score last',
        );
        const thirdParties = await store.topEvents({ actor: 'ARN', notWith: 'GON', limit: 10 });
        assert.deepEqual(
          thirdParties.map((e) => e.externalId),
          ['A10'],
          'none with Gondor',
        );
        const many = await store.topEvents({ actor: 'ARN', limit: 100 });
        assert.equal(many.length, 8, 'dated events only, each once');
        await assert.rejects(store.topEvents({ limit: 3 } as never), (e: unknown) => e instanceof DyadError);
        await assert.rejects(
          store.topEvents({ actor: 'ARN', roots: ['1'] }),
          (e: unknown) => e instanceof DyadError && e.input === 'roots',
        );
      });
    });

    test('listEvents: text search and modality lists', async () => {
      await withStore(makeStore, async (store) => {
        await store.putImportedEvents(SPECS.map(imported));
        const found = await store.listEvents({ text: 'ARNOR' });
        assert.deepEqual(found.items.map((e) => e.externalId).sort(), ['A1', 'A3']);
        const inDyad = await store.listEvents({ dyad: ['GON', 'ARN'], text: 'accused' });
        assert.deepEqual(
          inDyad.items.map((e) => e.externalId),
          ['A3'],
        );
        assert.deepEqual((await store.listEvents({ text: '%' })).items, [], 'no wildcards');
        const negated = await store.listEvents({ modalities: ['negated', 'hypothetical'] });
        assert.deepEqual(
          negated.items.map((e) => e.externalId),
          ['A5'],
        );
        await assert.rejects(
          store.listEvents({ modalities: ['maybe' as Modality] }),
          (e: unknown) => e instanceof DyadError && e.input === 'modalities',
        );
      });
    });

    test('listEventReports: each report with its article and sentence', async () => {
      await withStore(makeStore, async (store) => {
        const bundle = makeBundle(7);
        await store.putArticle(bundle);
        const reports = await store.listEventReports({ articleId: bundle.article.id });
        assert.equal(reports.length, bundle.events?.length);
        reports.forEach((r, i) => {
          assert.deepEqual(r.event, bundle.events?.[i]);
          assert.deepEqual(r.sentence, bundle.sentences[r.event.sentence]);
          assert.equal(r.article?.title, bundle.article.title);
          assert.equal(bundle.article.text.slice(r.sentence!.start, r.sentence!.end), r.sentence!.text);
        });
        const one = await store.listEventReports({ eventId: reports[0]!.eventId });
        assert.deepEqual(one, [reports[0]]);
        const some = await store.listEventReports({ eventIds: reports.map((r) => r.eventId) });
        assert.deepEqual(some, reports);
        assert.deepEqual(await store.listEventReports({ eventIds: [] }), []);
        assert.deepEqual(await store.listEventReports({ eventId: 'none' }), []);
        assert.deepEqual(await store.listEventReports({}), []);
      });
    });

    test('listFacts: dyad in either order, kind, overlapping periods, pages', async () => {
      await withStore(makeStore, async (store) => {
        const bundles = Array.from({ length: 12 }, (_, i) => makeBundle(100 + i));
        await store.putArticles(bundles);
        const all = bundles.flatMap((b) => (b.facts ?? []).map((f) => ({ f, b })));
        const listed = await collect((cursor) => store.listFacts({ limit: 5, cursor }));
        assert.equal(listed.length, all.length);
        const keys = listed.map(
          (f) => `${f.period.start} ${f.articleId} ${String(f.ordinal).padStart(4, '0')}`,
        );
        assert.deepEqual(keys, [...keys].sort(), 'oldest period first, then article and position');
        for (const f of listed) {
          const b = bundles.find((x) => x.article.id === f.articleId)!;
          assert.equal(f.sentenceText, b.sentences[f.sentence]?.text);
          assert.equal(b.article.text.slice(f.evidence.start, f.evidence.end), f.evidence.text);
          assert.equal(f.article.published, b.article.published);
        }
        const pair = all[0]!.f.parties as [string, string];
        const forward = await collect((cursor) => store.listFacts({ dyad: [pair[0], pair[1]], cursor }));
        const backward = await collect((cursor) => store.listFacts({ dyad: [pair[1], pair[0]], cursor }));
        assert.ok(forward.length > 0);
        assert.deepEqual(forward, backward);
        for (const f of forward) assert.ok(f.parties.includes(pair[0]) && f.parties.includes(pair[1]));
        assert.equal((await store.listFacts({ kind: 'aid' })).items.length, 0);
        assert.equal((await store.listFacts({ from: '2030-01-01' })).items.length, 0);
        const in2024 = await collect((cursor) =>
          store.listFacts({ from: '2024-06-01', to: '2024-06-30', cursor }),
        );
        assert.equal(
          in2024.length,
          all.filter(({ f }) => f.period.start! <= '2024-06-30').length,
          'year periods overlap June',
        );
        await assert.rejects(
          store.listFacts({ cursor: 'bad!' }),
          (e: unknown) => e instanceof DyadError && e.input === 'cursor',
        );
        await assert.rejects(
          store.listFacts({ from: '2024-02-30' }),
          (e: unknown) => e instanceof DyadError && e.input === 'from',
        );
      });
    });

    test('listDesignations: the day from the stated date, else the article date; timeline order', async () => {
      await withStore(makeStore, async (store) => {
        const base = makeBundle(200, { groups: 1, published: '2024-05-20' });
        const d = base.designations![0]!;
        const variants = [
          { value: '2019', precision: 'year' as const, day: '2019-01-01' },
          { value: '2021-07', precision: 'month' as const, day: '2021-07-01' },
          { value: '2022-Q3', precision: 'quarter' as const, day: '2022-07-01' },
          { value: 'undated', precision: 'undated' as const, day: '2024-05-20' },
          { value: '2015-05-06', precision: 'day' as const, day: '2015-05-06' },
        ];
        await store.putArticle({
          ...base,
          designations: variants.map((v, i) => ({
            ...d,
            kind: i === 4 ? ('membership' as const) : d.kind,
            date: { value: v.value, precision: v.precision },
          })),
        });
        const listed = await collect((cursor) => store.listDesignations({ limit: 2, cursor }));
        assert.deepEqual(
          listed.map((x) => x.day),
          variants.map((v) => v.day).sort(),
        );
        assert.equal(listed[0]!.sentenceText, base.sentences[d.sentence]?.text);
        const ranged = await store.listDesignations({ from: '2021-01-01', to: '2022-12-31' });
        assert.deepEqual(
          ranged.items.map((x) => x.date.value),
          ['2021-07', '2022-Q3'],
        );
        const memberships = await store.listDesignations({ kind: 'membership' });
        assert.deepEqual(
          memberships.items.map((x) => x.date.value),
          ['2015-05-06'],
        );
        const [a, b] = d.parties;
        assert.equal((await store.listDesignations({ dyad: [b!, a!] })).items.length, 5);
        assert.equal((await store.listDesignations({ party: 'ZZZ' })).items.length, 0);
        await assert.rejects(
          store.listDesignations({ kind: 'alliance' as 'membership' }),
          (e: unknown) => e instanceof DyadError && e.input === 'kind',
        );
      });
    });

    test('actorKeys: by prefix or exact keys, most frequent first', async () => {
      await withStore(makeStore, async (store) => {
        await store.putImportedEvents(SPECS.map(imported));
        const a = await store.actorKeys({ prefix: 'ARN' });
        assert.deepEqual(a[0], { key: 'ARN', events: 9 });
        assert.deepEqual(a.map((k) => k.key).sort(), ['ARN', 'ARNGOV', 'ARNMIL']);
        assert.deepEqual(await store.actorKeys({ keys: ['IGOEUREEC', 'NOPE'] }), [
          { key: 'IGOEUREEC', events: 1 },
        ]);
        assert.equal((await store.actorKeys({ limit: 2 })).length, 2);
        assert.deepEqual(await store.actorKeys({ keys: [] }), []);
      });
    });

    test('analytics reads refuse bad parameters, naming them', async () => {
      await withStore(makeStore, async (store) => {
        const refuses = (p: Promise<unknown>, input: string) =>
          assert.rejects(p, (e: unknown) => e instanceof DyadError && e.input === input);
        await refuses(store.dyadMetrics({ dyad: ['ARN', ''] }), 'dyad');
        await refuses(store.dyadMetrics({ dyad: ['ARN', 'GON'], from: '2024-13-01' }), 'from');
        await refuses(store.dyadMetrics({ dyad: ['ARN', 'GON'], modalities: [] }), 'modalities');
        await refuses(store.dyadMetrics({ dyad: ['ARN', 'GON'], interval: 'decade' as 'year' }), 'interval');
        await refuses(store.topEvents({ dyad: ['ARN', 'GON'], order: 'loud' as 'salience' }), 'order');
        await refuses(store.listFacts({ limit: 5000 }), 'limit');
        await refuses(store.actorKeys({ limit: -1 }), 'limit');
      });
    });
  });
}
