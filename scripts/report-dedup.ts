/**
 * Deduplication report: ingests the VOA stories and the Wikipedia Current Events items
 * (from ../shared) into a temporary database, prints the coded reports ("events before
 * merging") and the canonical events after merging per corpus, then merged groups picked
 * at random (seeded) with every report's sentence, evidence and why it was merged, for
 * checking by hand.
 *
 *   npx tsx scripts/report-dedup.ts [--seed 1] [--groups 10] [--keep]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../src/cli/engine.js';
import { explainEvent, type EventExplanation } from '../src/cli/commands/explain-event.js';
import { readerVersion } from '../src/cli/reader-version.js';
import {
  compatible,
  describeDate,
  gapDays,
  itemFromCoded,
  pairKeys,
  sharedPairs,
  type DedupItem,
} from '../src/dedup/index.js';
import { readInputs } from '../src/ingest/index.js';
import { openStore, type ArticleBundle, type Store, type StoredEvent } from '../src/store/index.js';
import { sharedFile } from '../src/testing/shared.js';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} must be a whole number`);
  return value;
}

const seed = option('seed', 1);
const groupCount = option('groups', 10);
const keep = process.argv.includes('--keep');

const CORPORA = [
  { name: 'voa', file: 'corpus/voa/stories.jsonl' },
  { name: 'wikipedia', file: 'corpus/wikipedia-current-events/items.jsonl' },
] as const;

/** A small seeded generator (mulberry32), so the same seed picks the same groups. */
function random(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

async function ingest(
  store: Store,
  path: string,
  analyze: (b: {
    text: string;
    published: string | null;
  }) => Omit<ArticleBundle, 'article' | 'readerVersion'>,
  version: string,
): Promise<{ articles: Set<string>; reports: number; failed: number; ms: number }> {
  const started = performance.now();
  const articles = new Set<string>();
  let reports = 0;
  let failed = 0;
  let pending: ArticleBundle[] = [];
  const flush = async () => {
    for (const [i, r] of (await store.putArticles(pending)).entries()) {
      if (r.status === 'failed') {
        failed += 1;
        continue;
      }
      articles.add(r.id);
      if (r.status !== 'unchanged') reports += pending[i]!.events?.length ?? 0;
    }
    pending = [];
  };
  for await (const result of readInputs([path])) {
    if (result.kind !== 'article') {
      if (result.kind === 'error') failed += 1;
      continue;
    }
    const { article } = result;
    pending.push({ article, readerVersion: version, ...analyze(article) });
    if (pending.length >= 50) await flush();
  }
  await flush();
  return { articles, reports, failed, ms: performance.now() - started };
}

async function allEvents(store: Store): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listEvents({ limit: 1000, cursor, dataset: 'dyad', order: 'asc' });
    events.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return events;
}

const clip = (text: string | null | undefined, max = 240): string => {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function printGroup(n: number, x: EventExplanation, corpusOf: (articleId: string) => string): void {
  const e = x.event;
  console.log(
    `\n${n}. event ${e.id}: ${e.code} ${pairKeys(e).join(', ')}, ${describeDate(e.date)}, ${e.modality}; ` +
      `${e.counts.mentions} mentions, ${e.counts.articles} article(s), ${e.counts.sources} source(s)`,
  );
  for (const { mention: m, why } of x.mentions) {
    console.log(
      `   ${why.lead ? '[lead]' : '  -   '} ${corpusOf(m.articleId)} ${m.article.title ? `"${clip(m.article.title, 90)}"` : '(no title)'} ` +
        `(${m.article.published ?? 'undated'}, ${m.article.source ?? 'no source'}), sentence ${m.coded.sentence}`,
    );
    console.log(`          sentence: ${clip(m.sentenceText)}`);
    console.log(`          evidence: "${clip(m.coded.evidence.text, 120)}"`);
    console.log(
      `          coded: ${m.coded.code} ${pairKeys(m.coded).join(', ')}, ${describeDate(m.coded.date)}, ${m.coded.modality}`,
    );
    console.log(`          ${why.lead ? 'lead' : 'why'}: ${why.lines.join('; ')}`);
  }
}

const files = CORPORA.map((c) => ({ ...c, path: sharedFile(c.file) }));
const missing = files.filter((f) => f.path === null);
if (missing.length > 0) {
  console.log(`../shared is absent (${missing.map((m) => m.file).join(', ')}): nothing to report`);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'dyad-report-dedup-'));
