/**
 * Store bench: insert throughput (articles/s, mentions/s) with synthetic bundles,
 * re-ingest of unchanged articles, per-dyad queries, and peak RSS.
 *
 *   npx tsx bench/store.ts [--articles 3000] [--groups 3] [--batch 200] [--events 1000000] [--keep]
 *
 * `--events N` also bulk-imports N synthetic imported events and times per-dyad
 * queries on the result. The database goes to a temporary directory (kept with --keep).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COUNTRIES, makeBundle } from '../src/store/fixtures.js';
import { openStore } from '../src/store/open.js';
import type { ArticleBundle, ImportedEvent, Store } from '../src/store/types.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const articles = option('articles', 3000);
const groups = option('groups', 3);
const batchSize = option('batch', 200);
const eventCount = option('events', 0);
const keep = process.argv.includes('--keep');

let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rate = (n: number, ms: number) => `${Math.round((n * 1000) / ms).toLocaleString('en')}/s`;

/** Runs `body`, printing wall time and the process's CPU time (all threads): CPU is steadier on a busy machine. */
async function timed<T>(label: string, body: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await body();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  console.log(`${label}: ${ms.toFixed(0)} ms (CPU ${((used.user + used.system) / 1000).toFixed(0)} ms)`);
  return [result, ms];
}

async function ingest(store: Store, bundles: readonly ArticleBundle[]): Promise<void> {
  for (let i = 0; i < bundles.length; i += batchSize) {
    const results = await store.putArticles(bundles.slice(i, i + batchSize));
    const failed = results.find((r) => r.status === 'failed');
    if (failed && failed.status === 'failed') throw failed.error;
  }
}

function importedEvents(first: number, count: number): ImportedEvent[] {
  const rows: ImportedEvent[] = [];
  for (let n = first; n < first + count; n += 1) {
    const [, a] = COUNTRIES[n % COUNTRIES.length]!;
    const [, b] = COUNTRIES[(n * 7 + 1) % COUNTRIES.length]!;
    // Files arrive in date order: ten years, about 274 events a day.
    const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(n / 274) * 86_400_000).toISOString().slice(0, 10);
    const root = String(1 + (n % 20)).padStart(2, '0');
    rows.push({
      dataset: 'gdelt',
      externalId: String(n),
      code: `${root}${n % 4}`,
      root,
      quad: ((n % 4) + 1) as 1 | 2 | 3 | 4,
      goldstein: (n % 21) - 10,
      plover: { type: null, mode: null },
      sources: [{ code: `${a}GOV`, country: a, sector: 'GOV', name: a, text: a, start: null, end: null }],
      targets: [{ code: b, country: b, sector: null, name: b, text: b, start: null, end: null }],
      reciprocal: n % 10 === 0,
      modality: 'asserted',
      date: { value: day, precision: 'day', start: day, end: day },
      location: null,
      counts: { mentions: 1 + (n % 5), articles: 1, sources: 1 },
      sourceUrl: `https://example.org/${n}`,
      extra: { GLOBALEVENTID: String(n), AvgTone: String((n % 100) / 10) },
      origin: { file: 'bench.export.CSV', line: n + 1 },
    });
  }
  return rows;
}

const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-store-'));
const path = join(dir, 'bench.duckdb');
try {
  const bundles = Array.from({ length: articles }, (_, i) => makeBundle(i, { groups }));
  const mentions = bundles.reduce((n, b) => n + b.mentions.length, 0);
  const sentences = bundles.reduce((n, b) => n + b.sentences.length, 0);
  const events = bundles.reduce((n, b) => n + (b.events?.length ?? 0), 0);
  console.log(
    `${articles} articles, ${sentences} sentences, ${mentions} mentions, ${events} events; batch ${batchSize}`,
  );
  const baseRss = process.memoryUsage().rss;
  let store = await openStore({ path });
  const [, ms] = await timed('ingest (new)', () => ingest(store, bundles));
  console.log(`  ${rate(articles, ms)} articles, ${rate(mentions, ms)} mentions`);
  const [, again] = await timed('re-ingest (unchanged)', () => ingest(store, bundles));
  console.log(`  ${rate(articles, again)} articles`);
  const updated = bundles
    .slice(0, 500)
    .map((b, i) => makeBundle(i, { groups, readerVersion: 'reader-2' }) ?? b);
  const [, upd] = await timed('re-ingest 500 (updated)', () => ingest(store, updated));
  console.log(`  ${rate(updated.length, upd)} articles`);
  await store.close();
  store = await openStore({ path });

  if (eventCount > 0) {
    const [, imp] = await timed(`import ${eventCount} events (50,000 per call)`, async () => {
      for (let i = 0; i < eventCount; i += 50_000) {
        await store.putImportedEvents(importedEvents(i, Math.min(50_000, eventCount - i)));
      }
    });
    console.log(`  ${rate(eventCount, imp)} events`);
  }
  const stats = await store.stats();
  console.log(`events ${stats.counts.events}, pairs ${stats.counts.eventPairs}`);
  const [a, b] = [COUNTRIES[0]![1], COUNTRIES[1]![1]];
  await timed(`listEvents dyad ${a}->${b} (first page of 100)`, () => store.listEvents({ dyad: [a, b] }));
  await timed(`listEvents dyad ${a}->${b} 2020 only`, () =>
    store.listEvents({ dyad: [a, b], from: '2020-01-01', to: '2020-12-31' }),
  );
  const firstPage = await store.listEvents({ dyad: [a, b], limit: 100 });
  await timed(`listEvents dyad ${a}->${b} second page`, () =>
    store.listEvents({ dyad: [a, b], limit: 100, cursor: firstPage.nextCursor }),
  );
  await timed('listEvents newest 100, no filter', () => store.listEvents({}));
  await timed(`listEvents actor ${a}`, () => store.listEvents({ actor: a }));
  for (let round = 0; round < 2; round += 1) {
    const [series] = await timed(`dyadSeries ${a}->${b} by month`, () => store.dyadSeries({ dyad: [a, b] }));
    console.log(`  ${series.length} months, ${series.reduce((n, p) => n + p.events, 0)} events`);
    await timed(`dyadSeries ${a}<->${b} by week, 2020`, () =>
      store.dyadSeries({
        dyad: [a, b],
        undirected: true,
        interval: 'week',
        from: '2020-01-01',
        to: '2020-12-31',
      }),
    );
  }
  await timed('stats', () => store.stats());
  const some = bundles[Math.floor(articles / 2)]!.article.id;
  await timed('getBundle', () => store.getBundle(some));
  await timed('checkIntegrity', () => store.checkIntegrity());
  await store.close();
  console.log(`database ${mb(statSync(path).size)}; peak RSS ${mb(peakRss)} (at start ${mb(baseRss)})`);
  console.log(
    `load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} on ${os.cpus().length} CPUs`,
  );
} finally {
  clearInterval(sampler);
  if (keep) console.log(`kept ${path}`);
  else rmSync(dir, { recursive: true, force: true });
}
