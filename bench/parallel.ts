/**
 * Throughput of the analysis pool (`dyad ingest --jobs N`): raw text -> mentions, events,
 * facts and designations in N worker threads, over ../shared/corpus/voa and
 * wikipedia-current-events, articles handed out as the ingest hands them out. Prints worker
 * start-up time and sentences/s wall (not a test; the one-core figures are bench/pipeline.ts's).
 *
 *   npx tsx bench/parallel.ts [--jobs N] [--passes 3]     (N defaults to the number of cores)
 */
import { availableParallelism } from 'node:os';
import { tuneHeap } from '../src/core/heap-tuning.js';
import { benchCorpora, type Doc } from './corpora.js';
import { groupArticles } from '../src/pipeline/group.js';
import { createAnalyzerPool, type PoolOutcome } from '../src/pipeline/pool.js';

// as the CLI runs (bin/dyad.js)
tuneHeap();

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const JOBS = arg('--jobs', availableParallelism());
const PASSES = arg('--passes', 3);

const corpora = benchCorpora();

/** One pass as the ingest runs it: groups of articles (group.ts), two per worker in hand, results taken in order. */
async function pass(pool: Awaited<ReturnType<typeof createAnalyzerPool>>, docs: Doc[]): Promise<number> {
  let sentences = 0;
  const inFlight: Promise<PoolOutcome[]>[] = [];
  const take = async (): Promise<void> => {
    for (const outcome of await inFlight.shift()!) {
      if (!outcome.ok) throw new Error(outcome.message);
      sentences += outcome.analysis.sentences.length;
    }
  };
  for (const group of groupArticles(docs)) {
    inFlight.push(pool.analyzeGroup(group));
    if (inFlight.length >= pool.size * 2) await take();
  }
  while (inFlight.length > 0) await take();
  return sentences;
}

const t0 = performance.now();
const pool = await createAnalyzerPool(JOBS);
console.log(`${JOBS} worker threads started in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
try {
  for (const [name, docs] of corpora) {
    if (!docs) {
      console.log(`${name}: ../shared corpus absent, skipped`);
      continue;
    }
    await pass(pool, docs); // warm-up
    let sentences = 0;
    const w0 = performance.now();
    for (let p = 0; p < PASSES; p++) sentences += await pass(pool, docs);
    const seconds = (performance.now() - w0) / 1000;
    console.log(
      `${name}: raw text -> events, facts, designations with ${JOBS} workers: ${(sentences / seconds).toFixed(0)} sentences/s wall (${sentences / PASSES} sentences per pass)`,
    );
  }
} finally {
  await pool.close();
}
console.log(`peak RSS of the process (all workers) ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