const path = join(dir, 'dedup.duckdb');
try {
  const engine = createEngine();
  const version = readerVersion(engine);
  const analyze = (a: { text: string; published: string | null }) => {
    const r = engine.analyzer.analyze({ text: a.text, published: a.published });
    return {
      sentences: r.reading.sentences,
      mentions: r.reading.mentions,
      events: r.events,
      facts: r.facts,
      designations: r.designations,
    };
  };
  const store = await openStore({ path });
  const corpusByArticle = new Map<string, string>();
  const ingested: { name: string; articles: number; reports: number; failed: number; ms: number }[] = [];
  for (const f of files) {
    const r = await ingest(store, f.path!, analyze, version);
    for (const id of r.articles) corpusByArticle.set(id, f.name);
    ingested.push({
      name: f.name,
      articles: r.articles.size,
      reports: r.reports,
      failed: r.failed,
      ms: r.ms,
    });
  }
  const corpusOf = (id: string) => corpusByArticle.get(id) ?? '?';
  const events = await allEvents(store);
  const stats = await store.stats();
  const integrity = await store.checkIntegrity();

  // Per corpus: events whose reports all come from it; groups mixing corpora are counted apart.
  const merged = events.filter((e) => e.counts.mentions > 1);
  const explained = new Map<string, EventExplanation>();
  for (const e of merged) explained.set(e.id, (await explainEvent(store, e.id))!);
  const corporaOf = (e: StoredEvent): string[] => {
    const x = explained.get(e.id);
    const ids = x ? x.mentions.map((m) => m.mention.articleId) : [e.article?.id ?? ''];
    return [...new Set(ids.map(corpusOf))].sort();
  };
  console.log('Deduplication report');
  console.log(`database ${path}; reader ${version}`);
  console.log(
    '\ncorpus       articles  reports (before)  events (after)  merged groups  reports in them  largest  ingest',
  );
  const row = (name: string, articles: number, reports: number, evs: StoredEvent[], ms: number | null) => {
    const groups = evs.filter((e) => e.counts.mentions > 1);
    console.log(
      `${name.padEnd(12)} ${String(articles).padStart(8)}  ${String(reports).padStart(16)}  ${String(evs.length).padStart(14)}  ` +
        `${String(groups.length).padStart(13)}  ${String(groups.reduce((n, e) => n + e.counts.mentions, 0)).padStart(15)}  ` +
        `${String(Math.max(0, ...evs.map((e) => e.counts.mentions))).padStart(7)}  ${ms === null ? '' : `${(ms / 1000).toFixed(1)} s`}`,
    );
  };
  for (const c of ingested) {
    row(
      c.name,
      c.articles,
      c.reports,
      events.filter((e) => corporaOf(e).join() === c.name),
      c.ms,
    );
  }
  const mixed = events.filter((e) => corporaOf(e).length > 1);
  if (mixed.length > 0) console.log(`groups mixing corpora: ${mixed.length}`);
  row(
    'total',
    stats.counts.articles,
    stats.counts.eventMentions,
    events,
    ingested.reduce((n, c) => n + c.ms, 0),
  );
  const failed = ingested.reduce((n, c) => n + c.failed, 0);
  if (failed > 0) console.log(`failed inputs: ${failed}`);

  const within = { sentence: 0, article: 0, across: 0 };
  for (const x of explained.values()) {
    const articles = new Set(x.mentions.map((m) => m.mention.articleId));
    const sentences = new Set(x.mentions.map((m) => `${m.mention.articleId}:${m.mention.coded.sentence}`));
    if (articles.size > 1) within.across += 1;
    else if (sentences.size > 1) within.article += 1;
    else within.sentence += 1;
  }
  console.log(
    `\nmerged groups: ${merged.length} (${within.across} across articles, ${within.article} across sentences of one article, ` +
      `${within.sentence} within one sentence: the coder emitted the event twice)`,
  );
  const byRule = new Map<string, number>();
  for (const x of explained.values())
    for (const m of x.mentions)
      if (m.why.verdict) byRule.set(m.why.verdict.date.rule, (byRule.get(m.why.verdict.date.rule) ?? 0) + 1);
  console.log(
    `date rule of merged reports: ${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ') || 'none'}`,
  );
  console.log(
    `integrity: ${integrity.incomplete.length} incomplete articles, ${Object.keys(integrity.orphans).length} orphan kinds, ` +
      `${integrity.duplicateEventIds} duplicate ids`,
  );

  // Near misses: reports with the same root and a pair in common, at most 3 days apart, left in
  // different events; by the check that kept them apart.
  const reports: (DedupItem & { eventId: string; sentence: string })[] = [];
  for (const e of events) {
    for (const m of await store.listEventMentions(e.id)) {
      reports.push({
        ...itemFromCoded(m.coded, {
          id: m.id,
          articleId: m.articleId,
          ordinal: m.ordinal,
          published: m.article.published,
        }),
        eventId: e.id,
        sentence: m.sentenceText ?? '',
      });
    }
  }
  const near = new Map<string, [(typeof reports)[number], (typeof reports)[number]][]>();
  const byRoot = new Map<string, typeof reports>();
  for (const r of reports) byRoot.set(r.root, [...(byRoot.get(r.root) ?? []), r]);
  for (const list of byRoot.values()) {
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const a = list[i]!;
        const b = list[j]!;
        if (a.eventId === b.eventId || !a.date || !b.date || gapDays(a.date, b.date) > 3) continue;
        if (sharedPairs(a, b).length === 0) continue;
        const v = compatible(a, b);
        const reason = v.ok
          ? 'compatible (grouped with another lead)'
          : !v.modality.ok
            ? 'modality'
            : !v.date.ok
              ? `date: ${v.date.rule}`
              : !v.place.ok
                ? 'place'
                : 'speakers';
        near.set(reason, [...(near.get(reason) ?? []), [a, b]]);
      }
    }
  }
  console.log(
    `near misses (same root, a shared pair, ≤ 3 days apart, kept apart): ${
      [...near].map(([reason, pairs]) => `${reason} ${pairs.length}`).join(', ') || 'none'
    }`,
  );
  for (const [reason, pairs] of near) {
    for (const [a, b] of pairs.slice(0, 2)) {
      console.log(`   ${reason}: ${describeDate(a.date)} "${clip(a.sentence, 100)}"`);
      console.log(`   ${' '.repeat(reason.length)}  ${describeDate(b.date)} "${clip(b.sentence, 100)}"`);
    }
  }

  const next = random(seed);
  const pool = [...merged].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const picked = pool.slice(0, groupCount);
  console.log(
    `\n${picked.length} merged groups (seed ${seed}${picked.length < groupCount ? ', all there are' : ''}):`,
  );
  picked.forEach((e, i) => printGroup(i + 1, explained.get(e.id)!, corpusOf));
  await store.close();
} finally {
  if (keep) console.log(`\nkept ${path}`);
  else rmSync(dir, { recursive: true, force: true });
}
