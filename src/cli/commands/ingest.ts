import type { Command } from 'commander';
import { describeError } from '../../core/errors.js';
import type { Article } from '../../core/types.js';
import { readInputs, parseFieldMapping, type IngestOptions } from '../../ingest/index.js';
import { tryAnalyzeGroup } from '../../pipeline/analyze.js';
import { createGrouper } from '../../pipeline/group.js';
import { createAnalyzerPool, parseJobs, type PoolOutcome } from '../../pipeline/pool.js';
import { openStore, type ArticleBundle, type PutResult } from '../../store/index.js';
import { createEngine } from '../engine.js';
import { parseDateOption } from '../options.js';
import { createProgress } from '../progress.js';
import { readerVersion } from '../reader-version.js';

interface IngestCliOptions {
  published?: string;
  db: string;
  dictionaries?: string;
  mapping?: string;
  batch: string;
  jobs: string;
}

/**
 * Reads and codes articles a group of consecutive articles at a time, stage by stage (see
 * `Analyzer.analyzeGroup`): in this thread, or in the workers of the pool (`--jobs`), a group
 * to a worker.
 */
interface Analyst {
  readonly readerVersion: string;
  /** Groups handed out before the first result is awaited (results still come in order). */
  readonly window: number;
  /** The outcome of each article of a group, in its order. */
  analyze(group: readonly Article[]): Promise<readonly PoolOutcome[]>;
  close(): Promise<void>;
}

async function createAnalyst(jobs: number, dictionaries: string | undefined): Promise<Analyst> {
  const setup = dictionaries ? { dictionaries } : {};
  if (jobs > 1) {
    const pool = await createAnalyzerPool(jobs, setup);
    return {
      readerVersion: pool.readerVersion,
      // two groups per worker in hand: one being analysed, the next waiting
      window: jobs * 2,
      analyze: (group) => pool.analyzeGroup(group),
      close: () => pool.close(),
    };
  }
  const engine = createEngine(setup);
  return {
    readerVersion: readerVersion(engine),
    window: 1,
    analyze: async (group) => tryAnalyzeGroup(engine.analyzer, group),
    close: async () => {},
  };
}

/** `dyad ingest`: read, code and store articles. */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description(
      'read articles (files, folders, URLs, - for stdin), code their events and facts, and store them',
    )
    .argument('<paths...>', 'text, Markdown, HTML, JSONL, RSS/Atom files, folders, URLs or -')
    .option(
      '--published <date>',
      'publication date YYYY-MM-DD for articles that lack one (and overriding theirs)',
    )
    .option('--db <file>', 'DuckDB database file', './dyad.duckdb')
    .option(
      '--dictionaries <dir>',
      "a folder of actors/agents/verbs/discards files to use instead of Dyad's own",
    )
    .option('--mapping <fields>', 'JSONL field names, e.g. "text=body,published=date,source=sources.0.name"')
    .option('--batch <n>', 'articles stored per transaction batch', '50')
    .option(
      '--jobs <n>',
      'worker threads reading and coding articles at once, or "auto" (one per core, at most 8); each loads its own dictionaries (about 400 MB)',
      '1',
    )
    .action(async (paths: string[], opts: IngestCliOptions) => {
      const options: IngestOptions = {
        ...(opts.published
          ? {
              published: parseDateOption('--published', opts.published),
              publishedPolicy: 'fallback' as const,
            }
          : {}),
        ...(opts.mapping ? { mapping: parseFieldMapping(opts.mapping) } : {}),
      };
      const analyst = await createAnalyst(parseJobs(opts.jobs), opts.dictionaries);
      const version = analyst.readerVersion;
      const store = await openStore({ path: opts.db }).catch(async (error: unknown) => {
        await analyst.close();
        throw error;
      });
      const counts = {
        new: 0,
        unchanged: 0,
        updated: 0,
        failed: 0,
        sentences: 0,
        mentions: 0,
        events: 0,
        facts: 0,
        designations: 0,
      };
      const progress = createProgress('ingest');
      const batchSize = Math.max(1, Number(opts.batch) || 50);
      let pending: ArticleBundle[] = [];
      const flush = async (): Promise<void> => {
        if (pending.length === 0) return;
        const results: readonly PutResult[] = await store.putArticles(pending);
        results.forEach((r, i) => {
          const b = pending[i]!;
          if (r.status === 'failed') {
            counts.failed++;
            process.stderr.write(
              `dyad: ${b.article.origin.path}${b.article.origin.line ? `:${b.article.origin.line}` : ''}: not stored: ${describeError(r.error)}\n`,
            );
            return;
          }
          counts[r.status]++;
          if (r.status !== 'unchanged') {
            counts.sentences += b.sentences.length;
            counts.mentions += b.mentions.length;
            counts.events += b.events?.length ?? 0;
            counts.facts += b.facts?.length ?? 0;
            counts.designations += b.designations?.length ?? 0;
          }
        });
        pending = [];
      };
      // groups of articles handed to the analyst, oldest first; stored in this order
      const inFlight: { group: readonly Article[]; outcomes: Promise<readonly PoolOutcome[]> }[] = [];
      const grouper = createGrouper<Article>((a) => a.text);
      const handOut = (group: readonly Article[] | null): void => {
        if (group) inFlight.push({ group, outcomes: analyst.analyze(group) });
      };
      const settleOldest = async (): Promise<void> => {
        const { group: articles, outcomes } = inFlight.shift()!;
        const results = await outcomes;
        for (const [i, article] of articles.entries()) {
          const result = results[i]!;
          if (result.ok) {
            pending.push({ article, readerVersion: version, ...result.analysis });
          } else {
            counts.failed++;
            process.stderr.write(`dyad: ${article.origin.path}: could not be read: ${result.message}\n`);
          }
          progress.tick(article.title ?? article.origin.path);
          if (pending.length >= batchSize) await flush();
        }
      };
      try {
        for await (const result of readInputs(paths, options)) {
          if (result.kind === 'skipped') continue;
          if (result.kind === 'error') {
            counts.failed++;
            process.stderr.write(`dyad: ${result.input}: ${result.message}\n`);
            continue;
          }
          for (const w of result.warnings) process.stderr.write(`dyad: warning: ${w}\n`);
          handOut(grouper.add(result.article));
          if (inFlight.length >= analyst.window) await settleOldest();
        }
        handOut(grouper.rest());
        while (inFlight.length > 0) await settleOldest();
        await flush();
        progress.stop();
        const stats = await store.stats({ top: 1 });
        process.stdout.write(
          `articles: ${counts.new} new, ${counts.unchanged} unchanged, ${counts.updated} updated, ${counts.failed} failed\n` +
            `stored: ${counts.sentences} sentences, ${counts.mentions} mentions, ${counts.events} event reports, ${counts.facts} facts, ${counts.designations} designations\n` +
            `database: ${stats.counts.articles} articles, ${stats.counts.eventMentions} event reports merged into ${stats.counts.events} events (${stats.eventsByDataset.dyad ?? 0} Dyad-coded)\n`,
        );
      } finally {
        progress.stop();
        await analyst.close();
        await store.close();
      }
      if (counts.failed > 0) process.exitCode = 1;
    });
}
