/**
 * A child process for the DuckDB store's crash and lock tests (not a test itself).
 *
 *   node --import tsx test-child.ts hold <db>                  open the store and wait to be killed
 *   node --import tsx test-child.ts ingest <db> <articles> <batch>
 *       ingest fixture articles in batches, re-ingesting each previous batch under a
 *       new reader version; print "writing" before each putArticles call and
 *       "committed <id@version ...>" after it returns
 */
import { makeBundle } from '../fixtures.js';
import { openDuckDBStore } from './store.js';

const [mode, path, articlesArg, batchArg] = process.argv.slice(2);
if (!path) throw new Error('usage: test-child.ts hold|ingest <db> [articles batch]');
const store = await openDuckDBStore({ path });
process.stdout.write('open\n');
if (mode === 'hold') {
  setInterval(() => undefined, 60_000);
} else {
  const articles = Number(articlesArg ?? 1000);
  const batch = Number(batchArg ?? 20);
  for (let first = 0; first < articles; first += batch) {
    const ns = Array.from({ length: Math.min(batch, articles - first) }, (_, i) => first + i);
    const bundles = ns.map((n) => makeBundle(n, { groups: 3 }));
    // Replace the previous batch too, so kills also land inside updates.
    const updates = ns
      .map((n) => n - batch)
      .filter((n) => n >= 0)
      .map((n) => makeBundle(n, { groups: 1, readerVersion: 'reader-2' }));
    for (const group of [bundles, updates].filter((g) => g.length > 0)) {
      process.stdout.write('writing\n');
      const results = await store.putArticles(group);
      const failed = results.find((r) => r.status === 'failed');
      if (failed) throw new Error(`article ${failed.id} failed`);
      process.stdout.write(`committed ${group.map((b) => `${b.article.id}@${b.readerVersion}`).join(' ')}\n`);
    }
  }
  await store.close();
  process.stdout.write('done\n');
}
